// Loading and every way the bundle can fail, each with a bilingual message and a working Retry.
import { test, expect } from '@playwright/test';
import { audit, fixtureBundle, gate, publish, servePostings, resultTitles, withoutFragments } from './helpers.mjs';

test('shows an announced loading state until the bundle arrives', async ({ page }) => {
  await withoutFragments(page);
  const served = gate();
  await page.route('**/postings.json', async (route) => {
    await served.opened;
    await route.fulfill({ contentType: 'application/json', body: publish(fixtureBundle).listing });
  });
  await page.goto('/');
  const loading = page.getByRole('status').filter({ hasText: 'Loading job postings…' });
  await expect(loading).toBeVisible();
  await audit(page);
  served.open();
  await expect(resultTitles(page).first()).toBeVisible();
  await expect(loading).toHaveCount(0);
});

const failures = [
  {
    name: '404',
    serve: (route) => route.fulfill({ status: 404, body: 'not here' }),
    en: 'The list of job postings was not found (error 404).',
    fr: 'La liste des offres d’emploi est introuvable (erreur 404).',
  },
  {
    name: '500',
    serve: (route) => route.fulfill({ status: 500, body: 'oops' }),
    en: 'The server that holds the job postings had a problem (error 500).',
    fr: 'Le serveur qui contient les offres d’emploi a éprouvé un problème (erreur 500).',
  },
  {
    name: 'not JSON',
    serve: (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<html><body>Sign in</body></html>' }),
    en: 'The list of job postings is damaged: it is not in JSON format.',
    fr: 'La liste des offres d’emploi est endommagée\u00a0: elle n’est pas au format JSON.',
    console: /^CDS careers: a published file cannot be read: not JSON: /,
  },
  {
    // The listing is read piece by piece: a file that stops short is found out at its end.
    name: 'a listing cut short',
    serve: (route) => route.fulfill({ contentType: 'application/json', body: publish(fixtureBundle).listing.slice(0, -100) }),
    en: 'The list of job postings is damaged: it is not in JSON format.',
    fr: 'La liste des offres d’emploi est endommagée\u00a0: elle n’est pas au format JSON.',
    console: /^CDS careers: a published file cannot be read: not JSON: expected a closing quote at byte \d+$/,
  },
  {
    name: 'text that is not UTF-8',
    serve: (route) =>
      route.fulfill({ contentType: 'application/json', body: Buffer.from('{"schema": 2, "postings": [{"id": "caf\u00e9"}]}', 'latin1') }),
    en: 'The list of job postings is damaged: it is not in JSON format.',
    fr: 'La liste des offres d’emploi est endommagée\u00a0: elle n’est pas au format JSON.',
    console: /^CDS careers: a published file cannot be read: not JSON: expected UTF-8 text at byte 38$/,
  },
  {
    name: 'JSON of the wrong shape',
    serve: (route) => route.fulfill({ json: { schema: 2, postings: 'none' } }),
    en: 'The list of job postings is damaged: its content is not what this page expects.',
    fr: 'La liste des offres d’emploi est endommagée\u00a0: son contenu ne correspond pas à ce que cette page attend.',
    console: /^CDS careers: a published file cannot be read: JSON of the wrong shape: /,
  },
  {
    name: 'an unknown schema version',
    serve: (route) => route.fulfill({ json: { schema: 99, postings: [] } }),
    en: /uses a format \(version 99\) that this page does not know yet/,
    fr: /utilise un format \(version 99\) que cette page ne connaît pas encore/,
    console: /^CDS careers: a published file cannot be read: unknown schema version 99$/,
  },
  {
    name: 'a network failure',
    serve: (route) => route.abort('failed'),
    en: 'The list of job postings could not be loaded. Check your Internet connection.',
    fr: 'Impossible de charger la liste des offres d’emploi. Vérifiez votre connexion Internet.',
  },
];

for (const failure of failures) {
  for (const lang of ['en', 'fr']) {
    test(`${failure.name} (${lang}): says what happened, and Retry loads the postings`, async ({ page }) => {
      const logged = [];
      page.on('console', (m) => m.type() === 'error' && logged.push(m.text()));
      await page.route('**/postings.json', failure.serve);
      await page.goto(lang === 'fr' ? '/?careers-lang=fr' : '/');
      const alert = page.getByRole('alert');
      await expect(alert).toContainText(failure[lang]);
      // A file that cannot be read is detailed in the console, for whoever debugs the deployment.
      if (failure.console) expect(logged.some((text) => failure.console.test(text))).toBe(true);
      await audit(page);
      await page.unroute('**/postings.json');
      await servePostings(page, fixtureBundle);
      await alert.getByRole('button', { name: lang === 'fr' ? 'Réessayer' : 'Try again' }).click();
      await expect(resultTitles(page)).toHaveCount(6);
      await expect(page.getByRole('alert')).toHaveCount(0);
      // The button went with the error: focus lands on what replaced it.
      await expect(page.getByRole('heading', { name: lang === 'fr' ? 'Offres d’emploi' : 'Job postings' })).toBeFocused();
    });
  }
}

test("a Retry on a posting's own address lands on the posting's heading", async ({ page }) => {
  await page.route('**/postings.json', (route) => route.abort('failed'));
  await page.goto('/?careers-posting=pilot-product-manager');
  const retry = page.getByRole('alert').getByRole('button', { name: 'Try again' });
  await expect(retry).toBeVisible();
  await page.unroute('**/postings.json');
  await servePostings(page, fixtureBundle);
  await retry.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Product Manager (Pilot)' })).toBeFocused();
});

test('a Retry that fails again lands on the error, said again', async ({ page }) => {
  await page.route('**/postings.json', (route) => route.abort('failed'));
  await page.goto('/');
  await page.getByRole('alert').getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('alert').getByRole('heading')).toBeFocused();
  await expect(page.getByRole('alert')).toContainText('The list of job postings could not be loaded.');
});

