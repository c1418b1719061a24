// The widget side by side with its peers (issue 19): List.js and Pagefind pages built by
// bench/lib/peers-site.mjs over the same published site, measured in the same browser, in the
// same run, with the same probe (bench/lib/probe.js) and the same keystrokes and clicks as the
// widget. Run by bench.mjs (`--only real,1000,peers`) after the widget's own figures.
import { launch, measuredPage, pageMemory, serveCopy, KEYS, FACET_PAIRS } from './lib/browser.mjs';
import { buildPeers, PEERS_DIR } from './lib/peers-site.mjs';
import { median, percentile, rotate, roundRatios } from './lib/report.mjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSize } from './lib/sizes.mjs';

const log = (...a) => console.error('[bench]', ...a);
export const PAGES = ['widget', 'listjs', 'pagefind'];
export const PEER_LABEL = { widget: 'widget', listjs: 'List.js 2.3.1', pagefind: 'Pagefind 1.6.0' };
/** The first search, typed whole as soon as a page can search: "time until search answers". */
export const FIRST_QUERY = 'developpeur';
export const FIXED_QUERIES = ['developpeur', 'Développeur', 'gestion produits', 'EC-06'];

const pathOf = (page, lang, query) => (page === 'widget' ? `${lang}/index.html${query}` : `${PEERS_DIR}/${page}/${lang}/index.html${query}`);

/** Resolves when the page can search: the widget's own markup live, or the peer's script ready. */
const ready = (page, which) => page.evaluate((w) => {
  if (w === 'widget') return window.__bench.live.then(() => performance.now());
  if (window.__benchPeerReady !== undefined) return window.__benchPeerReady;
  return new Promise((r) => document.addEventListener('cds-bench-peer-ready', () => r(window.__benchPeerReady)));
}, which);

/** Types `text` whole into the search box (value, input and keyup, as a paste would) and resolves,
 * once the layout has changed and then been quiet for `quiet` ms (or after `idle` ms with no
 * change), with when the first change came (ms since navigation start) and what it shows. */
const typeWhole = (page, text, { quiet = 300, idle = 3000 } = {}) => page.evaluate(([t, quietMs, idleMs]) => new Promise((resolve) => {
  const input = document.getElementById('cds-careers-search');
  const layout = document.querySelector('.cds-careers__layout') || document.body;
  let first = null;
  let timer = null;
  const done = () => {
    obs.disconnect();
    // The widget keeps a page's rows in place, hidden while they have no result.
    const titles = [...document.querySelectorAll('.cds-careers__result-title a')].filter((a) => !a.closest('[hidden]')).slice(0, 3).map((a) => a.textContent.trim());
    const countText = document.getElementById('cds-careers-count')?.textContent || '';
    const m = countText.replace(/[\s\u00a0\u202f,]/g, '').match(/\d+/);
    resolve({ answeredAt: first, count: m ? Number(m[0]) : null, countText, titles });
  };
  const obs = new MutationObserver(() => {
    if (first === null) first = performance.now();
    clearTimeout(timer);
    timer = setTimeout(done, quietMs);
  });
  obs.observe(layout, { childList: true, subtree: true, characterData: true });
  timer = setTimeout(done, idleMs);
  input.value = t;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true }));
}), [text, quiet, idle]);

/** What the page fetched (the document and every resource) that had arrived by `t` ms since
 * navigation start, the document counted whole: [{ name (URL), size (encoded body bytes, as
 * served: uncompressed) }]. */
const fetchedBy = (page, t) => page.evaluate((until) => {
  const nav = performance.getEntriesByType('navigation')[0];
  const out = nav ? [{ name: nav.name, size: nav.encodedBodySize }] : [];
  for (const e of performance.getEntriesByType('resource')) if (e.responseEnd <= until) out.push({ name: e.name, size: e.encodedBodySize });
  return out;
}, t);

