// The pre-rendered pages against their physical limit and against the widget before them (the
// budgets of issue 16). See bench/README.md, "The pre-rendered pages".
//
//   node bench/prerendered.mjs [--dist DIR] [--baseline DIR] [--runs N] [--quick] [--pages 1000,real,sample]
//
// --dist DIR       today's release build (default dist; its own sample site is the `sample` page)
// --baseline DIR   the build to compare with (default target/bench-baseline/dist: e71e6ff, before
//                  the pages, which ./dev bench builds)
// --runs N         loads of each variant, per page and condition (default 5); medians are reported
// --quick          1 load, unthrottled only (development)
// --pages          a subset of the pages: 1000, real, sample
//
// Each page is loaded in three variants, alternating: (a) the page careers-site wrote; (b) the
// same file with every <script> removed (plain HTML and CSS); (c) the baseline's standalone page
// `index.html` for the same view, its content published with careers-bundle. Served gzip by
// bench/lib/gzip-server.mjs, unthrottled, CPU 4× slower, and at 150 ms and 1.6 Mbit/s.
// Writes bench/out/prerendered.json and bench/out/prerendered.md and prints the Markdown.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { launch, siteCopy } from './lib/browser.mjs';
import { CONDITIONS, loadPage } from './lib/first-view.mjs';
import { serveGzip } from './lib/gzip-server.mjs';
import { evaluate, markdown } from './lib/prerendered-report.mjs';
import { median, rotate } from './lib/report.mjs';
import { OUT, benchSite, contentOf, publishBundle } from './lib/site.mjs';
import { splitModules } from './lib/split-modules.mjs';
import { gzipSize } from './lib/sizes.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const PAGES = {
  1000: { label: 'synthetic 1,000: the listing', listing: true },
  real: { label: 'real 2023-06: a posting', listing: false },
  sample: { label: 'sample: the listing', listing: true },
};
/** Typed into the widget's search box once it is live: a letter no posting has, so that the
 * result count changes whatever the content. */
const SEARCH = 'ω';
/** What the baseline's standalone page downloads before its first posting. */
const BASELINE_FIRST_VIEW = ['index.html', 'careers.css', 'careers.js', 'cds-careers.js', '__wasm_split.js', 'cds-careers_bg.wasm', 'postings.json'];
/** What today's standalone page downloads before it shows the listing's fragment. */
const STANDALONE_FIRST_VIEW = ['index.html', 'careers.css', 'careers.js', 'fragments/embed/en/index.html'];

const log = (...a) => console.error('[prerendered]', ...a);

/** The build the pages are measured against by default: e71e6ff, before them, which `./dev bench`
 * builds from the clone's history (bench/README.md). */
export const BASELINE = join(ROOT, 'target/bench-baseline/dist');

/** Whether `dir` holds a build to compare with. */
export const isBuild = (dir) => existsSync(join(dir, 'cds-careers_bg.wasm'));

