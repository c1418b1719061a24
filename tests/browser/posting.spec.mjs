// The posting page, the language toggle, and every view as a URL (deep links, Back and Forward).
import { test, expect } from '@playwright/test';
import { audit, fixtureBundle, gate, servePostings, serveIndexWith, resultTitles } from './helpers.mjs';
import { deepestBody } from './deepest-body.mjs';

test.beforeEach(async ({ page }) => {
  await servePostings(page, fixtureBundle);
});

test('opening a result before typing pauses says nothing of the old count and raises no error', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.clock.install();
  await page.goto('/');
  await expect(resultTitles(page)).toHaveCount(6);
  // Time stands still: the count's announcement (once typing pauses) is still waiting when the
  // result opens.
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
  await page.getByRole('searchbox').fill('rust');
  await page.getByRole('link', { name: 'Senior Developer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Senior Developer' })).toBeVisible();
  // The posting page's module has arrived (only it draws Copy link). Had it arrived after the
  // clock ran, it would have replaced the heading focus had reached, and the frame that moves
  // focus to the new heading would wait for a clock that stands still (1 run in 20 did).
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
  await page.clock.runFor(2_000);
  await expect(page.getByRole('heading', { level: 1, name: 'Senior Developer' })).toBeFocused();
  await expect(page.locator('.cds-careers [aria-live="polite"]')).not.toContainText('found');
  expect(errors).toEqual([]);
});

test('opening a posting focuses its heading; Back to results restores the filters and focus', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox').fill('rust');
  await page.getByRole('link', { name: 'Senior Developer' }).click();
  const heading = page.getByRole('heading', { level: 1, name: 'Senior Developer' });
  await expect(heading).toBeFocused();
  await expect(page).toHaveURL(/careers-posting=developer/);
  await expect(page).toHaveTitle('Senior Developer - Careers - Canadian Digital Service');
  await expect(page.getByRole('heading', { level: 2, name: 'About the role' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'our blog' })).toHaveAttribute('href', 'https://digital.canada.ca');
  await expect(page.getByRole('link', { name: 'Apply for this job' })).toHaveAttribute(
    'href',
    'https://example.gc.ca/apply/developer',
  );
  await expect(page.getByRole('link', { name: 'Request an accommodation' })).toBeVisible();
  await expect(page.locator('.cds-careers__facets')).toContainText('Bilingual imperative (CBC)');
  await audit(page);
  await page.getByRole('link', { name: 'Back to results' }).click();
  await expect(page.getByRole('searchbox')).toHaveValue('rust');
  await expect(page.getByRole('link', { name: 'Senior Developer' })).toBeFocused();
  await expect(page).toHaveTitle('Careers - Canadian Digital Service');
});

test('decorative marks are not read: the back arrow and the status shapes', async ({ page }) => {
  await page.goto('/?careers-posting=developer');
  await expect(page.getByRole('heading', { level: 1, name: 'Senior Developer' })).toBeVisible();
  // The names the browser gives assistive technology (accessibility tree), not the DOM's text.
  const cdp = await page.context().newCDPSession(page);
  const names = async () =>
    (await cdp.send('Accessibility.getFullAXTree')).nodes.filter((n) => !n.ignored).map((n) => n.name?.value ?? '');
  expect(await names()).toContain('Back to results');
  expect((await names()).filter((n) => /[\u2190\u2713\u2715]/.test(n))).toEqual([]);
  await page.goto('/?careers-status=all');
  await expect(resultTitles(page)).toHaveCount(7);
  expect((await names()).filter((n) => /[\u2190\u2713\u2715]/.test(n))).toEqual([]);
});

