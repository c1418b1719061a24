// Each keystroke and facet click of benchmark runs, one by one: which keys are slow, not only
// the p95 of all of them. Runs the 42 keys and 12 clicks of bench/lib/browser.mjs on one bundle
// and prints, per run, each key (⌫ for Backspace) with its milliseconds, then the clicks'.
//
//   node bench/keys.mjs [--dist DIR] [--bundle DIR] [--runs N]
//
// Needs the bundles bench.mjs publishes (run `./dev bench --quick --only 1000` once).
import { launch, serveCopy, runOnce, KEYS } from './lib/browser.mjs';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const { values: args } = parseArgs({
  options: {
    dist: { type: 'string', default: here('../dist') },
    bundle: { type: 'string', default: here('./out/synthetic-1000') },
    runs: { type: 'string', default: '3' },
  },
});

const browser = await launch();
const server = await serveCopy(args.dist, args.bundle);
try {
  for (let r = 0; r < Number(args.runs); r++) {
    const run = await runOnce(browser, server.url);
    console.log(run.keys.map((k, i) => `${KEYS[i] === 'Backspace' ? '⌫' : KEYS[i]}${k.ms.toFixed(0)}`).join(' '));
    console.log(`clicks ${run.clicks.map((c) => c.ms.toFixed(0)).join(' ')}`);
  }
} finally {
  server.close();
  await browser.close();
}
