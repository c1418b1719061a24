// The first posting on a host page that has nothing but the embed snippet (no preload links), or
// with `--page site` on the site's listing page (`en/`), whoever shows it (the fragment careers.js
// fetches, or the widget: see bench/lib/probe.js), and the widget's own, under an emulated network
// (DevTools protocol `Network.emulateNetworkConditions`), for one or more builds loaded
// alternately. Latency is what the page's chain of requests pays for: each file that is asked for
// only once another has arrived costs a round trip.
//
//   node bench/latency.mjs [--latency 150] [--mbps 20] [--runs 5] [--page snippet|site] [--bundle DIR] DIST [DIST…]
//
// The bundle is a published folder bench.mjs writes to bench/out/ (run it once first); the real
// corpus is loaded with `?careers-status=all` (it has no open posting). Reports nothing to
// bench/out/.
import { launch, serveCopy, PROBE } from './lib/browser.mjs';
import { median } from './lib/report.mjs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    latency: { type: 'string', default: '150' },
    mbps: { type: 'string', default: '20' },
    runs: { type: 'string', default: '5' },
    page: { type: 'string', default: 'snippet' },
    bundle: { type: 'string', default: here('./out/corpus-2023-06') },
  },
});
if (positionals.length < 1 || !['snippet', 'site'].includes(values.page)) {
  console.error('usage: node bench/latency.mjs [--latency MS] [--mbps N] [--runs N] [--page snippet|site] [--bundle DIR] DIST [DIST…]');
  process.exit(2);
}
// The embed snippet of the README and nothing else.
const HOST = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head>
<body><main><div data-cds-careers data-bundle="../postings.json"></div></main>
<script type="module" src="../careers.js"></script></body></html>`;
const network = {
  offline: false,
  latency: Number(values.latency),
  downloadThroughput: (Number(values.mbps) * 1e6) / 8,
  uploadThroughput: (Number(values.mbps) * 1e6) / 8,
};

const browser = await launch();
const dists = positionals.map((d) => resolve(d));
const servers = await Promise.all(dists.map((d) => serveCopy(d, resolve(values.bundle))));
const firsts = dists.map(() => []);
const widgets = dists.map(() => []);
try {
  for (let run = 0; run < Number(values.runs); run++) {
    for (let i = 0; i < dists.length; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', network);
      await page.route(/\/demo\/host-only-snippet\.html/, (r) => r.fulfill({ contentType: 'text/html', body: HOST }));
      await page.addInitScript(PROBE);
      const path = values.page === 'site' ? 'en/index.html' : 'demo/host-only-snippet.html';
      await page.goto(`${servers[i].url}${path}?careers-status=all`, { waitUntil: 'commit' });
      await page.evaluate(() => window.__bench.live);
      firsts[i].push(await page.evaluate(() => window.__bench.firstPosting));
      widgets[i].push(await page.evaluate(() => window.__bench.widgetPosting));
      await context.close();
    }
  }
} finally {
  for (const s of servers) s.close();
  await browser.close();
}
console.log(`${values.page === 'site' ? "the site's listing page" : 'a host page with the snippet only'}, ` +
  `${values.latency} ms latency, ${values.mbps} Mbit/s, ${values.runs} runs each (files served uncompressed):`);
dists.forEach((d, i) =>
  console.log(`${d}: first posting ${median(firsts[i]).toFixed(0)} ms (median; ${firsts[i].map((x) => x.toFixed(0)).join(', ')}), ` +
    `the widget's ${median(widgets[i]).toFixed(0)} ms`),
);
