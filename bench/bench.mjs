// The performance benchmark of the careers widget (not part of the tests). See bench/README.md.
//
//   node bench/bench.mjs [--dist DIR] [--runs N] [--quick] [--only NAME,...]
//
// --dist DIR   the release build to measure (default dist; ./dev bench builds it first)
// --runs N     page loads per bundle and throttling setting (default 5); medians are reported
// --quick      1 run, no CPU throttling (development)
// --only       a subset: the bundles real, 1000, 10000, peers (the widget side by side with List.js
//              and Pagefind on each bundle measured, bench/peers.mjs), and prerendered
//              (bench/prerendered.mjs, the pre-rendered pages against the build of e71e6ff, with
//              the same --runs and --quick). Without --only, all of them.
// Writes bench/out/report.json and bench/out/report.md (and prerendered.json, prerendered.md).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadavg, cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { benchSite, listingQuery, CORPUS, SEED, OUT } from './lib/site.mjs';
import { runPrerendered, BASELINE, isBuild } from './prerendered.mjs';
import { SHIPPED, shippedBytes, bytesPerPosting, bodyBytes, compressedSizes } from './lib/sizes.mjs';
import { splitModules } from './lib/split-modules.mjs';
import { launch, serveCopy, runOnce, KEYS, SEARCH_TEXT, FACET_PAIRS } from './lib/browser.mjs';
import { summarise, evaluateBudgets, markdown } from './lib/report.mjs';
import { runPeers, peersMarkdown } from './peers.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function parseArgs(argv) {
  const opts = { dist: 'dist', runs: 5, quick: false, only: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--dist') opts.dist = value();
    else if (a === '--runs') opts.runs = Number(value());
    else if (a === '--quick') opts.quick = true;
    else if (a === '--only') opts.only = value().split(',');
    else if (a === '--help' || a === '-h') {
      console.log('usage: node bench/bench.mjs [--dist DIR] [--runs N] [--quick] [--only real,1000,10000,peers,prerendered]');
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  if (opts.quick) opts.runs = 1;
  if (!Number.isInteger(opts.runs) || opts.runs < 1) throw new Error('--runs needs a positive integer');
  opts.dist = resolve(ROOT, opts.dist);
  return opts;
}

const log = (...a) => console.error('[bench]', ...a);

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const want = (name) => !opts.only || opts.only.includes(name);
  if (['real', '1000', '10000'].some(want)) await benchWidget(opts, want);
  if (want('prerendered')) {
    // The pre-rendered pages are measured against a build from before them, which ./dev bench
    // builds: without it, a run of everything leaves them out and says so (asked for by --only,
    // they fail with the folder's name).
    if (opts.only || isBuild(BASELINE)) await runPrerendered({ dist: opts.dist, runs: opts.runs, quick: opts.quick });
    else log(`no build of e71e6ff at ${BASELINE}: the pre-rendered pages are left out (./dev bench builds it; bench/README.md)`);
  }
}