test('a closed posting says it no longer accepts applications and offers no apply action', async ({ page }) => {
  await page.goto('/?careers-posting=designer');
  await expect(page.getByRole('heading', { level: 1, name: 'Service Designer' })).toBeVisible();
  await expect(page.getByText('This job is no longer accepting applications.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Apply for this job' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Request an accommodation' })).toHaveCount(0);
  await audit(page);
});

test('Copy link puts the posting address on the clipboard and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?careers-posting=analyst');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied to the clipboard.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/careers-posting=analyst/);
  // Copied again: the status is emptied and filled again, so that screen readers say it again.
  await page.evaluate(() => {
    const status = document.querySelector('.cds-careers__copy-status');
    window.__said = [];
    new MutationObserver(() => window.__said.push(status.textContent)).observe(status, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect.poll(() => page.evaluate(() => window.__said.at(-1))).toBe('Link copied to the clipboard.');
  expect(await page.evaluate(() => window.__said)).toContain('');
});

test('Copy link on a page with no clipboard (one not served over HTTPS) says to copy the address bar', async ({ page }) => {
  // Browsers give `navigator.clipboard` to secure pages only.
  await page.addInitScript(() => delete Navigator.prototype.clipboard);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto('/?careers-posting=analyst');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('The link could not be copied. Copy it from the address bar.')).toBeVisible();
  expect(errors).toEqual([]);
});

test('switching language on a posting shows its other version (standalone, the page follows)', async ({ page }) => {
  await page.goto('/?careers-posting=developer');
  await page.getByRole('link', { name: 'Français' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Développeur principal ou développeuse principale');
  await expect(page).toHaveURL(/careers-lang=fr/);
  await expect(page).toHaveURL(/careers-posting=developer/);
  await expect(page.locator('.cds-careers')).toHaveAttribute('lang', 'fr');
  // Embedded, the host's <html lang> is kept (embed.spec.mjs).
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('link', { name: 'Postuler à ce poste' })).toBeVisible();
  await audit(page);
});

test('switching language on the listing keeps the search and filters', async ({ page }) => {
  await page.goto('/?careers-classification=EC-06');
  await page.getByRole('searchbox').fill('program');
  await page.getByRole('link', { name: 'Français' }).click();
  await expect(page.getByRole('searchbox')).toHaveValue('program');
  await expect(page.getByRole('group', { name: 'Classification' }).getByRole('checkbox', { checked: true })).toHaveCount(1);
  await expect(resultTitles(page)).toHaveText(['Évaluateur ou évaluatrice de programmes']);
  await expect(page.locator('#cds-careers-count')).toHaveText('1 poste trouvé');
});

test('opened from the list, a posting missing in the chosen language says so right after its heading, where focus lands', async ({ page }) => {
  await page.goto('/?careers-lang=fr&careers-status=all');
  await page.getByRole('link', { name: 'Product Manager (Pilot)' }).click();
  await expect(page.getByRole('note').filter({ hasText: 'n’est offerte qu’en anglais' })).toBeVisible();
  const heading = page.getByRole('heading', { level: 1, name: 'Product Manager (Pilot)' });
  await expect(heading).toBeFocused();
  // What a screen reader reads on from the heading: the notice first, before the posting.
  const readNext = await heading.evaluate((h) => {
    const walker = document.createTreeWalker(h.closest('article'), NodeFilter.SHOW_TEXT);
    walker.currentNode = h.lastChild;
    const texts = [];
    while (texts.length < 2 && walker.nextNode()) if (walker.currentNode.data.trim()) texts.push(walker.currentNode.data.trim());
    return texts;
  });
  expect(readNext).toEqual(['Cette offre d’emploi n’est offerte qu’en anglais.', 'La lire en anglais']);
});

test('a posting missing in the chosen language says so and offers the one that exists', async ({ page }) => {
  await page.goto('/?careers-lang=fr&careers-posting=pilot-product-manager');
  await expect(page.getByText('Cette offre d’emploi n’est offerte qu’en anglais.')).toBeVisible();
  await expect(page.locator('#cds-careers-posting-heading')).toHaveText('Product Manager (Pilot)');
  await expect(page.locator('.cds-careers__body')).toHaveAttribute('lang', 'en');
  await audit(page);
  // A link (it works without JavaScript too), to the posting in the language it exists in.
  const read = page.getByRole('link', { name: 'La lire en anglais' });
  await expect(read).toHaveAttribute('hreflang', 'en');
  await read.click();
  await expect(page.locator('.cds-careers')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveURL(/careers-lang=en/);
  await expect(page.getByText('This job posting is only available', { exact: false })).toHaveCount(0);
  // The link is gone with the notice: focus lands on the posting's heading, not on the page.
  await expect(page.getByRole('heading', { level: 1, name: 'Product Manager (Pilot)' })).toBeFocused();
  await expect(page.getByRole('link', { name: 'Request an accommodation' })).toHaveCount(0);
});

test('an unlisted posting still opens from its link; an unknown one says it was not found', async ({ page }) => {
  await page.goto('/?careers-posting=hidden-role');
  await expect(page.getByRole('heading', { level: 1, name: 'Hidden Role' })).toBeVisible();
  await page.goto('/?careers-posting=no-such-job&careers-lang=fr');
  await expect(page.getByText('Cette offre d’emploi est introuvable.', { exact: false })).toBeVisible();
  await page.getByRole('link', { name: 'Retour aux résultats' }).click();
  await expect(resultTitles(page)).toHaveCount(6);
});

test('every view is a URL: deep links, Back and Forward, host parameters kept', async ({ page }) => {
  await page.goto('/?from=newsletter&careers-lang=fr&careers-q=analyste');
  await expect(page.getByRole('searchbox')).toHaveValue('analyste');
  await expect(resultTitles(page)).toHaveText(['Analyste des politiques']);
  await page.getByRole('link', { name: 'Analyste des politiques' }).click();
  await expect(page).toHaveURL(/from=newsletter/);
  await expect(page).toHaveURL(/careers-posting=analyst/);
  await page.goBack();
  await expect(resultTitles(page)).toHaveText(['Analyste des politiques']);
  await expect(page.getByRole('link', { name: 'Analyste des politiques' })).toBeFocused();
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1, name: 'Analyste des politiques' })).toBeFocused();
  await page.goBack();
  await page.getByRole('group', { name: 'Classification' }).getByLabel(/^EC-05/).check();
  await page.getByLabel('Tous (1)').check();
  await page.goBack();
  await expect(page.getByLabel('Ouverts (1)')).toBeChecked();
  await page.goBack();
  await expect(page.getByRole('group', { name: 'Classification' }).getByRole('checkbox', { checked: true })).toHaveCount(0);
});