test("when the widget's own code cannot be loaded, the page says so in its language, with a way to retry", async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await servePostings(page, fixtureBundle);
  await page.route('**/cds-careers_bg.wasm', (route) => route.abort());
  await page.goto('/?careers-lang=fr');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { level: 1 })).toHaveText('Impossible d’afficher les offres d’emploi');
  await expect(alert).toContainText('Vérifiez votre connexion Internet, puis rechargez la page.');
  await audit(page);
  // Reloading, with the network back, shows the listing.
  await page.unroute('**/cds-careers_bg.wasm');
  await alert.getByRole('button', { name: 'Recharger la page' }).click();
  await expect(resultTitles(page)).toHaveCount(6);
  expect(errors.length).toBeGreaterThan(0); // the failure stays visible to the host's error reporting
});

test('a bundle that never answers times out with a message and Retry', async ({ page }) => {
  await page.clock.install();
  await withoutFragments(page);
  await page.route('**/postings.json', () => {
    /* never answered */
  });
  await page.goto('/');
  await expect(page.getByRole('status').filter({ hasText: 'Loading job postings…' })).toBeVisible();
  await page.clock.runFor(16_000);
  await expect(page.getByRole('alert')).toContainText('The list of job postings took too long to load.');
  await page.unroute('**/postings.json');
  await servePostings(page, fixtureBundle);
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(resultTitles(page)).toHaveCount(6);
});

test("a listing is read in pieces: the widget's memory never holds its whole text", async ({ page }) => {
  await page.addInitScript({ path: new URL('./wasm-memories.js', import.meta.url).pathname });
  // 2,000 unlisted postings more, each with 4 KB of a key the widget skips (as one a later
  // bundler adds): 8 MB of text for a small listing.
  const listing = JSON.parse(publish(fixtureBundle).listing);
  const extra = listing.postings[0];
  for (let i = 0; i < 2000; i++) {
    listing.postings.push({ ...extra, id: `unlisted-${i}`, status: { ...extra.status, listed: false }, later: 'x'.repeat(4096) });
  }
  const text = JSON.stringify(listing);
  expect(text.length).toBeGreaterThan(8_000_000);
  await page.route('**/postings.json', (route) => route.fulfill({ contentType: 'application/json', body: text }));
  await page.goto('/');
  await expect(resultTitles(page)).toHaveCount(6);
  const wasmBytes = await page.evaluate(() => [...window.__wasmMemories].reduce((n, m) => n + m.buffer.byteLength, 0));
  expect(wasmBytes).toBeGreaterThan(0);
  expect(wasmBytes).toBeLessThan(text.length / 2);
});