const gzipped = new Map();
/** The gzip -9 size of a served file (cached: a file is compressed once per process). */
function servedGzipSize(dir, name) {
  const path = join(dir, decodeURIComponent(new URL(name).pathname));
  if (!gzipped.has(path)) {
    let n = null;
    try {
      n = gzipSize(readFileSync(path));
    } catch {
      n = null;
    }
    gzipped.set(path, n);
  }
  return gzipped.get(path);
}
/** Raw and gzip totals of a list from fetchedBy (gzip: each file's gzip -9 size, as a server
 * compressing them would send; a file it cannot find counts raw). */
const totals = (dir, files) => files.reduce((t, f) => {
  const g = servedGzipSize(dir, f.name);
  return { raw: t.raw + f.size, gzip: t.gzip + (g ?? f.size) };
}, { raw: 0, gzip: 0 });

const measured = (page, seq) => page.evaluate((n) => {
  if (window.__bench.seq !== n) throw new Error(`expected measurement ${n}, the page has ${window.__bench.seq}`);
  return window.__bench.pending;
}, seq);

/** One run of one page: load, first posting, ready, the first search, memory, keystrokes, clicks. */
export async function runPage(browser, url, which, { dir, throttle = 1, query = '', timeout = 240_000 } = {}) {
  const { context, page, cdp, errors } = await measuredPage(browser, { throttle, timeout });
  try {
    await page.goto(url + pathOf(which, 'en', query), { waitUntil: 'commit' });
    const firstPosting = await page.evaluate(() => window.__bench.shown);
    const readyAt = await ready(page, which);
    const filesFirst = await fetchedBy(page, firstPosting);
    // (Pagefind's first search at 10,000 with the CPU 4× slower takes more than 3 s.)
    const first = await typeWhole(page, FIRST_QUERY, { idle: 60_000 });
    const searchAnswered = first.answeredAt;
    const filesSearch = await fetchedBy(page, searchAnswered ?? Infinity);
    await typeWhole(page, '');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const wasm = await page.evaluate(() => window.__bench.wasmMemoryBytes());
    const dom = await cdp.send('Memory.getDOMCounters').catch(() => null);
    const whole = await pageMemory(page, wasm);

    const search = page.locator('#cds-careers-search');
    await search.focus();
    const keys = [];
    let seq = await page.evaluate(() => window.__bench.seq);
    for (const key of KEYS) {
      await page.keyboard.press(key);
      keys.push(await measured(page, ++seq));
    }
    const ids = await page.$$eval('.cds-careers__filters input[type=checkbox]', (els) => els.map((e) => e.id));
    const clicks = [];
    for (let i = 0; ids.length && i < FACET_PAIRS; i++) {
      const id = ids[Math.floor((i * ids.length) / FACET_PAIRS) % ids.length];
      await page.click(`[id="${id}"]`);
      clicks.push(await measured(page, ++seq));
      await page.click('.cds-careers__filters input[type=checkbox]:checked');
      clicks.push(await measured(page, ++seq));
    }
    const [bf, bs] = [totals(dir, filesFirst), totals(dir, filesSearch)];
    return {
      firstPosting, ready: readyAt, searchAnswered, firstCount: first.count,
      bytesFirst: bf.raw, bytesFirstGzip: bf.gzip, bytesSearch: bs.raw, bytesSearchGzip: bs.gzip, requestsSearch: filesSearch.length,
      jsHeap: heap.usedSize, wasm, total: heap.usedSize + wasm, pageMemory: whole.page, domMemory: whole.dom, domNodes: dom ? dom.nodes : null,
      keyMedian: median(keys.map((k) => k.ms)), keyP95: percentile(keys.map((k) => k.ms), 95),
      keyPaintP95: percentile(keys.map((k) => k.paintMs), 95), keyUnchanged: keys.filter((k) => !k.changed).length,
      clickMedian: median(clicks.map((k) => k.ms)), clickP95: percentile(clicks.map((k) => k.ms), 95),
      clickPaintP95: percentile(clicks.map((k) => k.paintMs), 95), clickUnchanged: clicks.filter((k) => !k.changed).length,
      keyHistoryMedian: median(keys.map((k) => k.paintHistoryMs)), clickHistoryMedian: median(clicks.map((k) => k.paintHistoryMs)),
      errors,
    };
  } finally {
    await context.close();
  }
}

