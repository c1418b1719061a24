import { launch, serveCopy } from './lib/browser.mjs';
import { listingQuery } from './lib/site.mjs';
const [dist, bundle] = process.argv.slice(2);
const browser = await launch();
const server = await serveCopy(dist, bundle);
const page = await browser.newPage();
await page.goto(`${server.url}index.html${listingQuery(bundle)}`);
await page.waitForSelector('.cds-careers__filters input[type=checkbox]');
await page.waitForTimeout(1500);
const r = await page.evaluate(() => {
  const root = document.querySelector('#cds-careers') || document.body;
  const count = (el) => { const c = { el: 0, text: 0, comment: 0, hiddenEl: 0 }; const w = document.createTreeWalker(el, NodeFilter.SHOW_ALL); let n; while ((n = w.nextNode())) { if (n.nodeType === 1) { c.el++; if (n.hidden) c.hiddenEl++; } else if (n.nodeType === 3) c.text++; else if (n.nodeType === 8) c.comment++; } return c; };
  const out = { body: count(document.body) };
  for (const sel of ['.cds-careers__filters', '.cds-careers__results', 'ol', 'ul']) { const e = document.querySelector(sel); if (e) out[sel] = count(e); }
  out.checkboxes = document.querySelectorAll('.cds-careers__filters input[type=checkbox]').length;
  const li = document.querySelector('ol li, .cds-careers__results li'); out.row = li && li.outerHTML;
  return out;
});
console.log(JSON.stringify(r, null, 1));
server.close(); await browser.close();
