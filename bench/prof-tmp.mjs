// temporary: CPU profile of facet clicks (and keys) on a names build
import { launch, serveCopy, measuredPage, KEYS, FACET_PAIRS } from './lib/browser.mjs';
import { writeFileSync } from 'node:fs';
const [dist, bundle, what = 'clicks', throttle = '1', reps = '3'] = process.argv.slice(2);
const browser = await launch();
const server = await serveCopy(dist, bundle);
const { context, page, cdp } = await measuredPage(browser, { throttle: Number(throttle) });
page.on('response', (r) => { if (r.status() >= 400) console.log('404', r.url()); });
page.on('console', (m) => console.log('console:', m.text().slice(0, 300))); page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.goto(`${server.url}index.html`, { waitUntil: 'commit' });
await page.evaluate(() => window.__bench.shown);
await page.evaluate(() => window.__bench.live);
const measured = (n) => page.evaluate((n) => { if (window.__bench.seq !== n) throw new Error('seq'); return window.__bench.pending; }, n);
let seq = 0;
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
await cdp.send('Profiler.start');
const times = [];
for (let r = 0; r < Number(reps); r++) {
  if (what === 'keys') {
    await page.locator('#cds-careers-search').focus();
    for (const key of KEYS) { await page.keyboard.press(key); times.push((await measured(++seq)).ms); }
  } else {
    const ids = await page.$$eval('.cds-careers__filters input[type=checkbox]', (els) => els.map((e) => e.id));
    for (let i = 0; i < FACET_PAIRS; i++) {
      const id = ids[Math.floor((i * ids.length) / FACET_PAIRS) % ids.length];
      await page.click(`[id="${id}"]`); times.push((await measured(++seq)).ms);
      await page.click('.cds-careers__filters input[type=checkbox]:checked'); times.push((await measured(++seq)).ms);
    }
  }
}
const { profile } = await cdp.send('Profiler.stop');
writeFileSync('/tmp/prof/profile.cpuprofile', JSON.stringify(profile));
console.log('times', times.map((t) => t.toFixed(1)).join(' '));
// self time per function, and inclusive time
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
const self = new Map(), incl = new Map();
const dt = profile.timeDeltas; let total = 0;
for (let i = 0; i < profile.samples.length; i++) {
  const d = (dt[i + 1] ?? 0) / 1000; const id = profile.samples[i];
  const n = byId.get(id); const name = n.callFrame.functionName || `(${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber})`;
  if (name === '(idle)' || name === '(program)') continue;
  total += d;
  self.set(name, (self.get(name) ?? 0) + d);
  const seen = new Set();
  for (let x = id; x !== undefined; x = parent.get(x)) { const m = byId.get(x); const nm = m.callFrame.functionName || '(anon)'; if (!seen.has(nm)) { seen.add(nm); incl.set(nm, (incl.get(nm) ?? 0) + d); } }
}
console.log('total busy ms', total.toFixed(1));
const top = (m, k) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([n, v]) => `${v.toFixed(1).padStart(7)}  ${n.slice(0, 140)}`).join('\n');
console.log('--- self\n' + top(self, 45));
console.log('--- inclusive\n' + top(incl, 60));
await context.close(); server.close(); await browser.close();
