// How much of its stack the widget's wasm uses, to check the stack size set in
// .cargo/config.toml (`-zstack-size`). The stack is the first region of the wasm memory and grows
// down from its size towards address 0; memory starts zeroed, so the lowest non-zero byte below
// the stack's top is how deep the stack has been (a slight under-count where a frame's deepest
// bytes were only ever written with zeros).
//
// usage: node bench/stack-use.mjs [--dist DIR] [--bundle PUBLISHED_SITE]
// It loads the listing, searches, filters and opens a posting; then loads a posting's
// accommodation form from its address and switches language; then loads a posting whose body is
// nested as deep as the JSON reader accepts (the deepest the widget ever reads and renders). It
// prints the deepest use so far after each step (a page loaded anew starts again from zero).
import { parseArgs } from 'node:util';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launch, serveCopy, measuredPage } from './lib/browser.mjs';
import { deepestBody } from '../tests/browser/deepest-body.mjs';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    bundle: { type: 'string', default: 'bench/out/synthetic-1000' },
  },
});

const browser = await launch();
const server = await serveCopy(resolve(values.dist), resolve(values.bundle));
try {
  const { context, page, errors } = await measuredPage(browser, { timeout: 30_000 });
  const top = stackTop(resolve(values.dist));
  const used = () =>
    page.evaluate((top) => {
      // Every module of the widget shares the main module's memory.
      const bytes = new Uint8Array(window.__bench.wasmMemories()[0].buffer, 0, top);
      let low = 0;
      while (low < top && bytes[low] === 0) low++;
      return top - low;
    }, top);
  const step = async (what) => console.log(`${what}: ${((await used()) / 1024).toFixed(1)} KB of ${top / 1024} KB`);

  await page.goto(`${server.url}index.html?careers-status=all`);
  const first = page.locator('.cds-careers__result:not([hidden]) .cds-careers__result-title a').first();
  await first.waitFor();
  await step('listing shown');
  const count = page.locator('.cds-careers__count');
  const counted = async (act) => {
    const before = await count.textContent();
    await act();
    await page.waitForFunction((b) => document.querySelector('.cds-careers__count')?.textContent !== b, before);
  };
  await counted(() => page.fill('#cds-careers-search', 'accessibility specialist'));
  const facet = page.locator('.cds-careers__filters input[type=checkbox]').first();
  await counted(() => facet.check());
  await counted(() => facet.uncheck());
  await first.waitFor();
  await step('searched and filtered');
  await first.click();
  await page.locator('.cds-careers__body').first().waitFor();
  await step('posting opened');
  // The accommodation form of the first posting that offers one, opened from its address.
  const listing = JSON.parse(readFileSync(resolve(values.bundle, 'postings.json'), 'utf8'));
  const withForm = listing.postings.find((p) => p.status.form && p.status.open);
  if (withForm) {
    await page.goto(`${server.url}index.html?careers-posting=${withForm.id}&careers-form=1`);
    await page.locator('form').first().waitFor();
    await step('form opened');
  }
  await page.getByRole('link', { name: 'Français' }).first().click();
  await page.locator('html[lang=fr]').waitFor();
  await step('French');

  await page.route('**/postings/*.json', (route) => {
    const id = new URL(route.request().url()).pathname.split('/').pop().replace(/\.json$/, '');
    return route.fulfill({ contentType: 'application/json', body: deepestBody(id) });
  });
  await page.goto(`${server.url}index.html?careers-posting=${listing.postings[1].id}`);
  await page.getByText('innermost word').waitFor();
  await step('a body nested as deep as the reader accepts');
  if (errors.length) console.log('page errors:', errors.join('; '));
  await context.close();
} finally {
  server.close();
  await browser.close();
}

/**
 * The stack's top: the initial value of the main module's first global, the stack pointer in
 * wasm-ld's layout, read from the global section (WebAssembly.Module shows no initial values).
 */
function stackTop(dist) {
  const name = readdirSync(dist).find((f) => /_bg\.wasm$/.test(f));
  const bytes = new Uint8Array(readFileSync(resolve(dist, name)));
  let at = 8;
  const leb = () => {
    let n = 0;
    let shift = 0;
    let b;
    do {
      b = bytes[at++];
      n |= (b & 0x7f) << shift;
      shift += 7;
    } while (b & 0x80);
    return n;
  };
  while (at < bytes.length) {
    const id = bytes[at++];
    const size = leb();
    const end = at + size;
    if (id === 6) {
      leb(); // count
      at += 2; // type, mutability
      if (bytes[at++] !== 0x41) break; // i32.const
      return leb();
    }
    at = end;
  }
  throw new Error(`no stack pointer found in ${name}`);
}
