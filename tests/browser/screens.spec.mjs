// Results first on a phone, the filters one button away; on a wide screen a way past the
// filters; the language switch with a search; the host's page in the other language; print.
import { test, expect } from '@playwright/test';
import { RESULT, audit } from './helpers.mjs';

/** Waits until the widget has taken the pre-rendered page over. */
async function takenOver(page) {
  await page.waitForFunction(() => {
    const host = document.querySelector('[data-cds-careers]');
    return host && !('cdsCareersStage' in host) && host.querySelector(':scope > .cds-careers')
      && !host.querySelector('.cds-careers__loading');
  });
}

const firstResult = (page) => page.locator('.cds-careers__result-title a').first();

test.describe('on a phone (320 × 640)', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const [path, filters, one, title] of [
    ['/en/', 'Filters', 'Show 1 job posting', 'Head of Product Management'],
    ['/fr/', 'Filtres', 'Afficher 1 poste', 'Chef de la gestion des produits'],
  ]) {
    test(`the first result is in the first screen and a few Tab presses from the search box (${path})`, async ({ page }) => {
      await page.goto(path);
      await takenOver(page);
      await expect(firstResult(page)).toBeInViewport();
      await page.locator('#cds-careers-search').focus();
      let presses = 0;
      while (presses < 5 && !(await firstResult(page).evaluate((a) => a === document.activeElement))) {
        await page.keyboard.press('Tab');
        presses += 1;
      }
      await expect(firstResult(page)).toBeFocused();
      expect(presses).toBeLessThanOrEqual(5);

      // The filters are behind one button, which says how many are chosen.
      const toggle = page.getByRole('button', { name: filters, exact: true });
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await expect(page.locator('#cds-careers-filters')).toBeHidden();
      await audit(page);
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      await expect(page.locator('#cds-careers-filters')).toBeVisible();
      await audit(page);
      await page.locator('#cds-careers-location-toronto').check();
      await expect(page.getByRole('button', { name: `${filters} (1)` })).toBeVisible();
      // The button at the end of the filters shows the results: the filters close, focus lands on them.
      await page.getByRole('button', { name: one }).click();
      await expect(page.locator('#cds-careers-filters')).toBeHidden();
      await expect(page.locator('#cds-careers-results')).toBeFocused();
      await expect(firstResult(page)).toHaveText(title);
      await page.keyboard.press('Tab');
      await expect(firstResult(page)).toBeFocused();
    });
  }
});

test('on a wide screen the filters stand beside the results, with a link to skip them', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/en/');
  await takenOver(page);
  await expect(page.locator('#cds-careers-filters')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Filters', exact: true })).toBeHidden();
  const skip = page.getByRole('link', { name: 'Skip the filters' });
  await page.locator('#cds-careers-sort').focus();
  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('#cds-careers-results')).toBeFocused();
  await expect(page).toHaveURL(/\/en\/$/);
  await page.keyboard.press('Tab');
  await expect(firstResult(page)).toBeFocused();
  await audit(page);
});

test('a language switch with a search says the count in the new language, and offers to clear a search that finds nothing there', async ({ page }) => {
  await page.goto('/en/');
  await takenOver(page);
  // A word of the English posting only (the French says « ménages »).
  await page.locator('#cds-careers-search').fill('household');
  await expect(firstResult(page)).toHaveText('Senior Product Manager');
  await page.getByRole('link', { name: 'Français' }).click();
  const status = page.locator('.cds-careers > [role=status]');
  await expect(status).toHaveText('0 poste trouvé');
  await expect(page.getByText('Aucune offre d’emploi ne correspond à votre recherche.')).toBeVisible();
  await page.locator('.cds-careers__empty').getByRole('button', { name: 'Effacer tous les filtres' }).click();
  await expect(page.locator(RESULT)).toHaveCount(3);
  // The places of the page that hold no result are out of sight, not just marked hidden.
  await expect(page.locator('.cds-careers__result:visible')).toHaveCount(3);
  await expect(status).toHaveText('3 postes trouvés');
});

test("a host page names its page in the other language: the toggle goes there, with the widget's view", async ({ page }) => {
  const host = (lang, other) => `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>Host</title></head>
    <body><main><div data-cds-careers data-bundle="../postings.json" data-other-language-page="${other}"></div></main>
    <script type="module" src="../careers.js"></script></body></html>`;
  await page.route('**/demo/host-en.html*', (r) => r.fulfill({ contentType: 'text/html', body: host('en', 'host-fr.html?section=carrieres') }));
  await page.route('**/demo/host-fr.html*', (r) => r.fulfill({ contentType: 'text/html', body: host('fr', 'host-en.html?section=careers') }));
  await page.goto('/demo/host-en.html?section=careers&careers-posting=head-product-management');
  await expect(page.getByRole('heading', { level: 2, name: 'Head of Product Management' })).toBeVisible();
  const toggle = page.getByRole('link', { name: 'Français' });
  await expect(toggle).toHaveAttribute('href', /\/demo\/host-fr\.html\?section=carrieres&careers-posting=head-product-management$/);
  await toggle.click();
  await expect(page).toHaveURL(/\/demo\/host-fr\.html\?section=carrieres&careers-posting=head-product-management$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Chef de la gestion des produits' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});

test('a posting prints without the controls, its apply target and address written out', async ({ page }) => {
  await page.goto('/en/head-product-management/');
  await takenOver(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('link', { name: 'Français' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
  const apply = page.locator('a.cds-careers__apply');
  const href = await apply.getAttribute('href');
  expect(await apply.evaluate((a) => getComputedStyle(a, '::after').content)).toBe(`" (${href})"`);
  await expect(page.locator('.cds-careers__print-only')).toHaveText(`Address of this job posting: ${page.url()}`);
});
