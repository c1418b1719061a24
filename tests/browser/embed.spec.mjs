// The widget inside a Canada.ca-like host page under a strict CSP; keyboard-only use; small
// screens and large text.
import { test, expect } from '@playwright/test';
import { RESULT, audit, fixtureBundle, servePostings, resultTitles, scrollsSideways } from './helpers.mjs';

/** Records CSP violations and page errors from the first script on. */
async function watchForViolations(page) {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

test.describe('embedded in a host page', () => {
  test('works under the strict CSP, keeps to its element, and talks to no other host', async ({ page }) => {
    const errors = await watchForViolations(page);
    const requests = [];
    page.on('request', (r) => requests.push(new URL(r.url()).origin));
    const response = await page.goto('/demo/embed.html?section=careers');
    expect(response.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
    await expect(resultTitles(page)).toHaveCount(3);
    // The host's headings keep their own styles; the widget's do not take them.
    const hostH2 = page.getByRole('heading', { name: 'Life at CDS' });
    await expect(hostH2).toHaveCSS('text-transform', 'uppercase');
    const widgetH2 = page.locator('.cds-careers h2').first();
    await expect(widgetH2).toHaveText('Job postings');
    await expect(widgetH2).toHaveCSS('text-transform', 'none');
    await expect(page.locator('.cds-careers button').first()).toHaveCSS('text-transform', 'none');
    // Headings start at the level the host set.
    await expect(page.locator('.cds-careers h1')).toHaveCount(0);
    await page.getByRole('link', { name: 'Head of Product Management' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Head of Product Management' })).toBeFocused();
    // Its body file is found beside the host's listing (data-bundle="../postings.json": the
    // attribute's first name, which hosts may still use; the sample's pages use data-listing).
    await expect(page.getByRole('heading', { level: 3, name: 'Provide product management leadership' })).toBeVisible();
    // Host parameters stay; the host's document keeps its language and title.
    await expect(page).toHaveURL(/section=careers/);
    await page.getByRole('link', { name: 'Français' }).click();
    await expect(page.locator('.cds-careers')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { level: 3, name: 'Assurer le leadership de la gestion des produits' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle('Join our team - Canadian Digital Service - Canada.ca');
    await audit(page);
    expect(await page.evaluate(() => window.__violations)).toEqual([]);
    expect(errors).toEqual([]);
    expect(new Set(requests)).toEqual(new Set([new URL(page.url()).origin]));
  });

  test('with nothing but the script tag, the wasm and the scripts that load it download side by side', async ({ page }) => {
    // A host page with only the embed snippet: no preload links of its own.
    await page.route('**/demo/bare.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
          <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'">
          <title>Host</title></head><body><main><div data-cds-careers data-bundle="../postings.json"></div></main>
          <script type="module" src="../careers.js"></script></body></html>`,
      }),
    );
    // The glue script is held until the wasm module and the split-module loader are requested.
    // Were they requested only once the glue has arrived, neither would be.
    const requested = (pattern) => page.waitForRequest(pattern, { timeout: 10_000 }).then(() => true, () => false);
    const early = Promise.all([requested(/\/cds-careers_bg\.wasm$/), requested(/\/__wasm_split\.js$/)]);
    await page.route('**/cds-careers.js', async (route) => {
      await early;
      await route.continue();
    });
    await page.goto('/demo/bare.html');
    expect(await early).toEqual([true, true]);
    await expect(resultTitles(page)).toHaveCount(3);
  });

  test('the host page links are left alone', async ({ page }) => {
    await page.goto('/demo/embed.html');
    await expect(resultTitles(page)).toHaveCount(3);
    await page.getByRole('link', { name: 'Blog', exact: true }).click();
    await expect(page).toHaveURL(/section=blog/);
  });

  test('axe finds nothing on the embed page in French', async ({ page }) => {
    await page.goto('/demo/embed.html?careers-lang=fr');
    await expect(resultTitles(page)).toHaveCount(3);
    await audit(page);
  });
});

test.describe('keyboard only', () => {
  test('finds, opens and leaves a posting with focus always visible', async ({ page }) => {
    await servePostings(page, fixtureBundle);
    await page.goto('/');
    await expect(resultTitles(page)).toHaveCount(6);
    const focusIsVisible = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return true;
        const style = getComputedStyle(el);
        return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      });
    // Tab to the search box, type, and Escape clears it.
    const search = page.getByRole('searchbox');
    for (let i = 0; i < 10 && !(await search.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
      expect(await focusIsVisible()).toBe(true);
    }
    await expect(search).toBeFocused();
    await page.keyboard.type('zzz');
    await expect(page.locator('#cds-careers-count')).toHaveText('0 job postings found');
    await page.keyboard.press('Escape');
    await expect(search).toHaveValue('');
    await expect(resultTitles(page)).toHaveCount(6);
    // Filters: Space toggles a checkbox.
    const target = page.getByRole('link', { name: 'Program Evaluator' });
    let reached = false;
    for (let i = 0; i < 60 && !reached; i++) {
      await page.keyboard.press('Tab');
      expect(await focusIsVisible()).toBe(true);
      const label = await page.evaluate(() => document.activeElement?.labels?.[0]?.textContent ?? '');
      if (label.startsWith('EC-06')) {
        await page.keyboard.press('Space');
        await expect(resultTitles(page)).toHaveCount(2);
      }
      reached = await target.evaluate((el) => el === document.activeElement);
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { level: 1, name: 'Program Evaluator' });
    await expect(heading).toBeFocused();
    expect(await focusIsVisible()).toBe(true);
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('link', { name: 'Back to results' })).toBeFocused();
    expect(await focusIsVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await expect(target).toBeFocused();
    await expect(resultTitles(page)).toHaveCount(2);
  });
});

test.describe('small screens and large text', () => {
  test('at 320 px wide nothing scrolls sideways', async ({ page }) => {
    await servePostings(page, fixtureBundle);
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of ['/', '/?careers-lang=fr', '/?careers-posting=developer', '/demo/embed.html']) {
      await page.goto(path);
      await expect(page.locator('.cds-careers__listing, .cds-careers__posting').first()).toBeVisible();
      expect(await scrollsSideways(page), path).toBe(false);
    }
  });

  for (const script of [true, false]) {
    test(`at 320 px wide with the browser's text at 200 %, no page of the site scrolls sideways (${script ? 'with' : 'without'} JavaScript)`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: script, viewport: { width: 320, height: 640 } });
      const page = await context.newPage();
      // The browser's own text size (its setting, not the page's zoom): 32px instead of 16px.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
      for (const [path, shown] of [
        ['/en/', '.cds-careers__result-title'],
        ['/fr/', '.cds-careers__result-title'],
        ['/en/senior-product-manager/', '.cds-careers__body-heading'],
        ['/fr/senior-product-manager/', '.cds-careers__body-heading'],
        ['/en/senior-product-manager/accommodation/', script ? '#cds-acc-full-name' : '.cds-careers__email-request'],
        ['/fr/senior-product-manager/adaptation/', script ? '#cds-acc-full-name' : '.cds-careers__email-request'],
      ]) {
        await page.goto(path);
        await expect(page.locator(shown).first()).toBeVisible();
        if (script) await expect(page.locator('[data-cds-careers] > .cds-careers')).not.toHaveClass(/pending/);
        expect(await page.evaluate(() => getComputedStyle(document.querySelector('.cds-careers')).fontSize)).toBe('40px');
        expect(await scrollsSideways(page), path).toBe(false);
      }
      await context.close();
    });
  }

  test('on a host whose root text is 10px (Bootstrap 3, as Canada.ca\'s GCWeb theme) the widget keeps its sizes', async ({ page }) => {
    // Two hosts with only the embed snippet: one leaves the root's text alone, the other sets it
    // to 10px and its body's to 20px, as Bootstrap 3 and GCWeb do.
    const host = (css) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
      <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'">
      ${css ? '<link rel="stylesheet" href="root10.css">' : ''}<title>Host</title></head><body><main>
      <div data-cds-careers data-listing="../postings.json"></div></main>
      <script type="module" src="../careers.js"></script></body></html>`;
    await page.route('**/demo/root16.html', (route) => route.fulfill({ contentType: 'text/html', body: host(false) }));
    await page.route('**/demo/root10.html', (route) => route.fulfill({ contentType: 'text/html', body: host(true) }));
    await page.route('**/demo/root10.css', (route) =>
      route.fulfill({ contentType: 'text/css', body: 'html { font-size: 10px; } body { font-size: 20px; }' }),
    );
    const sizes = async (path, open) => {
      await page.goto(path);
      await expect(resultTitles(page)).toHaveCount(3);
      if (open) {
        await page.getByRole('link', { name: 'Head of Product Management' }).click();
        await expect(page.locator('.cds-careers__body-heading').first()).toBeVisible();
      }
      return page.evaluate(() =>
        [
          '.cds-careers',
          '.cds-careers h2',
          '.cds-careers__result-title',
          '#cds-careers-search',
          '.cds-careers__hint',
          '.cds-careers__choice input',
          '.cds-careers__button',
          '.cds-careers__body-heading',
          '.cds-careers__body p',
        ].flatMap((selector) => {
          const element = document.querySelector(selector);
          if (!element) return [];
          const style = getComputedStyle(element);
          return [`${selector}: ${style.fontSize}, ${element.getBoundingClientRect().height.toFixed(1)} high, margin ${style.margin}, padding ${style.padding}`];
        }),
      );
    };
    for (const open of [false, true]) {
      const usual = await sizes('/demo/root16.html', open);
      expect(usual[0]).toMatch(/^\.cds-careers: 20px,/);
      expect(usual.length).toBeGreaterThan(open ? 4 : 6);
      expect(await sizes('/demo/root10.html', open)).toEqual(usual);
    }
  });

  test('at 200 % text the listing and a posting still fit, on a wide screen and on a phone', async ({ page }) => {
    await servePostings(page, fixtureBundle);
    for (const width of [1280, 400]) {
      await page.setViewportSize({ width, height: 800 });
      for (const path of ['/?careers-lang=fr', '/?careers-posting=developer&careers-lang=fr']) {
        await page.goto(path);
        await expect(page.locator('.cds-careers__listing, .cds-careers__posting').first()).toBeVisible();
        await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
        expect(await scrollsSideways(page), `${path} at ${width} px`).toBe(false);
      }
    }
  });
});

test('a page with two widget elements shows the widget once, and the other says why, in the page language', async ({ page }) => {
  const logged = [];
  page.on('console', (m) => m.type() === 'error' && logged.push(m.text()));
  await servePostings(page, fixtureBundle);
  const host = (lang) => `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>Host</title></head>
    <body><main><h1>Host</h1><div data-cds-careers data-bundle="../postings.json" data-heading-level="2"></div>
    <h2>More</h2><div data-cds-careers data-bundle="../postings.json" data-heading-level="2"></div></main>
    <script type="module" src="../careers.js"></script></body></html>`;
  await page.route('**/demo/two-en.html', (r) => r.fulfill({ contentType: 'text/html', body: host('en') }));
  await page.route('**/demo/two-fr.html', (r) => r.fulfill({ contentType: 'text/html', body: host('fr') }));
  await page.goto('/demo/two-en.html');
  const [first, second] = [page.locator('[data-cds-careers]').nth(0), page.locator('[data-cds-careers]').nth(1)];
  await expect(first.locator('.cds-careers__result-title a').first()).toBeVisible();
  await expect(second).toHaveText('The job postings are shown earlier on this page: a page can show them only once.');
  await expect(second.locator(RESULT)).toHaveCount(0);
  expect(logged.some((t) => t.includes('a page holds one widget'))).toBe(true);
  await audit(page);
  await page.goto('/demo/two-fr.html');
  await expect(page.locator('[data-cds-careers]').nth(1)).toHaveText('Les offres d’emploi sont affichées plus haut sur cette page\u00a0: une page ne peut en afficher qu’une fois.');
  await audit(page);
});
