// Issue 16: when is the widget live on a pre-rendered page, today (render off the page, swap in)
// and hydrating? Usage:
//   node bench/experiments/hydrate-bench.mjs BASE_URL HYDRATE_URL [LOADS=9] [PATH...]
// BASE_URL serves today's build (runs/dist-base), HYDRATE_URL the hydrate build (dist). For each
// path and CPU rate (1, then 4 with CDP Emulation.setCPUThrottlingRate), LOADS loads of each
// build, alternating, each in a new browser context. Times are ms from navigation start
// (performance.timeOrigin):
//   today:   "live" = the MutationObserver callback that sees careers.js replace the pre-rendered
//            root with the widget's and the stage gone (the microtask right after the rAF callback
//            that does `host.replaceChildren(fresh); delete host.cdsCareersStage`).
//   hydrate: "live" = performance.mark('cds-careers-hydrated'), right after hydrate_from returns;
//            "hydrate" = that minus the mark 'cds-careers-hydrate-start' just before it.
// Both: "fcp" (first-contentful-paint). After each load the script checks the widget works: on
// the listing, typing "zzzq" in #cds-careers-search must give "0 job postings found"; on a
// posting, the body must be shown.
import { chromium } from '@playwright/test';
import { CHROMIUM } from '../../tests/browser/chromium.mjs';

const [base, hydrate, loadsArg = '9', ...pathsArg] = process.argv.slice(2);
const LOADS = Number(loadsArg);
const PATHS = pathsArg.length ? pathsArg : ['/en/', '/en/head-of-partnerships/'];
const RATES = [1, 4];

const OBSERVE_SWAP = () => {
  let initial = null;
  const observer = new MutationObserver(() => {
    const host = document.querySelector('[data-cds-careers]');
    const root = host?.querySelector(':scope > .cds-careers');
    if (!root) return;
    if (!initial) {
      initial = root;
      return;
    }
    if (root !== initial && !('cdsCareersStage' in host)) {
      performance.mark('cds-careers-swapped');
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
};

const browser = await chromium.launch(CHROMIUM);

async function load(build, url, rate, path) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.addInitScript(OBSERVE_SWAP);
  const liveMark = build === 'hydrate' ? 'cds-careers-hydrated' : 'cds-careers-swapped';
  await page.goto(url + path);
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, liveMark, { timeout: 30000 });
  const t = await page.evaluate((name) => {
    const at = (n) => performance.getEntriesByName(n)[0]?.startTime;
    return { live: at(name), start: at('cds-careers-hydrate-start'), fcp: at('first-contentful-paint') };
  }, liveMark);
  // The widget works.
  let ok;
  if (path.split('/').filter(Boolean).length === 1) {
    await page.fill('#cds-careers-search', 'zzzq');
    ok = await page
      .waitForFunction(() => document.querySelector('#cds-careers-count')?.textContent.startsWith('0 '), null, { timeout: 5000 })
      .then(() => true, () => false);
  } else {
    ok = (await page.locator('.cds-careers__body > *').count()) > 0;
  }
  await context.close();
  if (!ok || errors.length) throw new Error(`${build} ${path} rate ${rate}: works=${ok} errors=${errors}`);
  return { live: t.live, hydrate: t.start === undefined ? undefined : t.live - t.start, fcp: t.fcp };
}

const median = (xs) => {
  const s = xs.filter((x) => x !== undefined).sort((a, b) => a - b);
  if (!s.length) return undefined;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const f = (x) => (x === undefined ? '–' : x.toFixed(1));

const rows = [];
for (const path of PATHS) {
  for (const rate of RATES) {
    const runs = { today: [], hydrate: [] };
    // One warm-up load of each, not counted.
    await load('today', base, rate, path);
    await load('hydrate', hydrate, rate, path);
    for (let i = 0; i < LOADS; i++) {
      // Alternating, and which goes first alternates too.
      const order = i % 2 ? ['hydrate', 'today'] : ['today', 'hydrate'];
      for (const build of order) runs[build].push(await load(build, build === 'today' ? base : hydrate, rate, path));
    }
    for (const build of ['today', 'hydrate']) {
      const r = runs[build];
      const row = {
        path,
        cpu: `${rate}x`,
        build,
        'live (median ms)': f(median(r.map((x) => x.live))),
        'live min–max': `${f(Math.min(...r.map((x) => x.live)))}–${f(Math.max(...r.map((x) => x.live)))}`,
        'hydrate_from (median ms)': f(median(r.map((x) => x.hydrate))),
        'fcp (median ms)': f(median(r.map((x) => x.fcp))),
        loads: r.length,
      };
      rows.push(row);
      console.log(JSON.stringify(row), 'all live:', r.map((x) => f(x.live)).join(' '));
    }
  }
}
console.table(rows);
await browser.close();
