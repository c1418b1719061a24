// Runs one bundle in headless Chromium (Debian's /usr/bin/chromium through Playwright) and
// measures load, search keystrokes, filter clicks and memory, all in the page.
import { chromium } from 'playwright';
import { CHROMIUM } from '../../tests/browser/chromium.mjs';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, readFileSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SITE_FILES } from './site.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The probe (probe.js), after the recorder of the page's wasm memories it reads. */
export const PROBE =
  readFileSync(join(ROOT, 'tests/browser/wasm-memories.js'), 'utf8') + readFileSync(join(ROOT, 'bench/lib/probe.js'), 'utf8');

/** The fixed keystroke sequence: "developpeur principal" typed, then erased, one key at a time. */
export const SEARCH_TEXT = 'developpeur principal';
export const KEYS = [...SEARCH_TEXT.split(''), ...Array(SEARCH_TEXT.length).fill('Backspace')];
/** Filter clicks: FACET_PAIRS checkboxes, each clicked on then off. */
export const FACET_PAIRS = 6;

/**
 * Headless Chromium as the browser suite starts it, with precise `performance.memory` and an
 * eager `performance.measureUserAgentSpecificMemory()` (without the flag it answers at the next
 * garbage collection the browser chooses, up to 20 s later).
 */
export async function launch() {
  return chromium.launch({
    ...CHROMIUM,
    headless: true,
    args: [...CHROMIUM.args, '--enable-precise-memory-info', '--enable-blink-features=ForceEagerMeasureMemory'],
  });
}

/**
 * A copy of `dist` in a temporary folder with the site published in `published` in place of
 * the sample's: dist's own postings.json, postings/, en/, fr/, fragments/ and sitemap.xml are
 * removed, and every entry of `published` is linked in (a symbolic link: the site of 10,000
 * postings is over a gigabyte). Without `published`, dist as it is. Returns { dir, remove }.
 */
export function siteCopy(dist, published = null) {
  const dir = mkdtempSync(join(tmpdir(), 'cds-bench-'));
  cpSync(dist, dir, { recursive: true });
  const remove = () => rmSync(dir, { recursive: true, force: true });
  if (!published) return { dir, remove };
  for (const name of SITE_FILES) rmSync(join(dir, name), { recursive: true, force: true });
  for (const name of readdirSync(published)) {
    rmSync(join(dir, name), { recursive: true, force: true });
    symlinkSync(join(published, name), join(dir, name));
  }
  return { dir, remove };
}

/**
 * Serves `siteCopy(dist, published)` with scripts/serve.py on a free port of 127.0.0.1 (the
 * strict CSP a host sends, no compression); `isolated`, cross-origin isolated as well (see
 * `pageMemory`). Returns { url, dir (the folder served), close }.
 */
export async function serveCopy(dist, published, { isolated = false } = {}) {
  const copy = siteCopy(dist, published);
  const env = { ...process.env, ...(isolated ? { SERVE_ISOLATED: '1' } : {}) };
  const child = spawn('python3', [join(ROOT, 'scripts/serve.py'), copy.dir, '0'], { stdio: ['ignore', 'pipe', 'inherit'], env });
  const url = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/at (http:\/\/127\.0\.0\.1:\d+\/)/);
      if (m) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`serve.py exited ${code}`)));
  });
  return {
    url,
    dir: copy.dir,
    close: () => {
      child.kill();
      copy.remove();
    },
  };
}

/**
 * The page's whole memory, as far as the browser can attribute it to the page: its JavaScript and
 * its DOM, from `performance.measureUserAgentSpecificMemory()` (only in a cross-origin isolated
 * page: `serveCopy(…, { isolated: true })`), plus `wasm`, the bytes of its wasm memories, which
 * that measure leaves out. Call it after a garbage collection. Returns { page, dom } in bytes, or
 * nulls where the page is not isolated.
 */
export async function pageMemory(page, wasm) {
  const measured = await page.evaluate(async () => {
    if (!self.crossOriginIsolated || !performance.measureUserAgentSpecificMemory) return null;
    const m = await performance.measureUserAgentSpecificMemory();
    const dom = m.breakdown.filter((b) => b.types.includes('DOM')).reduce((n, b) => n + b.bytes, 0);
    return { bytes: m.bytes, dom };
  });
  return measured ? { page: measured.bytes + wasm, dom: measured.dom } : { page: null, dom: null };
}

