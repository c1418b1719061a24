// One load of a page, in a fresh browser context (empty cache) under one of the conditions, timed
// in the page by bench/lib/probe.js: when the first posting is visible and whose markup it is,
// the takeover, the widget's own first posting, a posting's body, and the search box filtering.
import { PROBE } from './browser.mjs';

/** The conditions a page is loaded under. */
export const CONDITIONS = {
  unthrottled: { label: 'unthrottled' },
  cpu4: { label: 'CPU 4× slower', cpu: 4 },
  // A phone on a slow mobile network (DevTools' "Fast 3G" without its packet-loss factor): the
  // server sends gzip, as a CDN would.
  network: { label: '150 ms, 1.6 Mbit/s', latency: 150, downloadMbps: 1.6, uploadMbps: 0.75 },
};

/**
 * Loads `url` under `condition` and waits for the probe's moments in `waits` (`shown`,
 * `painted`, `live`, `widgetPainted`, `bodyShown`, `searched`: see probe.js), each within
 * `timeout`. With `searchOnLive`, the probe
 * types that text into the widget's search box as soon as the widget's own listing shows.
 * Returns the probe's figures (ms since navigation start) and the page's errors.
 */
export async function loadPage(browser, url, { condition, waits, searchOnLive = null, timeout = 90_000 }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await emulate(cdp, condition);
    await page.addInitScript((config) => {
      window.__benchConfig = config;
    }, { searchOnLive });
    await page.addInitScript(PROBE);
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(url, { waitUntil: 'commit' });
    for (const moment of waits) {
      await within(timeout, page.evaluate((m) => window.__bench[m], moment), `"${moment}" of ${url}`);
    }
    return { ...(await page.evaluate(figures)), errors };
  } finally {
    await context.close();
  }
}

async function emulate(cdp, condition) {
  if (condition.cpu) await cdp.send('Emulation.setCPUThrottlingRate', { rate: condition.cpu });
  if (condition.latency) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: condition.latency,
      downloadThroughput: (condition.downloadMbps * 1e6) / 8,
      uploadThroughput: (condition.uploadMbps * 1e6) / 8,
    });
  }
}

async function within(ms, promise, what) {
  let timer;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no ${what} within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** In the page: the probe's figures, and what had been received by the first posting (the
 * document, and every other response complete by then; transfer sizes include headers). */
function figures() {
  const b = window.__bench;
  const [document] = performance.getEntriesByType('navigation');
  const before = performance.getEntriesByType('resource').filter((e) => e.responseEnd <= b.firstPosting);
  return {
    firstPosting: b.firstPosting,
    firstPostingFrom: b.firstPostingFrom,
    firstPostingPainted: b.firstPostingPainted,
    takeover: b.takeover,
    widgetPosting: b.widgetPosting,
    widgetPostingPainted: b.widgetPostingPainted,
    bodyVisible: b.bodyVisible,
    searchTyped: b.searchTyped,
    searchFiltered: b.searchFiltered,
    receivedBeforeFirstPosting: [document, ...before].reduce((n, e) => n + e.transferSize, 0),
    filesBeforeFirstPosting: [document, ...before].map((e) => new URL(e.name).pathname),
  };
}
