// The List.js peer page (bench/lib/peers-site.mjs): List.js 2.3.1 over the rows in the page,
// 25 a page with its pagination, its own search (keyup on input.search) over title, summary and
// the body's text, and the generator's filter section applied with list.filter().
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
  // The filters: a posting matches when it has, for every facet with a ticked box, one of the
  // ticked values, and the chosen status.
  const apply = () => {
    const st = root.querySelector('input[name="careers-status"]:checked')?.value || 'all';
    const ticked = {};
    for (const box of root.querySelectorAll('.cds-careers__filters input[type=checkbox]:checked')) {
      const facet = box.name.replace(/^careers-/, '');
      (ticked[facet] ||= []).push(`${facet}:${box.value}`);
    }
    const groups = Object.values(ticked);
    if (st === 'all' && !groups.length) list.filter();
    else list.filter((item) => {
      const v = item.values();
      if (st !== 'all' && v.status !== st) return false;
      const have = v.facets.split(' ');
      return groups.every((g) => g.some((x) => have.includes(x)));
    });
  };
  list.on('updated', () => { count.textContent = say(list.matchingItems.length); });
  root.querySelector('.cds-careers__filters').addEventListener('change', apply);
  root.querySelector('form[role=search]').addEventListener('submit', (e) => e.preventDefault());
  apply();
  window.__benchPeerReady = performance.now();
  document.dispatchEvent(new Event('cds-bench-peer-ready'));
})();
