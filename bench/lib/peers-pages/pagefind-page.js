// The Pagefind peer page (bench/lib/peers-site.mjs): the first 25 rows of the default listing are
// in the page; typing or ticking a filter asks Pagefind's JS API (noWorker: on the main thread,
// as the widget) and shows its first 25 results in the same row markup, all at once.
const root = document.getElementById('peer-root');
const lang = root.getAttribute('lang');
const input = document.getElementById('cds-careers-search');
const count = document.getElementById('cds-careers-count');
const list = root.querySelector('.cds-careers__result-list');
const initial = { rows: list.innerHTML, count: count.textContent };
const say = (n) => (lang === 'fr' ? `${n} offres d’emploi trouvées` : `${n} job postings found`);
const STATUS = lang === 'fr'
  ? { open: 'Ouvert : candidatures acceptées', closed: 'Fermé : candidatures non acceptées' }
  : { open: 'Open: accepting applications', closed: 'Closed: no longer accepting applications' };
const status = new URLSearchParams(location.search).get('careers-status') || 'open';
const radio = root.querySelector(`input[name="careers-status"][value="${status}"]`);
if (radio) radio.checked = true;

const pagefind = await import('./_index/pagefind.js');
await pagefind.options({ noWorker: true });
await pagefind.init();

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
let latest = 0;
async function update() {
  const mine = ++latest;
  const q = input.value.trim();
  const st = root.querySelector('input[name="careers-status"]:checked')?.value || 'all';
  const filters = {};
  for (const box of root.querySelectorAll('.cds-careers__filters input[type=checkbox]:checked')) {
    const facet = box.name.replace(/^careers-/, '');
    (filters[facet] ||= { any: [] }).any.push(box.value);
  }
  if (st !== 'all') filters.status = st;
  if (!q && !Object.keys(filters).some((k) => k !== 'status') && st === status) {
    list.innerHTML = initial.rows;
    count.textContent = initial.count;
    return;
  }
  const search = await pagefind.search(q || null, { filters });
  if (mine !== latest || !search) return;
  const page = await Promise.all(search.results.slice(0, 25).map((r) => r.data()));
  if (mine !== latest) return;
  list.innerHTML = page.map((d) => {
    const st2 = d.filters?.status?.[0] || 'closed';
    return `<li class="cds-careers__result"><h2 class="cds-careers__result-title"><a href="${esc(d.url)}">${esc(d.meta.title)}</a></h2>` +
      `<p class="cds-careers__summary">${esc(d.meta.summary || '')}</p>` +
      `<p class="cds-careers__status cds-careers__status--${st2}">${STATUS[st2] || ''}</p></li>`;
  }).join('');
  count.textContent = say(search.results.length);
}
input.addEventListener('input', update);
root.querySelector('.cds-careers__filters').addEventListener('change', update);
root.querySelector('form[role=search]').addEventListener('submit', (e) => e.preventDefault());
window.__benchPeerReady = performance.now();
document.dispatchEvent(new Event('cds-bench-peer-ready'));