test('a search typed is one history entry: Back returns to the view before it, Enter adds none', async ({ page }) => {
  await page.goto('/?careers-lang=fr&careers-classification=EC-06');
  await expect(resultTitles(page)).toHaveCount(2);
  await page.getByRole('searchbox').fill('program');
  await expect(page).toHaveURL(/careers-q=program&/);
  await page.getByRole('searchbox').fill('programmes');
  await page.getByRole('searchbox').press('Enter');
  await expect(page).toHaveURL(/careers-q=programmes&/);
  await expect(page.locator('.cds-careers [aria-live="polite"]')).toHaveText('1 poste trouvé');
  await page.goBack();
  await expect(page).toHaveURL(/careers-classification=EC-06$/);
  await expect(page.getByRole('searchbox')).toHaveValue('');
  await expect(resultTitles(page)).toHaveCount(2);
  await page.goForward();
  await expect(page.getByRole('searchbox')).toHaveValue('programmes');
  // After Enter, or Back and Forward, typing makes a new entry.
  await page.getByRole('searchbox').fill('evaluateur');
  await expect(page).toHaveURL(/careers-q=evaluateur&/);
  await page.goBack();
  await expect(page.getByRole('searchbox')).toHaveValue('programmes');
});

test('typing records the search in the address bar, and Enter at once keeps it for Back', async ({ page }) => {
  await page.goto('/?from=newsletter&careers-lang=fr');
  await page.getByRole('searchbox').fill('analyste');
  await expect(resultTitles(page)).toHaveText(['Analyste des politiques']);
  await expect(page).toHaveURL(/\?from=newsletter&careers-lang=fr&careers-q=analyste$/);
  // Each result links to the same view with its posting open.
  await expect(page.getByRole('link', { name: 'Analyste des politiques' })).toHaveAttribute(
    'href',
    /\?from=newsletter&careers-lang=fr&careers-q=analyste&careers-posting=analyst$/,
  );
  // Changed and submitted in one go, before the typing pauses: the search is recorded at once,
  // in the entry the search made, and Back returns to the view before the search.
  await page.evaluate(() => {
    const box = document.querySelector('#cds-careers-search');
    box.value = 'politiques';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    box.form.requestSubmit();
  });
  await expect(page).toHaveURL(/careers-q=politiques$/);
  await page.goBack();
  await expect(page).toHaveURL(/\?from=newsletter&careers-lang=fr$/);
  await expect(page.getByRole('searchbox')).toHaveValue('');
  await page.goForward();
  await expect(page.getByRole('searchbox')).toHaveValue('politiques');
  // The title that holds the word, then the posting of the team "Politiques".
  await expect(resultTitles(page)).toHaveText([
    'Analyste des politiques',
    'Évaluateur ou évaluatrice de programmes',
  ]);
});

test('leaving the page right after typing keeps the search for Back', async ({ page }) => {
  await page.goto('/?careers-lang=fr');
  await expect(resultTitles(page)).toHaveCount(6);
  // Typed, then a link followed before the typing pauses long enough for the address to be written.
  await page.evaluate(() => {
    const box = document.querySelector('#cds-careers-search');
    box.value = 'analyste';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    setTimeout(() => location.assign('/demo/embed.html'), 0);
  });
  await expect(page).toHaveURL(/demo\/embed\.html$/);
  await page.goBack();
  await expect(page).toHaveURL(/careers-q=analyste$/);
  await expect(page.getByRole('searchbox')).toHaveValue('analyste');
  await expect(resultTitles(page)).toHaveText(['Analyste des politiques']);
});

