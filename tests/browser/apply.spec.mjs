// Every open posting tells a person how to apply, and where the link leads: the sample's pages
// (dist/, built with `--contact`), with and without JavaScript.
import { test, expect } from '@playwright/test';
import { audit, scrollsSideways } from './helpers.mjs';

const ADDRESS = 'CDSRecruitment.RecrutementSNC@tbs-sct.gc.ca';

test('a posting whose text gives an address: How to apply, by email to it', async ({ page }) => {
  await page.goto('/en/senior-product-manager/');
  const link = page.getByRole('link', { name: `How to apply: email ${ADDRESS}`, exact: true });
  await expect(link).toHaveAttribute('href', `mailto:${ADDRESS}`);
  await audit(page);
});

test('a posting that gives no way of its own: the site contact, in French too', async ({ page }) => {
  await page.goto('/fr/director-engagement/');
  const link = page.getByRole('link', { name: `Comment postuler\u00a0: écrire à ${ADDRESS}`, exact: true });
  await expect(link).toHaveAttribute('href', `mailto:${ADDRESS}`);
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.getByRole('link', { name: `How to apply: email ${ADDRESS}`, exact: true })).toBeVisible();
});

test('at 320 px the address wraps instead of pushing the page sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/en/senior-product-manager/');
  await expect(page.locator('.cds-careers__apply')).toBeVisible();
  expect(await scrollsSideways(page)).toBe(false);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the pre-rendered pages carry the same actions', async ({ page }) => {
    await page.goto('/en/head-product-management/');
    await expect(page.getByRole('link', { name: 'Apply for this job on Lever', exact: true })).toBeVisible();
    await page.goto('/en/director-engagement/');
    await expect(page.getByRole('link', { name: `How to apply: email ${ADDRESS}`, exact: true }))
      .toHaveAttribute('href', `mailto:${ADDRESS}`);
  });
});
