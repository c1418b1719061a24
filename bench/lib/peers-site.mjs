// The peers' pages (issue 19): what a team would pick instead of the widget, built by the
// benchmark from the site careers-site published, into SITE/bench-peers/ (served with the site):
//
//   bench-peers/listjs/{en,fr}/index.html   List.js 2.3.1 over every listed posting's row, in the
//                                           row markup of the generator's listing page, with the
//                                           generator's own filter section
//   bench-peers/pagefind/{en,fr}/index.html Pagefind 1.x's JS API (noWorker) over an index of the
//                                           generator's posting pages; the first page of rows
//                                           pre-rendered in the same markup
//   bench-peers/pagefind/_index/            the Pagefind index (pagefind's Node API, its own binary)
//   bench-peers/filter-counts.js            the filters' counts both pages keep current
//
// Nothing here changes the widget or the generator: the filter attributes Pagefind needs
// (data-pagefind-filter, data-pagefind-body) are added in the copy of each posting page given to
// the indexer, in memory.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PAGES = fileURLToPath(new URL('./peers-pages/', import.meta.url));
export const PEERS_DIR = 'bench-peers';
export const PAGE_SIZE = 25;

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const decode = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&#x27;/g, "'").replace(/&amp;/g, '&');
const text = (html) => decode(html.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();

/** A posting page's body (the text of `.cds-careers__body`, up to the actions). */
function bodyOf(page) {
  const start = page.indexOf('<div class="cds-careers__body">');
  if (start < 0) return '';
  let end = page.indexOf('<div class="cds-careers__actions">', start);
  if (end < 0) end = page.indexOf('</article>', start);
  return page.slice(start, end < 0 ? undefined : end);
}

const STATUS = {
  en: { open: 'Open: accepting applications', closed: 'Closed: no longer accepting applications', count: (n) => `${n} job postings found`, search: 'Search job postings', title: 'Job postings' },
  fr: { open: 'Ouvert : candidatures acceptées', closed: 'Fermé : candidatures non acceptées', count: (n) => `${n} offres d’emploi trouvées`, search: 'Rechercher des offres d’emploi', title: 'Offres d’emploi' },
};

/** Every listed posting of the site, in each language: id, title, summary, facets, what its facet
 * values read in the language (`facetText`), open, body text. */
export function postingsOf(site) {
  const listing = JSON.parse(readFileSync(join(site, 'postings.json'), 'utf8'));
  const out = { en: [], fr: [] };
  for (const p of listing.postings) {
    if (!p.status.listed) continue;
    for (const lang of ['en', 'fr']) {
      if (!p[lang]) continue;
      const file = join(site, lang, p.id, 'index.html');
      const page = existsSync(file) ? readFileSync(file, 'utf8') : '';
      const facets = p.facets || {};
      const facetText = Object.entries(facets)
        .flatMap(([kind, values]) => values.map((v) => listing.labels?.[kind]?.[v]?.[lang] ?? v))
        .join(' ');
      out[lang].push({ id: p.id, title: p[lang].title, summary: p[lang].summary, facets, facetText, open: !!p.status.open, page, body: text(bodyOf(page)) });
    }
  }
  for (const lang of ['en', 'fr']) out[lang].sort((a, b) => a.title.localeCompare(b.title, lang));
  return out;
}

/** One word per language that is in some posting's body and in no title, summary or facet value
 * (for the quality table): of those in 2 to 20 postings' bodies, the longest, then the first in
 * order; if none, the one in the fewest bodies. */
export function bodyOnlyWord(postings) {
  const words = (s) => new Set(s.toLowerCase().match(/[\p{L}]{6,}/gu) || []);
  const shown = new Set();
  for (const p of postings) for (const w of words(`${p.title} ${p.summary} ${p.facetText}`)) shown.add(w);
  const count = new Map();
  for (const p of postings) for (const w of words(p.body)) if (!shown.has(w)) count.set(w, (count.get(w) || 0) + 1);
  const ascii = [...count].filter(([w]) => /^[a-z]+$/.test(w));
  const picks = ascii.filter(([, n]) => n >= 2 && n <= 20).sort((a, b) => b[0].length - a[0].length || a[0].localeCompare(b[0]));
  if (picks.length) return picks[0][0];
  // The synthetic vocabulary is small: then the body-only word in the fewest postings.
  const rare = ascii.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  return rare.length ? rare[0][0] : null;
}

function row(p, lang, { body }) {
  const facets = Object.entries(p.facets).flatMap(([k, vs]) => vs.map((v) => `${k}:${v}`)).join(' ');
  const status = p.open ? 'open' : 'closed';
  return `<li class="cds-careers__result" data-facets="${esc(facets)}" data-status="${status}">` +
    `<h2 class="cds-careers__result-title"><a class="title" href="/${lang}/${esc(p.id)}/">${esc(p.title)}</a></h2>` +
    `<p class="cds-careers__summary summary">${esc(p.summary)}</p>` +
    `<p class="cds-careers__status cds-careers__status--${status}">${STATUS[lang][status]}</p>` +
    (body ? `<p class="body" hidden>${esc(p.body)}</p>` : '') +
    '</li>';
}

/** The generator's filter section of the listing page in `lang` (its status radios and facet checkboxes). */
function filtersOf(site, lang) {
  const page = readFileSync(join(site, lang, 'index.html'), 'utf8');
  const start = page.indexOf('<section id="cds-careers-filters"');
  const end = page.indexOf('</section>', start);
  if (start < 0 || end < 0) throw new Error(`no filter section in ${site}/${lang}/index.html`);
  return page.slice(start, end + '</section>'.length);
}

function page(lang, { peer, filters, rows, count, scripts }) {
  const t = STATUS[lang];
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.title} (${peer}, benchmark peer)</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/careers.css">
</head>
<body>
<main>
<div data-cds-careers data-peer="${peer}">
<div lang="${lang}" class="cds-careers" id="peer-root">
<div class="cds-careers__listing">
<h1 class="cds-careers__title">${t.title}</h1>
<form role="search" class="cds-careers__search">
<label for="cds-careers-search" class="cds-careers__label">${t.search}</label>
<div class="cds-careers__search-row"><input id="cds-careers-search" class="search" type="search" autocomplete="off" spellcheck="false"></div>
</form>
<div class="cds-careers__layout">
<div class="cds-careers__results-bar"><p id="cds-careers-count" class="cds-careers__count" data-total="${count}">${t.count(count)}</p></div>
${filters}
<section id="cds-careers-results" class="cds-careers__results">
<ul class="cds-careers__result-list list">${rows}</ul>
<ul class="pagination cds-bench-pagination"></ul>
</section>
</div>
</div>
</div>
</div>
</main>
${scripts}
</body>
</html>
`;
}

/** The List.js page of each language: every listed posting's row (title, summary, status, and the
 * body's text in a hidden paragraph so List.js can search it). */
function buildListjs(site, out, postings, { allStatus }) {
  const dir = join(out, 'listjs');
  copyFileSync(join(ROOT, 'node_modules/list.js/dist/list.min.js'), join(dir, 'list.min.js'));
  copyFileSync(join(PAGES, 'listjs-page.js'), join(dir, 'listjs-page.js'));
  for (const lang of ['en', 'fr']) {
    const list = postings[lang];
    const shown = allStatus ? list : list.filter((p) => p.open);
    mkdirSync(join(dir, lang), { recursive: true });
    writeFileSync(join(dir, lang, 'index.html'), page(lang, {
      peer: 'listjs',
      filters: filtersOf(site, lang),
      rows: list.map((p) => row(p, lang, { body: true })).join('\n'),
      count: shown.length,
      scripts: '<script src="../list.min.js"></script>\n<script src="../../filter-counts.js"></script>\n<script src="../listjs-page.js"></script>',
    }));
  }
}

/** Pagefind: an index of the generator's posting pages (each with data-pagefind-body on its
 * article, its facets and status as data-pagefind-filter, its summary as meta), and a page per
 * language with the first 25 rows of the default listing pre-rendered. */
async function buildPagefind(site, out, postings, { allStatus }) {
  const dir = join(out, 'pagefind');
  const { createIndex, close } = await import('pagefind');
  const { errors: e1, index } = await createIndex({});
  if (e1?.length) throw new Error(`pagefind: ${e1.join('; ')}`);
  let files = 0;
  for (const lang of ['en', 'fr']) {
    for (const p of postings[lang]) {
      if (!p.page) continue;
      const filters = Object.entries(p.facets).flatMap(([k, vs]) => vs.map((v) => `<span data-pagefind-filter="${esc(k)}">${esc(v)}</span>`)).join('') +
        `<span data-pagefind-filter="status">${p.open ? 'open' : 'closed'}</span>`;
      const marked = p.page.replace('<article ', `<article data-pagefind-body data-pagefind-meta="summary:${esc(p.summary)}" `)
        .replace(/(<article [^>]*>)/, `$1<div hidden>${filters}</div>`);
      const { errors } = await index.addHTMLFile({ url: `/${lang}/${p.id}/`, content: marked });
      if (errors?.length) throw new Error(`pagefind ${p.id}: ${errors.join('; ')}`);
      files += 1;
    }
  }
  const { errors: e2 } = await index.writeFiles({ outputPath: join(dir, '_index') });
  if (e2?.length) throw new Error(`pagefind write: ${e2.join('; ')}`);
  await close();
  copyFileSync(join(PAGES, 'pagefind-page.js'), join(dir, 'pagefind-page.js'));
  for (const lang of ['en', 'fr']) {
    const shown = allStatus ? postings[lang] : postings[lang].filter((p) => p.open);
    mkdirSync(join(dir, lang), { recursive: true });
    writeFileSync(join(dir, lang, 'index.html'), page(lang, {
      peer: 'pagefind',
      filters: filtersOf(site, lang),
      rows: shown.slice(0, PAGE_SIZE).map((p) => row(p, lang, { body: false })).join('\n'),
      count: shown.length,
      scripts: '<script src="../../filter-counts.js"></script>\n<script type="module" src="../pagefind-page.js"></script>',
    }));
  }
  return files;
}

const log = (...a) => console.error('[bench]', ...a);

/** Builds both peers' pages into SITE/bench-peers. `allStatus`: the default listing shows every
 * posting (the real corpus, all closed, is loaded with ?careers-status=all). Returns the body-only
 * words of each language. */
export async function buildPeers(site, { allStatus }) {
  const out = join(site, PEERS_DIR);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'listjs'), { recursive: true });
  mkdirSync(join(out, 'pagefind'), { recursive: true });
  const t = Date.now();
  copyFileSync(join(PAGES, 'filter-counts.js'), join(out, 'filter-counts.js'));
  const postings = postingsOf(site);
  buildListjs(site, out, postings, { allStatus });
  const files = await buildPagefind(site, out, postings, { allStatus });
  log(`peers built in ${out}: List.js pages of ${postings.en.length} + ${postings.fr.length} rows, Pagefind index of ${files} pages (${((Date.now() - t) / 1000).toFixed(1)} s)`);
  return { en: bodyOnlyWord(postings.en), fr: bodyOnlyWord(postings.fr) };
}