/** Runs the whole measurement; writes and prints the report. */
export async function runPrerendered({ dist, baseline = BASELINE, runs = 5, quick = false, pages = Object.keys(PAGES) }) {
  if (!isBuild(baseline)) throw new Error(`the pre-rendered pages need a release build of e71e6ff at ${baseline} (./dev bench builds it; bench/README.md)`);
  const loadBefore = loadavg()[0];
  mkdirSync(OUT, { recursive: true });
  const baselineCommit = commitOf(baseline);
  const conditions = quick ? ['unthrottled'] : Object.keys(CONDITIONS);
  // Everything is read from dist before the loads begin (a build may replace it meanwhile).
  const wasm = { today: await wasmBytes(dist), baseline: await wasmBytes(baseline) };
  const distBuilt = statSync(join(dist, 'cds-careers_bg.wasm')).mtime.toISOString();
  const prepared = pages.map((name) => preparePage(name, { dist, baseline, baselineCommit }));
  const browser = await launch();
  const failures = [];
  try {
    for (const page of prepared) page.results = await measurePage(browser, page, conditions, quick ? 1 : runs, failures);
  } finally {
    await browser.close();
    for (const page of prepared) [page.today, page.old].forEach((copy) => copy.remove());
  }
  const report = {
    date: new Date().toISOString(),
    commit: commitOf(dist),
    chromium: execFileSync('/usr/bin/chromium', ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim(),
    cpus: cpus().length,
    loadAverage: { before: +loadBefore.toFixed(2), after: +loadavg()[0].toFixed(2) },
    dist,
    distBuilt,
    baseline: { dist: baseline, commit: baselineCommit },
    runs: quick ? 1 : runs,
    search: SEARCH,
    conditions: Object.fromEntries(conditions.map((c) => [c, CONDITIONS[c]])),
    pages: prepared.map(({ today, old, ...page }) => page),
    wasm,
    failures,
  };
  report.budgets = evaluate(report);
  writeFileSync(join(OUT, 'prerendered.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(OUT, 'prerendered.md'), markdown(report));
  console.log(markdown(report));
  log(`wrote ${join(OUT, 'prerendered.json')} and prerendered.md`);
  return report;
}

/** The commit a build was made from: the `COMMIT` file beside it (./dev bench writes one for the
 * baseline), else the short commit of the repository it sits in (read only), else its path. */
function commitOf(dist) {
  const recorded = join(dirname(dist), 'COMMIT');
  if (existsSync(recorded)) return readFileSync(recorded, 'utf8').trim();
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: dirname(dist), stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    return dist;
  }
}

/**
 * The baseline's reader requires each language's `source` in the listing, which listings no
 * longer carry (9563519; the widget never read it): each gets an empty one, which it never shows.
 * Its listing is so about 20 bytes a posting smaller than the one it was built with.
 */
function withSourceFields(file) {
  const listing = JSON.parse(readFileSync(file, 'utf8'));
  for (const posting of listing.postings) {
    for (const lang of ['en', 'fr']) if (posting[lang]) posting[lang].source ??= '';
  }
  writeFileSync(file, `${JSON.stringify(listing)}\n`);
}

/**
 * Everything a page's loads need: today's site (a copy of dist with the page's site in place of
 * the sample's, and the page without scripts beside it), the baseline with the same content, the
 * paths of the three variants, and the bytes before the first posting.
 */
function preparePage(name, { dist, baseline, baselineCommit }) {
  const { copy: today, id, path, plainPath } = sitePage(name, dist);
  const bundle = join(OUT, `baseline-${name === 'real' ? 'corpus-2023-06' : name}`);
  const { input, keepGoing } = contentOf(name);
  log(`publishing ${input} with careers-bundle into ${bundle} (for ${baselineCommit})`);
  publishBundle(input, bundle, { keepGoing });
  withSourceFields(join(bundle, 'postings.json'));
  const old = siteCopy(baseline, bundle);
  return {
    name,
    ...PAGES[name],
    id,
    path,
    plainPath,
    baselinePath: `index.html${id ? `?careers-posting=${id}` : ''}`,
    bytes: pageBytes(today.dir, old.dir, path, name),
    today,
    old,
  };
}

/**
 * Page `name` of a copy of `dist` with the page's site in place of the sample's, and the same
 * page without scripts beside it: { copy, id (the posting, on a posting's page), path, plainPath }.
 */
export function sitePage(name, dist) {
  const copy = siteCopy(dist, name === 'sample' ? null : benchSite(name));
  const id = PAGES[name].listing ? null : largestPostingPage(copy.dir);
  const path = id ? `en/${id}/` : 'en/';
  const plainPath = `plain/${path.slice('en/'.length)}`;
  writePlain(copy.dir, path, plainPath);
  return { copy, id, path, plainPath };
}

/** The posting in English whose page is the largest, gzip (the strictest for the bytes budget). */
const largestPostingPage = (dir) => englishPostingPages(dir)[0][0];

/** Writes the page at `path` with every <script> element removed, at `plainPath` (as deep, so
 * that its relative links name the same files). */
function writePlain(dir, path, plainPath) {
  const html = readFileSync(join(dir, path, 'index.html'), 'utf8');
  mkdirSync(join(dir, plainPath), { recursive: true });
  writeFileSync(join(dir, plainPath, 'index.html'), html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, ''));
}

const gzip = (dir, file) => gzipSize(readFileSync(join(dir, file)));
const measured = (dir, files) => {
  const list = files.map((name) => ({ name, raw: statSync(join(dir, name)).size, gzip: gzip(dir, name) }));
  return { files: list, gzip: list.reduce((n, f) => n + f.gzip, 0) };
};

/**
 * The bytes before the first posting, gzip -9 of each file: the page and what the parser waits
 * for before it reaches the posting (its stylesheets, its scripts that are neither modules nor
 * async nor deferred); the baseline's standalone page with everything its widget needs; on the
 * 1,000 site, today's standalone page too, which shows the listing's fragment.
 */
function pageBytes(todayDir, oldDir, path, name) {
  const bytes = { page: measured(todayDir, blockingFiles(todayDir, path)), baseline: measured(oldDir, BASELINE_FIRST_VIEW) };
  if (name === '1000') bytes.standalone = measured(todayDir, STANDALONE_FIRST_VIEW);
  if (name === 'real') bytes.everyPostingPage = everyPostingPage(todayDir);
  return bytes;
}

/** The page at `path` and the files that block its parser or its rendering. */
function blockingFiles(dir, path) {
  const html = readFileSync(join(dir, path, 'index.html'), 'utf8');
  const attr = (tag, name) => (new RegExp(`\\b${name}="([^"]*)"`).exec(tag) || [])[1];
  const file = (href) => decodeURIComponent(new URL(href, `http://site/${path}`).pathname.slice(1));
  const files = [`${path}index.html`];
  for (const tag of html.match(/<link\b[^>]*>/g) ?? []) {
    if (attr(tag, 'rel') === 'stylesheet') files.push(file(attr(tag, 'href')));
  }
  for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
    if (attr(tag, 'src') && !/\b(async|defer)\b|type="module"/.test(tag)) files.push(file(attr(tag, 'src')));
  }
  return files;
}

