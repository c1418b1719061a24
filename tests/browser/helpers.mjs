// Shared helpers of the browser suite.
import { expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Runs axe-core on the page (or only the widget with `include`) and expects no violation. */
export async function audit(page, { include } = {}) {
  let builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  const readable = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(readable, 'axe-core violations').toEqual([]);
}

/** The fixture content model: eight postings chosen to exercise search, facets, sort and languages. */
export const fixtureBundle = JSON.parse(
  readFileSync(new URL('./fixtures/bundle.json', import.meta.url), 'utf8'),
);

const root = fileURLToPath(new URL('../..', import.meta.url));
const bundler = join(process.env.CARGO_TARGET_DIR || join(root, 'target'), 'release', 'careers-bundle');
const publishedByModel = new Map();

/**
 * What the bundler publishes for a content model (schema 1, bodies included): the listing text
 * and each body file's text by posting id. The real bundler does it (`./dev test` builds it), so
 * the suite serves exactly what production would.
 */
export function publish(model) {
  const json = JSON.stringify(model);
  if (!publishedByModel.has(json)) {
    const dir = mkdtempSync(join(tmpdir(), 'careers-fixture-'));
    try {
      writeFileSync(join(dir, 'model.json'), json);
      execFileSync(bundler, [join(dir, 'model.json'), '--out', join(dir, 'postings.json')], { stdio: 'pipe' });
      const bodies = Object.fromEntries(
        readdirSync(join(dir, 'postings')).map((file) => [
          file.replace(/\.json$/, ''),
          readFileSync(join(dir, 'postings', file), 'utf8'),
        ]),
      );
      publishedByModel.set(json, { listing: readFileSync(join(dir, 'postings.json'), 'utf8'), bodies });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return publishedByModel.get(json);
}

/** Serves the published form of content `model`: the listing and every body file. */
export async function servePostings(page, model) {
  const { listing, bodies } = publish(model);
  await serveBundle(page, listing);
  await page.route('**/postings/*.json', (route) => {
    const id = new URL(route.request().url()).pathname.split('/').pop().replace(/\.json$/, '');
    return id in bodies
      ? route.fulfill({ contentType: 'application/json', body: bodies[id] })
      : route.fulfill({ status: 404, body: 'not here' });
  });
}

/**
 * Serves `body` (an object is sent as JSON) for every request of the listing. The pre-rendered
 * markup of dist/ is of the sample content, not of this listing: a host serving the widget
 * without the site's pages has none, so careers.js finds none (fragments/ answers 404).
 */
export async function serveBundle(page, body, { status = 200, contentType = 'application/json' } = {}) {
  await withoutFragments(page);
  await page.route('**/postings.json', (route) =>
    route.fulfill({
      status,
      contentType,
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
}

/**
 * A host serving the widget without the site's pages: no fragment (404), so the page shows the
 * widget's own states ("Loading", an error) rather than the sample's pre-rendered view.
 */
export async function withoutFragments(page) {
  await page.route('**/fragments/**', (route) => route.fulfill({ status: 404, body: 'not here' }));
}

/** The widget's root element. */
export const widget = (page) => page.locator('.cds-careers');

/** A gate that requests can wait at (`await gate.opened`) until the test calls `gate.open()`. */
export function gate() {
  let open;
  const opened = new Promise((resolve) => (open = resolve));
  return { opened, open };
}

/**
 * The results shown. The widget keeps a row for each place of a page and hides those that have
 * no result, so a result is a row that is not hidden.
 */
export const RESULT = '.cds-careers__result:not([hidden])';

/** The titles of the results, in order. */
export const resultTitles = (page) => page.locator(`${RESULT} .cds-careers__result-title a`);

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