/** The widget's own benchmark: shipped bytes, the bundles, and the runs in the browser. */
async function benchWidget(opts, want) {
  const loadBefore = loadavg()[0];
  mkdirSync(OUT, { recursive: true });
  for (const f of [...SHIPPED, 'index.html']) {
    if (!existsSync(join(opts.dist, f))) throw new Error(`${opts.dist}/${f} is missing: build the release first`);
  }

  // Shipped bytes, and the files the accommodation form's loader fetches (its module and the
  // chunk it shares), which its budget applies to.
  const shipped = { ...shippedBytes(opts.dist), formModule: (await splitModules(opts.dist)).accommodation_form ?? [] };
  log(`shipped: ${shipped.total.raw} raw, ${shipped.total.gzip} gzip, ${shipped.total.brotli} brotli; ` +
    `on demand: ${shipped.onDemand.total.gzip} gzip`);

  // The bundles, each published by careers-site as the release publishes a site (the listing
  // and one body file per posting the widget loads, a page per view, the fragments careers.js
  // fetches): the real corpus, and the synthetic content models.
  const bundles = [];
  let corpus = null;
  if (want('real')) {
    const dir = benchSite('real');
    corpus = bytesPerPosting(dir, CORPUS);
    // Every posting of 2023-06 is closed, so the default listing (open postings) shows none: the
    // real corpus is loaded with the status filter on "all".
    bundles.push({ name: 'real', label: `real 2023-06 (${corpus.postings})`, path: dir, postings: corpus.postings,
      query: listingQuery(dir) });
  }
  for (const n of [1000, 10000]) {
    if (!want(String(n))) continue;
    bundles.push({ name: String(n), label: `synthetic ${n.toLocaleString('en')}`, path: benchSite(String(n)), postings: n, query: '' });
  }
  for (const b of bundles) {
    const buf = readFileSync(join(b.path, 'postings.json'));
    // (the peers' pages are built into the site later; the widget never fetches them)
    b.size = compressedSizes(buf, { brotliMax: 16 * 1024 * 1024 });
    b.bytesPerPosting = Math.round(buf.length / b.postings);
    b.bodyBytesPerPosting = Math.round(bodyBytes(b.path) / b.postings);
  }

  // The browser runs.
  const settings = opts.quick ? [1] : [1, 4];
  const browser = await launch();
  const results = [];
  const failures = [];
  try {
    for (const b of bundles) {
      const server = await serveCopy(opts.dist, b.path);
      try {
        for (const throttle of settings) {
          const runs = [];
          for (let r = 0; r < opts.runs; r++) {
            const t = Date.now();
            let run;
            try {
              run = await runOnce(browser, server.url, { throttle, query: b.query });
            } catch (e) {
              log(`${b.label} cpu ${throttle}x run ${r + 1}/${opts.runs} FAILED: ${e.message.split('\n')[0]}`);
              failures.push({ bundle: b.name, throttle, run: r + 1, error: e.message });
              continue;
            }
            runs.push(run);
            const { firstPosting, firstPostingFrom, widgetPosting } = run.load;
            log(`${b.label} cpu ${throttle}x run ${r + 1}/${opts.runs}: first posting ${firstPosting.toFixed(0)} ms (${firstPostingFrom}),` +
              ` the widget's ${widgetPosting.toFixed(0)} ms` +
              ` (${((Date.now() - t) / 1000).toFixed(1)} s)${run.errors.length ? `, page errors: ${run.errors.join('; ')}` : ''}`);
          }
          if (runs.length) results.push({ bundle: b.name, throttle, summary: summarise(runs), runs });
        }
      } finally {
        server.close();
      }
    }
  } finally {
    await browser.close();
  }

  const chromium = execFileSync('/usr/bin/chromium', ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  const report = {
    date: new Date().toISOString(),
    commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).toString().trim(),
    dist: opts.dist,
    distBuilt: statSync(join(opts.dist, 'cds-careers_bg.wasm')).mtime.toISOString(),
    chromium,
    cpus: cpus().length,
    loadAverage: { before: +loadBefore.toFixed(2), after: +loadavg()[0].toFixed(2) },
    runs: opts.runs,
    quick: opts.quick,
    serving: 'a copy of dist in a temporary folder with the site careers-site published from the bundle\'s content (postings.json, postings/, en/, fr/, fragments/, sitemap.xml) in place of the sample\'s, served by scripts/serve.py on 127.0.0.1 (no request interception)',
    searchKeys: { typed: SEARCH_TEXT, keystrokes: KEYS.length },
    facetClicks: FACET_PAIRS * 2,
    seed: SEED,
    shipped,
    corpus,
    bundles: bundles.map(({ name, label, postings, size, bytesPerPosting: bpp, bodyBytesPerPosting, query }) =>
      ({ name, label, postings, size, bytesPerPosting: bpp, bodyBytesPerPosting, query })),
    results,
    failures,
  };
  report.budgets = evaluateBudgets(report);
  // The peers, in the same run, on the same sites, in a browser of their own launch.
  if (want('peers')) {
    report.peers = await runPeers({ dist: opts.dist, bundles, runs: opts.runs, settings });
  }
  const md = markdown(report) + (report.peers ? `\n${peersMarkdown(report.peers, report.bundles)}` : '');
  writeFileSync(join(OUT, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(OUT, 'report.md'), md);
  console.log(md);
  log(`wrote ${join(OUT, 'report.json')} and report.md`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