/** What a page finds for each query, in one language: count and first three titles. */
export async function quality(browser, url, which, lang, queries, { query = '' } = {}) {
  const { context, page } = await measuredPage(browser, { timeout: 240_000 });
  try {
    await page.goto(url + pathOf(which, lang, query), { waitUntil: 'commit' });
    await page.evaluate(() => window.__bench.shown);
    await ready(page, which);
    const out = [];
    for (const q of queries) {
      const r = await typeWhole(page, q, { quiet: 400, idle: 4000 });
      out.push({ query: q, count: r.count, titles: r.titles });
      await typeWhole(page, '', { quiet: 300, idle: 1500 });
    }
    return out;
  } finally {
    await context.close();
  }
}

const FIGURES = ['firstPosting', 'ready', 'searchAnswered', 'bytesFirst', 'bytesFirstGzip', 'bytesSearch', 'bytesSearchGzip', 'requestsSearch', 'jsHeap', 'wasm', 'total', 'pageMemory', 'domMemory', 'domNodes',
  'keyMedian', 'keyP95', 'keyPaintP95', 'keyUnchanged', 'clickMedian', 'clickP95', 'clickPaintP95', 'clickUnchanged',
  'keyHistoryMedian', 'clickHistoryMedian'];

/**
 * Every page (widget, List.js, Pagefind) on each bundle: `bundles` as bench.mjs has them ({ name,
 * label, path, query }). Returns { results: [{ bundle, page, throttle, summary, runs }], quality,
 * failures, bodyWords }.
 */
export async function runPeers({ dist, bundles, runs, settings }) {
  const results = [];
  const qualityRows = [];
  const failures = [];
  const bodyWords = {};
  const browser = await launch();
  try {
    for (const b of bundles) {
      const words = await buildPeers(b.path, { allStatus: Boolean(b.query) });
      bodyWords[b.name] = words;
      // Cross-origin isolated, so that the page's whole memory can be measured (pageMemory).
      const server = await serveCopy(dist, b.path, { isolated: true });
      try {
        for (const throttle of settings) {
          // Round by round, every page once a round, the first page moving on each round: the
          // machine's speed drifts between minutes (by 20 % and more), and a page measured in
          // a slower minute than its peer would make the ratio the hour's, not the page's.
          const got = Object.fromEntries(PAGES.map((which) => [which, []]));
          for (let r = 0; r < runs; r++) {
            for (const which of rotate(PAGES, r)) {
              const t = Date.now();
              try {
                const run = await runPage(browser, server.url, which, { dir: server.dir, throttle, query: b.query });
                got[which].push({ ...run, round: r });
                log(`peers ${b.label} ${which} cpu ${throttle}x run ${r + 1}/${runs}: first posting ${run.firstPosting.toFixed(0)} ms, ` +
                  `search answered ${run.searchAnswered?.toFixed(0)} ms, key p95 ${run.keyP95?.toFixed(1)} ms, click p95 ${run.clickP95?.toFixed(1)} ms ` +
                  `(${((Date.now() - t) / 1000).toFixed(1)} s)${run.errors.length ? `, page errors: ${run.errors.join('; ')}` : ''}`);
              } catch (e) {
                log(`peers ${b.label} ${which} cpu ${throttle}x run ${r + 1}/${runs} FAILED: ${e.message.split('\n')[0]}`);
                failures.push({ bundle: b.name, page: which, throttle, run: r + 1, error: e.message.split('\n')[0] });
              }
            }
          }
          for (const which of PAGES) {
            const runsOf = got[which];
            if (!runsOf.length) continue;
            const summary = {};
            for (const k of FIGURES) summary[k] = median(runsOf.map((g) => g[k]));
            summary.pageErrors = runsOf.reduce((n, g) => n + g.errors.length, 0);
            results.push({ bundle: b.name, page: which, throttle, summary, runs: runsOf });
          }
        }
        for (const lang of ['en', 'fr']) {
          const queries = [...FIXED_QUERIES, ...(words[lang] ? [words[lang]] : [])];
          for (const which of PAGES) {
            try {
              const found = await quality(browser, server.url, which, lang, queries, { query: b.query });
              for (const f of found) qualityRows.push({ bundle: b.name, lang, page: which, ...f });
              log(`quality ${b.label} ${lang} ${which}: ${found.map((f) => `${f.query}=${f.count}`).join(', ')}`);
            } catch (e) {
              log(`quality ${b.label} ${lang} ${which} FAILED: ${e.message.split('\n')[0]}`);
              failures.push({ bundle: b.name, page: which, lang, quality: true, error: e.message.split('\n')[0] });
            }
          }
        }
      } finally {
        server.close();
      }
    }
  } finally {
    await browser.close();
  }
  return { results, quality: qualityRows, failures, bodyWords };
}