/** The gzip size of the page `en/<id>/` of each posting in English, largest first: [id, bytes]. */
function englishPostingPages(dir) {
  const listing = JSON.parse(readFileSync(join(dir, 'postings.json'), 'utf8'));
  return listing.postings
    .filter((p) => p.en && existsSync(join(dir, `en/${p.id}/index.html`)))
    .map((p) => [p.id, gzip(dir, `en/${p.id}/index.html`)])
    .sort((x, y) => y[1] - x[1]);
}

/** The gzip size of the HTML of every English posting page of a site: min, median, max. */
function everyPostingPage(dir) {
  const sizes = englishPostingPages(dir).map(([, bytes]) => bytes).sort((a, b) => a - b);
  return { pages: sizes.length, min: sizes[0], median: median(sizes), max: sizes[sizes.length - 1] };
}

/** The three variants of a page, on today's server and the baseline's. */
function variantsOf(page, today, old) {
  const search = page.listing ? SEARCH : null;
  const shown = ['shown', 'painted'];
  const widget = [...shown, 'live', 'widgetPainted', page.listing ? 'searched' : 'bodyShown'];
  return [
    { key: 'a', url: `${today.url}${page.path}`, waits: widget, search },
    { key: 'b', url: `${today.url}${page.plainPath}`, waits: shown },
    { key: 'c', url: `${old.url}${page.baselinePath}`, waits: widget, search },
  ];
}

