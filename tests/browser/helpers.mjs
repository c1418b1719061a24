// Shared helpers of the browser suite.
import { expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Runs axe-core on the page (or only the widget with `include`) and expects no violation. */
export async function audit(page, { include } = {}) {
  let builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  const readable = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(readable, 'axe-core violations').toEqual([]);
}

/** The fixture bundle: eight postings chosen to exercise search, facets, sort and languages. */
export const fixtureBundle = JSON.parse(
  readFileSync(new URL('./fixtures/bundle.json', import.meta.url), 'utf8'),
);

/** Serves `body` (an object is sent as JSON) for every request of the bundle. */
export async function serveBundle(page, body, { status = 200, contentType = 'application/json' } = {}) {
  await page.route('**/postings.json', (route) =>
    route.fulfill({
      status,
      contentType,
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
}

/** The widget's root element. */
export const widget = (page) => page.locator('.cds-careers');

/** The titles of the results, in order. */
export const resultTitles = (page) => page.locator('.cds-careers__result-title a');

/** Whether the page scrolls sideways. */
export async function scrollsSideways(page) {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

/** Serves the standalone page (`/`) with its HTML changed by `edit(html) -> html`. */
export async function serveIndexWith(page, edit) {
  await page.route(
    (url) => url.pathname === '/' || url.pathname === '/index.html',
    async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: edit(await response.text()) });
    },
  );
}
