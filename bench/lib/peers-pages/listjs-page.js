// The List.js peer page (bench/lib/peers-site.mjs): List.js 2.3.1 over the rows in the page,
// 25 a page with its pagination, its own search (keyup on input.search) over title, summary and
// the body's text, and the generator's filter section applied with list.filter(). The filters'
// counts are the widget's: for each facet, the postings the search, the status and every other
// facet's ticked boxes leave, that have the value (filter-counts.js writes them).
(() => {
  const root = document.getElementById('peer-root');
  const lang = root.getAttribute('lang');
  const count = document.getElementById('cds-careers-count');
  const say = (n) => (lang === 'fr' ? `${n} offres d’emploi trouvées` : `${n} job postings found`);
  const status = new URLSearchParams(location.search).get('careers-status') || 'open';
  const radio = root.querySelector(`input[name="careers-status"][value="${status}"]`);
  if (radio) radio.checked = true;
  const list = new List(root, {
    valueNames: ['title', 'summary', 'body', { data: ['facets', 'status'] }],
    searchColumns: ['title', 'summary', 'body'],
    page: 25,
    pagination: [{ paginationClass: 'pagination', innerWindow: 2, outerWindow: 1 }],
  });
  // Each row's status and facet values, read once.
  const rows = new Map(list.items.map((item) => {
    const v = item.values();
    return [item, { status: v.status, have: v.facets.split(' ').filter(Boolean) }];
  }));
  // The filters: a posting matches when it has, for every facet with a ticked box, one of the
  // ticked values, and the chosen status.
  const chosen = () => {
    const st = root.querySelector('input[name="careers-status"]:checked')?.value || 'all';
    const ticked = {};
    for (const box of root.querySelectorAll('.cds-careers__filters input[type=checkbox]:checked')) {
      const facet = box.name.replace(/^careers-/, '');
      (ticked[facet] ||= []).push(`${facet}:${box.value}`);
    }
    return { st, ticked };
  };
  const apply = () => {
    const { st, ticked } = chosen();
    const groups = Object.values(ticked);
    if (st === 'all' && !groups.length) list.filter();
    else list.filter((item) => {
      const { status, have } = rows.get(item);
      if (st !== 'all' && status !== st) return false;
      return groups.every((g) => g.some((x) => have.includes(x)));
    });
  };
  const counts = benchFilterCounts(root);
  // Disjunctive counts in one pass over the rows the search leaves: a row that fails no group
  // (the status, each facet's ticked values) counts for all its values; a row that fails one
  // group counts only for that group's values.
  const recount = () => {
    const { st, ticked } = chosen();
    const tally = new Map();
    const add = (key) => tally.set(key, (tally.get(key) || 0) + 1);
    for (const item of list.searched ? list.items.filter((i) => i.found) : list.items) {
      const { status, have } = rows.get(item);
      const failed = Object.entries(ticked).filter(([, values]) => !values.some((x) => have.includes(x))).map(([f]) => f);
      if (st !== 'all' && status !== st) failed.push('status');
      if (failed.length > 1) continue;
      const only = failed[0];
      if (!only || only === 'status') {
        add(`status:${status}`);
        add('status:all');
      }
      if (only !== 'status') for (const x of have) if (!only || x.startsWith(`${only}:`)) add(x);
    }
    counts.show((facet, value) => tally.get(`${facet}:${value}`) || 0);
  };
  list.on('updated', () => {
    count.textContent = say(list.matchingItems.length);
    recount();
  });
  root.querySelector('.cds-careers__filters').addEventListener('change', apply);
  root.querySelector('form[role=search]').addEventListener('submit', (e) => e.preventDefault());
  apply();
  window.__benchPeerReady = performance.now();
  document.dispatchEvent(new Event('cds-bench-peer-ready'));
})();
