// Where a keystroke's time goes: one benchmark run of the 1,000-posting bundle (the 42 keys and
// 12 clicks of bench.mjs) under a Chromium trace, then, from the renderer's main thread:
// how long the `input` event takes (the widget's listener and its reactive effects), how long
// after it the next frame begins, and how many history writes there were and how long they took.
//
//   node bench/trace-keys.mjs [--dist DIR] [--bundle DIR] [--out trace.json]
//
// Needs the bundles bench.mjs publishes (run `./dev bench --quick --only 1000` once).
import { launch, serveCopy, runOnce } from './lib/browser.mjs';
import { median, percentile } from './lib/report.mjs';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const { values: args } = parseArgs({
  options: {
    dist: { type: 'string', default: here('../dist') },
    bundle: { type: 'string', default: here('./out/synthetic-1000') },
    out: { type: 'string', default: here('./out/trace-keys.json') },
  },
});

const browser = await launch();
const server = await serveCopy(args.dist, args.bundle);
await browser.startTracing(undefined, { path: args.out, categories: ['devtools.timeline', 'blink'] });
const run = await runOnce(browser, server.url);
await browser.stopTracing();
server.close();
await browser.close();

const trace = JSON.parse(readFileSync(args.out, 'utf8'));
const events = trace.traceEvents ?? trace;
const isEvent = (e, type) => e.name === 'EventDispatch' && e.args?.data?.type === type;
// The page's main thread: the renderer thread that dispatched the keydowns.
const threads = new Map();
for (const e of events) if (isEvent(e, 'keydown')) threads.set(`${e.pid}/${e.tid}`, (threads.get(`${e.pid}/${e.tid}`) ?? 0) + 1);
const [main] = [...threads].sort((a, b) => b[1] - a[1])[0];
const onMain = events.filter((e) => `${e.pid}/${e.tid}` === main && e.ph === 'X').sort((a, b) => a.ts - b.ts);
const inputs = onMain.filter((e) => isEvent(e, 'input'));
const frames = onMain.filter((e) => e.name === 'WebFrameWidgetImpl::BeginMainFrame');
const writes = onMain.filter((e) => e.name === 'FrameLoader::updateForSameDocumentNavigation');
const toNextFrame = inputs
  .map((i) => frames.find((f) => f.ts >= i.ts + i.dur))
  .map((f, n) => f && (f.ts - (inputs[n].ts + inputs[n].dur)) / 1000)
  .filter((ms) => ms !== undefined);

const figures = (values) =>
  values.length
    ? `median ${median(values).toFixed(1)} ms, p95 ${percentile(values, 95).toFixed(1)} ms, max ${Math.max(...values).toFixed(1)} ms`
    : 'none';
const keys = run.keys.map((k) => k.ms);
console.log(`keystrokes as bench.mjs measures them: ${figures(keys)} (${keys.length})`);
console.log(`input event (listener and effects):    ${figures(inputs.map((e) => e.dur / 1000))} (${inputs.length})`);
console.log(`from its end to the next frame:        ${figures(toNextFrame)}`);
console.log(`history writes:                        ${figures(writes.map((e) => e.dur / 1000))} (${writes.length})`);
console.log(`trace: ${args.out}`);