/** Loads the page's variants, alternating, `runs` times under each condition. */
async function measurePage(browser, page, conditions, runs, failures) {
  const [today, old] = [await serveGzip(page.today.dir), await serveGzip(page.old.dir)];
  const variants = variantsOf(page, today, old);
  const load = (v, condition) => loadPage(browser, v.url, { condition: CONDITIONS[condition], waits: v.waits, searchOnLive: v.search });
  try {
    // One load of each, not counted: the server compresses a file when first asked for it.
    for (const v of variants) await load(v, 'unthrottled');
    const results = {};
    for (const condition of conditions) {
      const loads = Object.fromEntries(variants.map((v) => [v.key, []]));
      for (let r = 0; r < runs; r++) {
        for (const v of rotate(variants, r)) {
          try {
            const figures = { round: r + 1, ...(await load(v, condition)) };
            loads[v.key].push(figures);
            log(`${page.name} ${condition} ${v.key} ${r + 1}/${runs}: first posting (${figures.firstPostingFrom}) in the DOM at ` +
              `${figures.firstPosting.toFixed(0)} ms, painted at ${figures.firstPostingPainted.toFixed(0)} ms` +
              `${figures.errors.length ? `, page errors: ${figures.errors.join('; ')}` : ''}`);
          } catch (e) {
            log(`${page.name} ${condition} ${v.key} ${r + 1}/${runs} FAILED: ${e.message.split('\n')[0]}`);
            failures.push({ page: page.name, condition, variant: v.key, run: r + 1, error: e.message });
          }
        }
      }
      results[condition] = Object.fromEntries(variants.map((v) => [v.key, { summary: summarise(loads[v.key], page.listing), loads: loads[v.key] }]));
    }
    return results;
  } finally {
    await Promise.all([today.close(), old.close()]);
  }
}

/** Medians over loads. Interactive: on a listing, the search box has filtered; on a posting's
 * page, the widget's own markup shows the posting, painted. */
function summarise(loads, listing) {
  const of = (key) => median(loads.map((l) => l[key]));
  return {
    loads: loads.length,
    firstPosting: of('firstPosting'),
    firstPostingFrom: [...new Set(loads.map((l) => l.firstPostingFrom))].join(' or '),
    firstPostingPainted: of('firstPostingPainted'),
    takeover: of('takeover'),
    widgetPosting: of('widgetPosting'),
    widgetPostingPainted: of('widgetPostingPainted'),
    bodyVisible: of('bodyVisible'),
    interactive: median(loads.map((l) => (listing ? l.searchFiltered : l.widgetPostingPainted))),
    received: of('receivedBeforeFirstPosting'),
    pageErrors: loads.reduce((n, l) => n + l.errors.length, 0),
  };
}

/** The wasm every visitor downloads (the main module and its glue) and each split module with
 * the chunks it fetches, gzip -9. */
async function wasmBytes(dist) {
  const modules = await splitModules(dist);
  const split = Object.fromEntries(Object.entries(modules).map(([name, files]) => [name, measured(dist, files)]));
  return { main: measured(dist, ['cds-careers_bg.wasm', 'cds-careers.js']), split };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: join(ROOT, 'dist') },
      baseline: { type: 'string', default: BASELINE },
      runs: { type: 'string', default: '5' },
      quick: { type: 'boolean', default: false },
      pages: { type: 'string', default: Object.keys(PAGES).join(',') },
    },
  });
  const pages = values.pages.split(',');
  const unknown = pages.filter((p) => !PAGES[p]);
  if (unknown.length || !(Number(values.runs) >= 1)) {
    console.error('usage: node bench/prerendered.mjs [--dist DIR] [--baseline DIR] [--runs N] [--quick] [--pages 1000,real,sample]');
    process.exit(2);
  }
  runPrerendered({ dist: resolve(values.dist), baseline: resolve(values.baseline), runs: Number(values.runs), quick: values.quick, pages })
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
