// How long a letter typed soon after the widget goes live waits for its answer, while the search
// refinements may still be preparing ranking: for each build and each delay, the site's English
// listing is loaded, and `delay` ms after the widget is live the search box gets "e" (a letter in
// nearly every posting, so its ranking reads nearly every title and summary); printed: the time
// from then (not from when the page could run the typing) to the first change of the listing,
// three rounds, builds alternating.
//
//   node bench/early-key.mjs BUNDLE DELAYS THROTTLE DIST_A [DIST_B ...]
//   node bench/early-key.mjs bench/out/synthetic-10000 0,100,200,400,800 1 OLD NEW
import { launch, measuredPage, serveCopy } from './lib/browser.mjs';
import { resolve } from 'node:path';
const [bundle, delays, throttle, ...dists] = process.argv.slice(2);
const browser = await launch();
const servers = await Promise.all(dists.map((d) => serveCopy(resolve(d), resolve(bundle))));
const out = {};
for (let round = 0; round < 3; round++) {
  for (const [i, d] of dists.entries()) {
    for (const delay of delays.split(',').map(Number)) {
      const { context, page } = await measuredPage(browser, { throttle: Number(throttle), timeout: 60000 });
      await page.goto(servers[i].url + 'en/index.html', { waitUntil: 'commit' });
      await page.evaluate(() => window.__bench.live);
      const ms = await page.evaluate((delay) => new Promise((res) => { const start = performance.now(); setTimeout(() => {
        const input = document.getElementById('cds-careers-search');
        const layout = document.querySelector('.cds-careers__layout') || document.body;
        const t0 = start + delay;
        const obs = new MutationObserver(() => { obs.disconnect(); res(performance.now() - t0); });
        obs.observe(layout, { childList: true, subtree: true, characterData: true });
        input.value = 'e';
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }, delay); }), delay);
      (out[`${d} +${delay}`] ??= []).push(ms.toFixed(1));
      await context.close();
    }
  }
}
console.log(out);
for (const s of servers) s.close();
await browser.close();