/** The measurement the last key or click started (number `seq`), once it ends. */
const measured = (page, seq) =>
  page.evaluate((n) => {
    if (window.__bench.seq !== n) throw new Error(`expected measurement ${n}, the page has ${window.__bench.seq}`);
    return window.__bench.pending;
  }, seq);

const nextFrames = (page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));

/**
 * A fresh browser context and page, as every measured run uses: 1280 × 900, the probe added, CPU
 * throttled by `throttle`, page errors collected. The caller closes `context`.
 */
export async function measuredPage(browser, { throttle = 1, timeout = 180_000 } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(timeout);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Runtime.enable');
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.addInitScript(PROBE);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return { context, page, cdp, errors };
}

/**
 * One run: a fresh browser context, optionally CPU-throttled, loads the page and measures.
 * Returns the raw figures of that run.
 */
export async function runOnce(browser, url, { throttle = 1, timeout = 180_000, query = '' } = {}) {
  const { context, page, cdp, errors } = await measuredPage(browser, { throttle, timeout });
  try {
    await page.goto(`${url}index.html${query}`, { waitUntil: 'commit' });
    // Awaits the probe's promises: nothing of Playwright's runs in the page while it loads (a
    // waitForFunction would inject Playwright's script and poll every frame, on the same main
    // thread as the widget, and delay what it measures). The first posting may be pre-rendered
    // markup (the fragment careers.js fetches); what follows needs the widget's own.
    await page.evaluate(() => window.__bench.shown);
    await page.evaluate(() => window.__bench.live);
    const load = await page.evaluate(() => {
      const bundle = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/postings.json'));
      const wasm = performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'));
      const { firstPosting, firstPostingFrom, widgetPosting, takeover } = window.__bench;
      return {
        firstPosting,
        firstPostingFrom,
        widgetPosting,
        takeover,
        bundleResponseEnd: bundle ? bundle.responseEnd : null,
        wasmResponseEnd: wasm ? wasm.responseEnd : null,
      };
    });
    await nextFrames(page);

    // Memory after load, after a full garbage collection.
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const wasm = await page.evaluate(() => window.__bench.wasmMemoryBytes());
    const dom = await cdp.send('Memory.getDOMCounters').catch(() => null);
    const perfMem = await page.evaluate(() => (performance.memory ? performance.memory.usedJSHeapSize : null));
    const resultEntries = await page.locator('.cds-careers__result:not([hidden])').count();
    const memory = {
      jsHeapUsed: heap.usedSize,
      jsHeapTotal: heap.totalSize,
      usedJSHeapSize: perfMem,
      wasmMemory: wasm,
      total: heap.usedSize + wasm,
      domNodes: dom ? dom.nodes : null,
      jsEventListeners: dom ? dom.jsEventListeners : null,
    };

    // Search keystrokes, each awaited in the page before the next.
    const search = page.locator('#cds-careers-search');
    await search.focus();
    const keys = [];
    let seq = 0;
    for (const key of KEYS) {
      await page.keyboard.press(key);
      keys.push(await measured(page, ++seq));
    }

    // Filter clicks: spread over the checkboxes there are after load, each on then off.
    const ids = await page.$$eval('.cds-careers__filters input[type=checkbox]', (els) => els.map((e) => e.id));
    const clicks = [];
    if (ids.length) {
      for (let i = 0; i < FACET_PAIRS; i++) {
        const id = ids[Math.floor((i * ids.length) / FACET_PAIRS) % ids.length];
        await page.click(`[id="${id}"]`);
        clicks.push(await measured(page, ++seq));
        await page.click('.cds-careers__filters input[type=checkbox]:checked');
        clicks.push(await measured(page, ++seq));
      }
    }
    // The harness's floor: the same measurement for a click whose listener changes one text node
    // and nothing else (a checkbox the harness adds to the filters after the widget's clicks).
    // No figure can be below it: with nothing to do, the frame still comes that long after the input.
    const floor = [];
    if (ids.length) {
      await page.evaluate(() => {
        const box = Object.assign(document.createElement('input'), { type: 'checkbox', id: 'bench-floor' });
        const text = Object.assign(document.createElement('span'), { textContent: '0' });
        box.addEventListener('change', () => (text.textContent = String(Number(text.textContent) + 1)));
        document.querySelector('.cds-careers__filters').prepend(box, text);
      });
      for (let i = 0; i < 2 * FACET_PAIRS; i++) {
        await page.click('#bench-floor');
        floor.push(await measured(page, ++seq));
      }
    }
    return { load, memory, resultEntries, keys, clicks, floor, errors };
  } finally {
    await context.close();
  }
}