const KB = 1024;
const MB = 1024 * 1024;
const fmt = {
  ms: (x) => (x === null || x === undefined ? '–' : x < 100 ? `${x.toFixed(1)} ms` : `${Math.round(x)} ms`),
  kb: (x) => (x === null || x === undefined ? '–' : `${(x / KB).toFixed(1)} KB`),
  mb: (x) => (x === null || x === undefined ? '–' : `${(x / MB).toFixed(1)} MB`),
};
const ROWS = [
  ['bytesFirst', 'bytes before the first posting (as served, uncompressed)', fmt.kb],
  ['bytesFirstGzip', 'the same, each file gzip -9', fmt.kb],
  ['bytesSearch', 'bytes for a working search (by the first search\'s answer; uncompressed)', fmt.kb],
  ['bytesSearchGzip', 'the same, each file gzip -9', fmt.kb],
  ['requestsSearch', 'requests by the first search\'s answer', (x) => (x === null || x === undefined ? '–' : String(Math.round(x)))],
  ['firstPosting', 'first posting visible', fmt.ms],
  ['ready', 'search ready (widget live, peer script done)', fmt.ms],
  ['searchAnswered', `first search answered ("${FIRST_QUERY}" typed when ready)`, fmt.ms],
  ['keyMedian', 'keystroke median', fmt.ms],
  ['keyP95', 'keystroke p95', fmt.ms],
  ['keyPaintP95', 'keystroke p95 incl. next paint', fmt.ms],
  ['clickMedian', 'facet click median', fmt.ms],
  ['clickP95', 'facet click p95', fmt.ms],
  ['clickPaintP95', 'facet click p95 incl. next paint', fmt.ms],
  ['keyHistoryMedian', 'of a keystroke incl. next paint, time in history writes (median)', fmt.ms],
  ['clickHistoryMedian', 'of a facet click incl. next paint, time in history writes (median)', fmt.ms],
  ['total', 'memory after load (JS heap + wasm)', fmt.mb],
  ['pageMemory', 'memory after load, the whole page (JavaScript + DOM + wasm)', fmt.mb],
  ['domMemory', 'of which the DOM', fmt.mb],
  ['domNodes', 'DOM nodes', (x) => (x === null || x === undefined ? '–' : Math.round(x).toLocaleString('en'))],
];

