// What one history write (history.pushState, replaceState) costs the page's main thread, in
// Chromium driven by Playwright, as every benchmark page is, and in the same Chromium with no
// DevTools attached (`chromium --headless --dump-dom`): whether the harness makes the widget's
// writes dearer than a person's browser does (the widget writes its address on each filter; the
// peers' pages write none; bench/lib/probe.js reports each measure's time in history writes).
// It does not: see bench/README.md, "History writes".
//
//   node bench/history-cost.mjs
//
// One page, served by scripts/serve.py, loaded 5 times in each browser, alternating: 40
// pushState of an address like the widget's back to back, 40 more 10 ms apart (a busy wait in
// the same task, so that the page needs no timer to end before the plain browser prints it),
// and 40 replaceState, each timed with performance.now(); median and p95 of each.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM } from '../tests/browser/chromium.mjs';
import { launch, serveCopy } from './lib/browser.mjs';

const PAGE = `<!doctype html><html lang=en><title>history writes</title><p id=out>pending</p><script src=writes.js></script>`;
const SCRIPT = `
const time = (write, gap) => {
  const times = [];
  for (let i = 0; i < 40; i++) {
    const t0 = performance.now();
    write(i);
    times.push(performance.now() - t0);
    for (const until = performance.now() + gap; performance.now() < until; );
  }
  times.sort((a, b) => a - b);
  return times[20].toFixed(2) + ' / ' + times[37].toFixed(2);
};
const pushed = (gap) => time((i) => history.pushState(null, '', '?careers-status=all&careers-type=term-' + gap + '-' + i), gap);
document.getElementById('out').textContent =
  'pushState back to back ' + pushed(0) + ', 10 ms apart ' + pushed(10) +
  '; replaceState ' + time((i) => history.replaceState(null, '', '?careers-status=all&careers-type=r-' + i), 0);
`;

const ROUNDS = 5;
const dir = mkdtempSync(join(tmpdir(), 'history-cost-'));
writeFileSync(join(dir, 'index.html'), PAGE);
writeFileSync(join(dir, 'writes.js'), SCRIPT);
const server = await serveCopy(dir);
try {
  const url = `${server.url}index.html`;
  const browser = await launch();
  try {
    console.log('ms, median / p95 of 40 writes');
    for (let round = 1; round <= ROUNDS; round++) {
      const dom = execFileSync(CHROMIUM.executablePath, ['--headless', ...CHROMIUM.args, '--dump-dom', url], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
      console.log(`round ${round}, Chromium, no DevTools:     ${/id="out">([^<]*)/.exec(dom)?.[1]}`);
      const page = await browser.newPage();
      await page.goto(url);
      await page.waitForFunction(() => document.getElementById('out').textContent !== 'pending');
      console.log(`round ${round}, Chromium under Playwright: ${await page.textContent('#out')}`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
} finally {
  server.close();
  rmSync(dir, { recursive: true, force: true });
}