test('a filter is its own history entry even when typing or leaving follows it at once', async ({ page }) => {
  // However late a filter's push is written (a build wrote it after the next frame), what
  // follows it in the same task must not swallow it.
  await page.goto('/?careers-lang=fr');
  await expect(resultTitles(page)).toHaveCount(6);
  const ec05 = page.getByRole('group', { name: 'Classification' }).getByLabel(/^EC-05/);
  // A filter ticked, then a search typed in the same task, before any frame.
  await ec05.evaluate((box) => {
    box.click();
    const search = document.querySelector('#cds-careers-search');
    search.value = 'analyste';
    search.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await expect(page).toHaveURL(/^(?=.*careers-classification=EC-05)(?=.*careers-q=analyste)/);
  await page.goBack();
  await expect(page).toHaveURL(/\?careers-lang=fr&careers-classification=EC-05$/);
  await expect(page.getByRole('searchbox')).toHaveValue('');
  await expect(ec05).toBeChecked();
  await page.goBack();
  await expect(page).toHaveURL(/\?careers-lang=fr$/);
  await expect(ec05).not.toBeChecked();
  // A filter ticked, then the page left before the next frame: Back finds it.
  await ec05.evaluate((box) => {
    box.click();
    setTimeout(() => location.assign('/demo/embed.html'), 0);
  });
  await expect(page).toHaveURL(/demo\/embed\.html$/);
  await page.goBack();
  await expect(page).toHaveURL(/\?careers-lang=fr&careers-classification=EC-05$/);
  await expect(ec05).toBeChecked();
});

test('a link opened in a new tab shows the same view', async ({ page, context }) => {
  await page.goto('/?careers-lang=fr');
  const href = await page.getByRole('link', { name: 'Analyste des politiques' }).getAttribute('href');
  const tab = await context.newPage();
  await servePostings(tab, fixtureBundle);
  await tab.goto(new URL(href, page.url()).href);
  await expect(tab.getByRole('heading', { level: 1, name: 'Analyste des politiques' })).toBeVisible();
});

test('unknown or malformed parameters are ignored without error', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(
    '/?careers-page=abc&careers-status=zzz&careers-sort=%3Cscript%3E&careers-classification=%3Cscript%3E&careers-posting=..%2F..&careers-lang=de&careers-unknown=1',
  );
  await expect(resultTitles(page)).toHaveCount(6);
  expect(errors).toEqual([]);
});

test.describe('the initial language', () => {
  const lang = (page) => page.locator('.cds-careers');

  test("comes from the host's data-lang, unless the URL says otherwise", async ({ page }) => {
    await serveIndexWith(page, (html) => html.replace('data-cds-careers', 'data-cds-careers data-lang="fr"'));
    await page.goto('/');
    await expect(lang(page)).toHaveAttribute('lang', 'fr');
    await expect(resultTitles(page).first()).toHaveText('Analyste des politiques');
    await page.goto('/?careers-lang=en');
    await expect(lang(page)).toHaveAttribute('lang', 'en');
  });

  test("else from the host page's lang", async ({ page }) => {
    await serveIndexWith(page, (html) => html.replace(/<html lang=("en"|en)/, '<html lang="fr-CA"'));
    await page.goto('/');
    await expect(lang(page)).toHaveAttribute('lang', 'fr');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr-CA');
  });

  test('standalone, the page takes the language shown, so that its title is read in it', async ({ page }) => {
    await page.goto('/?careers-lang=fr');
    await expect(page).toHaveTitle('Carrières - Service numérique canadien');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveTitle('Careers - Canadian Digital Service');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test("else from the browser's", async ({ browser }) => {
    const context = await browser.newContext({ locale: 'fr-CA' });
    const page = await context.newPage();
    await servePostings(page, fixtureBundle);
    await serveIndexWith(page, (html) => html.replace(/<html lang=("en"|en)/, '<html'));
    await page.goto('/');
    await expect(lang(page)).toHaveAttribute('lang', 'fr');
    await expect(page.locator('.cds-careers h1')).toHaveText('Offres d’emploi');
    await context.close();
  });
});

test.describe('the body of a posting', () => {
  const bodyPath = (url) => new URL(url).pathname.match(/\/postings\/[^/]+\.json$/)?.[0];

  test('is searched from the listing without being downloaded, and fetched once when its posting opens', async ({ page }) => {
    const fetched = [];
    page.on('request', (request) => bodyPath(request.url()) && fetched.push(bodyPath(request.url())));
    await page.goto('/');
    await page.getByRole('searchbox').fill('executives'); // only in the analyst's body
    await expect(resultTitles(page)).toHaveText(['Policy Analyst']);
    expect(fetched).toEqual([]);
    await resultTitles(page).first().click();
    await expect(page.getByRole('listitem').filter({ hasText: 'Brief executives' })).toBeVisible();
    await page.getByRole('link', { name: 'Français' }).click();
    await expect(page.getByText('Informer la haute direction')).toBeVisible();
    await page.getByRole('link', { name: 'Retour aux résultats' }).click();
    await expect(page.getByRole('searchbox')).toHaveValue('executives');
    await page.goBack();
    await expect(page.getByText('Informer la haute direction')).toBeVisible();
    expect(fetched).toEqual(['/postings/analyst.json']);
  });

  // The wasm's stack is 128 KB (.cargo/config.toml), not Rust's 1 MB. This body is nested as deep
  // as the JSON reader accepts (128), which is the deepest the widget ever reads and renders; a
  // stack too small for it traps, and the body never shows.
  test('nested as deep as the reader accepts shows to its innermost word', async ({ page }) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.route('**/postings/developer.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: deepestBody('developer') }),
    );
    await page.goto('/?careers-posting=developer');
    await expect(page.getByText('innermost word')).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: 'innermost item' })).toHaveCount(30);
    await page.getByRole('link', { name: 'Français' }).click();
    await expect(page.getByRole('link', { name: 'English' })).toBeVisible();
    await expect(page.getByText('innermost word')).toBeVisible();
    expect(errors).toEqual([]);
  });

  const failures = [
    {
      name: 'a server error',
      serve: (route) => route.fulfill({ status: 500, body: 'oops' }),
      en: 'The server that holds the job postings had a problem (error 500).',
      fr: 'Le serveur qui contient les offres d’emploi a éprouvé un problème (erreur 500).',
    },
    {
      name: 'a damaged file',
      serve: (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<html>Sign in</html>' }),
      en: 'Its file is damaged.',
      fr: 'Son fichier est endommagé.',
    },
  ];
  for (const failure of failures) {
    test(`${failure.name}: says so in both languages, keeps the posting usable, and Retry brings the body`, async ({ page }) => {
      const served = gate();
      const failing = async (route) => {
        await served.opened;
        await failure.serve(route);
      };
      await page.route('**/postings/*.json', failing);
      await page.goto('/?careers-posting=developer');
      await expect(page.getByRole('heading', { level: 1, name: 'Senior Developer' })).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: 'Loading the description…' })).toBeVisible();
      served.open();
      const alert = page.getByRole('alert');
      await expect(alert).toContainText('The description of this job posting could not be shown');
      await expect(alert).toContainText(failure.en);
      await expect(page.getByRole('link', { name: 'Apply for this job' })).toBeVisible();
      await audit(page);
      await page.getByRole('link', { name: 'Français' }).click();
      await expect(alert).toContainText('Impossible d’afficher la description de cette offre d’emploi');
      await expect(alert).toContainText(failure.fr);
      await audit(page);
      await page.unroute('**/postings/*.json', failing);
      await alert.getByRole('button', { name: 'Réessayer' }).click();
      await expect(page.getByRole('heading', { level: 2, name: 'À propos du poste' })).toBeVisible();
      await expect(page.getByRole('alert')).toHaveCount(0);
      await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    });
  }
});

test('when the posting page\'s module cannot be fetched, it says so in words that fit a posting, and Try again brings it', async ({ page }) => {
  const modules = ['**/split_posting_page.*.wasm', '**/chunk_*.wasm'];
  const offline = (route) => route.abort('internetdisconnected');
  for (const module of modules) await page.route(module, offline);
  await page.goto('/?careers-lang=fr');
  await resultTitles(page).filter({ hasText: 'Développeur principal' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Impossible d’afficher la description de cette offre d’emploi');
  // No pronoun that would have to agree with « la description » or « le formulaire ».
  await expect(alert).toContainText('Le chargement a échoué. Vérifiez votre connexion Internet ou rechargez la page.');
  await expect(alert).not.toContainText('Impossible de le charger');
  await audit(page);
  await page.getByRole('link', { name: 'English' }).click();
  await expect(alert).toContainText('It could not be loaded. Check your Internet connection, or reload the page.');
  for (const module of modules) await page.unroute(module, offline);
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'About the role' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