/** The side-by-side tables (figure, each peer's, ratio widget/peer) and the quality table. */
export function peersMarkdown(peers, bundles) {
  const L = ['## Side by side with the peers (issue 19)', '',
    'The widget, a List.js page and a Pagefind page (see bench/README.md, "The peers") on the same published site, in the same browser and run, measured by the same probe and harness (`bench/peers.mjs`). ' +
    'Ratio = widget / peer: below 1.0 the widget is smaller or faster. Medians over runs. The pages are measured round by round (each once a round, ' +
    'one after the other); in brackets, the lowest and the highest of the rounds\' own ratios: a ratio whose range spans 1.0 is within what the machine\'s drift moves.', ''];
  const label = (name) => bundles.find((b) => b.name === name)?.label || name;
  const ratio = (w, p) => (w === null || w === undefined || !p ? '–' : (w / p).toFixed(2));
  const groups = [...new Set(peers.results.map((r) => `${r.bundle}|${r.throttle}`))];
  for (const g of groups) {
    const [bundle, throttle] = g.split('|');
    const resultOf = (page) => peers.results.find((r) => r.bundle === bundle && String(r.throttle) === throttle && r.page === page);
    const at = (page) => resultOf(page)?.summary;
    // The range of the ratio of figure `k` over the rounds where the widget and `peer` both ran.
    const spread = (k, peer) => {
      const ratios = roundRatios(resultOf('widget')?.runs ?? [], resultOf(peer)?.runs ?? [], k);
      const [low, high] = [Math.min(...ratios), Math.max(...ratios)].map((x) => x.toFixed(2));
      return ratios.length < 2 || low === high ? '' : ` (${low}–${high})`;
    };
    const w = at('widget');
    const lj = at('listjs');
    const pf = at('pagefind');
    L.push(`### ${label(bundle)}, CPU ${throttle === '1' ? '1×' : `${throttle}× slower`}`, '');
    L.push('| figure | widget | List.js | widget / List.js | Pagefind | widget / Pagefind |', '| --- | ---: | ---: | ---: | ---: | ---: |');
    for (const [k, text, f] of ROWS) {
      L.push(`| ${text} | ${f(w?.[k])} | ${f(lj?.[k])} | ${ratio(w?.[k], lj?.[k])}${spread(k, 'listjs')} | ${f(pf?.[k])} | ${ratio(w?.[k], pf?.[k])}${spread(k, 'pagefind')} |`);
    }
    const errs = ['widget', 'listjs', 'pagefind'].filter((p) => at(p)?.pageErrors).map((p) => `${p}: ${at(p).pageErrors}`);
    if (errs.length) L.push('', `Page errors: ${errs.join(', ')}.`);
    L.push('');
  }
  for (const f of peers.failures) L.push(`Failed: ${f.bundle} ${f.page}${f.lang ? ` ${f.lang} quality` : ` CPU ${f.throttle}× run ${f.run}`}: ${f.error}`, '');

  L.push('### What each finds', '', 'Count of results and the first three titles, for each query typed whole into the search box of the page in each language (the widget and the peers in their default listing: on the real corpus every status, elsewhere open postings). ' +
    'The last query of each language is a word of some posting\'s body that is in no title or summary (chosen by the benchmark).', '');
  L.push('| bundle | lang | query | widget | List.js | Pagefind |', '| --- | --- | --- | --- | --- | --- |');
  const cell = (r) => (r ? `${r.count ?? '–'}${r.titles.length ? `: ${r.titles.map((t) => t.replace(/\|/g, '\\|')).join(' · ')}` : ''}` : '–');
  const seen = new Set();
  for (const q of peers.quality) {
    const key = `${q.bundle}|${q.lang}|${q.query}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const get = (page) => peers.quality.find((x) => x.bundle === q.bundle && x.lang === q.lang && x.query === q.query && x.page === page);
    L.push(`| ${label(q.bundle)} | ${q.lang} | \`${q.query}\` | ${cell(get('widget'))} | ${cell(get('listjs'))} | ${cell(get('pagefind'))} |`);
  }
  L.push('');
  return `${L.join('\n')}\n`;
}
