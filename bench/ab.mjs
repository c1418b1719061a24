// Two or more builds compared on one bundle, their runs alternating so that the machine's state
// (this 2-core VM's speed drifts by 20 % and more between passes) weighs on each alike. Each run
// is a full run of the benchmark (bench/lib/browser.mjs: the same probe, keystrokes and clicks);
// it prints, per build, the medians over runs of the first posting, of the keystroke and
// click p95, and of the memory after load (heap + wasm). Reports nothing to bench/out/.
//
//   node bench/ab.mjs --bundle bench/out/corpus-2023-06 --query '?careers-status=all' --runs 9 DIST_A DIST_B
//   node bench/ab.mjs --bundle bench/out/synthetic-1000 --runs 6 DIST_A DIST_B
//   node bench/ab.mjs --bundle bench/out/synthetic-1000 --runs 6 --throttle 4 DIST_A DIST_B   # CPU 4× slower
//
// The bundles are the published folders bench.mjs writes to bench/out/ (run it once first).
import { launch, serveCopy, runOnce } from './lib/browser.mjs';
import { median, percentile } from './lib/report.mjs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    bundle: { type: 'string' },
    query: { type: 'string', default: '' },
    runs: { type: 'string', default: '6' },
    throttle: { type: 'string', default: '1' },
  },
});
const opts = { ...values, runs: Number(values.runs), throttle: Number(values.throttle), dists: positionals.map((d) => resolve(d)) };
if (!opts.bundle || opts.dists.length < 2 || !(opts.runs >= 1) || !(opts.throttle >= 1)) {
  console.error('usage: node bench/ab.mjs --bundle DIR [--query Q] [--runs N] [--throttle RATE] DIST_A DIST_B [...]');
  process.exit(2);
}
opts.bundle = resolve(opts.bundle);

const browser = await launch();
const servers = await Promise.all(opts.dists.map((d) => serveCopy(d, opts.bundle)));
const figures = opts.dists.map(() => ({ first: [], keyP95: [], clickP95: [], memory: [] }));
try {
  for (let r = 0; r < opts.runs; r++) {
    for (let i = 0; i < opts.dists.length; i++) {
      const run = await runOnce(browser, servers[i].url, { query: opts.query, throttle: opts.throttle });
      figures[i].first.push(run.load.firstPosting);
      figures[i].memory.push(run.memory.total);
      figures[i].keyP95.push(percentile(run.keys.map((k) => k.ms), 95));
      if (run.clicks.length) figures[i].clickP95.push(percentile(run.clicks.map((c) => c.ms), 95));
    }
  }
} finally {
  servers.forEach((s) => s.close());
  await browser.close();
}
const ms = (xs) => (xs.length ? `${median(xs).toFixed(1)} ms` : '–');
opts.dists.forEach((d, i) => {
  const f = figures[i];
  console.log(`${d}: first posting ${ms(f.first)}, keystroke p95 ${ms(f.keyP95)}, click p95 ${ms(f.clickP95)}, heap + wasm ${(median(f.memory) / 1048576).toFixed(1)} MB (medians of ${opts.runs} runs)`);
});
