// The Pagefind peer page (bench/lib/peers-site.mjs): the first 25 rows of the default listing are
// in the page; typing or ticking a filter asks Pagefind's JS API (noWorker: on the main thread,
// as the widget) and shows 25 of its results in the same row markup, all at once, with the
// filters' counts Pagefind gives for the search (its `filters`: among the results of the search
// and every filter) and previous and next page buttons.
const root = document.getElementById('peer-root');
const lang = root.getAttribute('lang');
const input = document.getElementById('cds-careers-search');
const count = document.getElementById('cds-careers-count');
const list = root.querySelector('.cds-careers__result-list');
const pagination = root.querySelector('.cds-bench-pagination');
const initial = { rows: list.innerHTML, count: count.textContent, total: Number(count.dataset.total) };
const T = lang === 'fr'
  ? { found: (n) => `${n} offres d’emploi trouvées`, previous: 'Précédente', next: 'Suivante', page: (p, n) => `Page ${p} de ${n}`,
      open: 'Ouvert : candidatures acceptées', closed: 'Fermé : candidatures non acceptées' }
  : { found: (n) => `${n} job postings found`, previous: 'Previous', next: 'Next', page: (p, n) => `Page ${p} of ${n}`,
      open: 'Open: accepting applications', closed: 'Closed: no longer accepting applications' };
const PAGE_SIZE = 25;
const status = new URLSearchParams(location.search).get('careers-status') || 'open';
const radio = root.querySelector(`input[name="careers-status"][value="${status}"]`);
if (radio) radio.checked = true;
const counts = window.benchFilterCounts(root);

const pagefind = await import('./_index/pagefind.js');
await pagefind.options({ noWorker: true });
await pagefind.init();

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Previous and next page buttons around "Page p of n" (none when the results fit one page). */
function paginate(total, page) {
  const pages = Math.ceil(total / PAGE_SIZE);
  const button = (delta, label, exists) =>
    exists ? `<li><button type="button" class="cds-careers__page-link" data-delta="${delta}">${label}</button></li>` : '';
  pagination.innerHTML = pages > 1
    ? button(-1, T.previous, page > 1) + `<li>${T.page(page, pages)}</li>` + button(1, T.next, page < pages)
    : '';
}
let latest = 0;
let page = 1;
async function update() {
  const mine = ++latest;
  const q = input.value.trim();
  const st = root.querySelector('input[name="careers-status"]:checked')?.value || 'all';
  const filters = {};
  for (const box of root.querySelectorAll('.cds-careers__filters input[type=checkbox]:checked')) {
    const facet = box.name.replace(/^careers-/, '');
    (filters[facet] ||= { any: [] }).any.push(box.value);
  }
  // Pagefind counts filter values only for a search given filters: "all" is both statuses.
  filters.status = st === 'all' ? { any: ['open', 'closed'] } : st;
  if (page === 1 && !q && Object.keys(filters).length === 1 && st === status) {
    list.innerHTML = initial.rows;
    count.textContent = initial.count;
    counts.reset();
    paginate(initial.total, 1);
    return;
  }
  const search = await pagefind.search(q || null, { filters });
  if (mine !== latest || !search) return;
  const start = (page - 1) * PAGE_SIZE;
  const shown = await Promise.all(search.results.slice(start, start + PAGE_SIZE).map((r) => r.data()));
  if (mine !== latest) return;
  list.innerHTML = shown.map((d) => {
    const st2 = d.filters?.status?.[0] || 'closed';
    return `<li class="cds-careers__result"><h2 class="cds-careers__result-title"><a href="${esc(d.url)}">${esc(d.meta.title)}</a></h2>` +
      `<p class="cds-careers__summary">${esc(d.meta.summary || '')}</p>` +
      `<p class="cds-careers__status cds-careers__status--${st2}">${T[st2] || ''}</p></li>`;
  }).join('');
  count.textContent = T.found(search.results.length);
  const byStatus = search.filters?.status || {};
  counts.show((facet, value) =>
    facet === 'status' && value === 'all'
      ? Object.values(byStatus).reduce((a, b) => a + b, 0)
      : search.filters?.[facet]?.[value] || 0);
  paginate(search.results.length, page);
}
const fromFirstPage = () => {
  page = 1;
  update();
};
input.addEventListener('input', fromFirstPage);
root.querySelector('.cds-careers__filters').addEventListener('change', fromFirstPage);
pagination.addEventListener('click', (e) => {
  const delta = Number(e.target.closest('button[data-delta]')?.dataset.delta);
  if (!delta) return;
  page += delta;
  update();
});
root.querySelector('form[role=search]').addEventListener('submit', (e) => e.preventDefault());
paginate(initial.total, 1);
window.__benchPeerReady = performance.now();
document.dispatchEvent(new Event('cds-bench-peer-ready'));
