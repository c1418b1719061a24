// Where a keystroke's time goes: one benchmark run of the 1,000-posting bundle (the 42 keys and
// 12 clicks of bench.mjs) under a Chromium trace, then, from the renderer's main thread:
// how long the `input` event takes (the widget's listener and its reactive effects), how long
// after it the next frame begins, how many history writes there were and how long they took;
// and, for each keystroke and click, how much of its measured window (from its keydown or click
// to the animation frame that ends the measurement) is style and layout the browser forces
// before that frame: after the `input` event the editor brings layout up to date to place the
// caret, and after a click the browser does it to hit-test the pointer, so the rows' new text is
// laid out inside the window in both. Then the task after that frame in which the rows past
// the first screen follow, and the time from the keydown or click to its end (every row written;
// their layout comes with the next frame).
//
//   node bench/trace-keys.mjs [--dist DIR] [--bundle DIR] [--out trace.json] [--throttle RATE]
//
// Needs the bundles bench.mjs publishes (run `./dev bench --quick --only 1000` once). A bundle
// with no open posting (the real corpus, bench/out/corpus-2023-06) is listed with every status,
// as bench.mjs lists it.
import { launch, serveCopy, runOnce } from './lib/browser.mjs';
import { listingQuery } from './lib/site.mjs';
import { median, percentile } from './lib/report.mjs';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const { values: args } = parseArgs({
  options: {
    dist: { type: 'string', default: here('../dist') },
    bundle: { type: 'string', default: here('./out/synthetic-1000') },
    out: { type: 'string', default: here('./out/trace-keys.json') },
    throttle: { type: 'string', default: '1' },
  },
});

const browser = await launch();
const [dist, bundle] = [resolve(args.dist), resolve(args.bundle)];
const server = await serveCopy(dist, bundle);
await browser.startTracing(undefined, { path: args.out, categories: ['devtools.timeline', 'blink'] });
const run = await runOnce(browser, server.url, { throttle: Number(args.throttle), query: listingQuery(bundle) });
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
const animationFrames = onMain.filter((e) => e.name === 'FireAnimationFrame');
const timers = onMain.filter((e) => e.name === 'TimerFire');
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

// Each measured window: from the keydown (or click) to the first animation frame after the
// `input` (or `change`) event it caused, as the probe ends it; inside it, the style, layout and
// pre-paint the browser did before that frame (outermost events only: the editor's
// `Document::UpdateStyleAndLayout`, the mouse release's `RunStyleAndLayoutLifecyclePhases` and
// `PrePaint`).
const LIFECYCLE = new Set(['Document::UpdateStyleAndLayout', 'LocalFrameView::RunStyleAndLayoutLifecyclePhases', 'PrePaint']);
const forcedIn = (from, to) => {
  let end = -Infinity;
  let ms = 0;
  for (const e of onMain) {
    if (!LIFECYCLE.has(e.name) || e.ts < from || e.ts + e.dur > to || e.ts < end) continue;
    ms += e.dur / 1000;
    end = e.ts + e.dur;
  }
  return ms;
};
const windows = (startType, eventType) => {
  const starts = onMain.filter((e) => isEvent(e, startType));
  return starts.flatMap((start, n) => {
    const next = starts[n + 1]?.ts ?? Infinity;
    const caused = onMain.find((e) => isEvent(e, eventType) && e.ts > start.ts && e.ts < next);
    const frame = caused && animationFrames.find((f) => f.ts > caused.ts + caused.dur);
    if (!frame) return [];
    // The rows past the first screen follow in a task after that frame (a timer the widget sets
    // in its animation frame): the longest timer task between it and the frame after is theirs.
    const following = frames.find((f) => f.ts > frame.ts)?.ts ?? next;
    const later = timers
      .filter((t) => t.ts > frame.ts && t.ts < Math.min(following, next))
      .reduce((longest, t) => (!longest || t.dur > longest.dur ? t : longest), null);
    return [{
      ms: (frame.ts - start.ts) / 1000,
      forced: forcedIn(start.ts, frame.ts),
      later: later ? later.dur / 1000 : 0,
      allRows: later ? (later.ts + later.dur - start.ts) / 1000 : (frame.ts - start.ts) / 1000,
    }];
  });
};
// The widget's clicks come first; the harness's floor clicks (bench/lib/browser.mjs) after them.
const measuredWindows = [
  ['keystroke', windows('keydown', 'input').slice(0, run.keys.length)],
  ['facet click', windows('click', 'change').slice(0, run.clicks.length)],
];
for (const [label, w] of measuredWindows) {
  const slowest = [...w].sort((a, b) => b.ms - a.ms).slice(0, Math.max(1, Math.ceil(w.length / 20)));
  console.log(`${`${label} window (keydown/click to frame):`.padEnd(38)} ${figures(w.map((x) => x.ms))} (${w.length})`);
  console.log(`${'  of it, style, layout, pre-paint:'.padEnd(38)} ${figures(w.map((x) => x.forced))}; in the slowest 5 %: ${slowest.map((x) => `${x.forced.toFixed(1)} of ${x.ms.toFixed(1)} ms`).join(', ')}`);
  console.log(`${'  after the frame, the later rows:'.padEnd(38)} ${figures(w.map((x) => x.later))}`);
  console.log(`${'  keydown/click to every row written:'.padEnd(38)} ${figures(w.map((x) => x.allRows))}`);
}
console.log(`trace: ${args.out}`);
