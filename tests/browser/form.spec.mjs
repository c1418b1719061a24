// The accommodation request form (issue #5): keyboard-only completion, the error summary, every
// failure mode keeping the data and retrying with the same idempotency key, the draft across a
// reload and a language switch, double submit, the prepared email, hostile text, and axe-core on
// every state in both languages. The endpoint is set by serving a modified copy of index.html and
// intercepted with page.route; no test sleeps.
import { test, expect } from '@playwright/test';
import { audit, fixtureBundle, servePostings, serveIndexWith, scrollsSideways } from './helpers.mjs';

const ENDPOINT = '/api/accommodation';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const FORM_URL = '/?careers-form=1&careers-posting=developer';
const DRAFT_KEY = 'cds-careers-accommodation-draft';
const PENDING_KEY = 'cds-careers-accommodation-pending';

const $ = (page, id) => page.locator(`#${id}`);
const heading = (page) => page.locator('#cds-careers-form-heading');
const sendButton = (page) => page.locator('.cds-careers__form-actions button');

/** The recruitment address the widget uses when a host page names none. */
const RECRUITMENT = 'CDSRecruitment.RecrutementSNC@tbs-sct.gc.ca';

/** Serves the fixture bundle, and index.html with `attrs` on the widget's element. */
async function withAttributes(page, attrs) {
  await servePostings(page, fixtureBundle);
  await serveIndexWith(page, (html) => html.replace('data-cds-careers', `data-cds-careers ${attrs}`));
}

/** Serves the fixture bundle, and index.html with an endpoint. */
async function withEndpoint(page, { timeoutMs } = {}) {
  await withAttributes(page, `data-accommodation-endpoint="${ENDPOINT}"${timeoutMs ? ` data-timeout-ms="${timeoutMs}"` : ''}`);
}

/** Whether `a` comes before `b` in the document. */
async function precedes(a, b) {
  const other = await b.elementHandle();
  return a.evaluate((el, o) => Boolean(el.compareDocumentPosition(o) & Node.DOCUMENT_POSITION_FOLLOWING), other);
}

/**
 * Intercepts the endpoint. `answers` says what to do with each call in turn (the last one
 * repeats): a status number, 'abort' (offline), 'hang' (never answers) or 'hold' (answers 201 when
 * `release()` is called). Returns the calls seen and `release`.
 */
async function intercept(page, answers) {
  const calls = [];
  const held = [];
  let release;
  const released = new Promise((resolve) => (release = resolve));
  await page.route(`**${ENDPOINT}`, async (route) => {
    const request = route.request();
    calls.push({
      method: request.method(),
      key: request.headers()['idempotency-key'],
      contentType: request.headers()['content-type'],
      raw: request.postData(),
      body: request.postDataJSON(),
    });
    const answer = answers[Math.min(calls.length, answers.length) - 1];
    if (answer === 'abort') return route.abort('internetdisconnected');
    if (answer === 'hang') {
      held.push(route);
      return;
    }
    if (answer === 'hold') await released;
    const status = answer === 'hold' ? 201 : answer;
    await route
      .fulfill({
        status,
        contentType: 'application/json',
        body: status < 300 ? JSON.stringify({ reference: 'CDS-REF-42' }) : JSON.stringify({ error: 'nope' }),
      })
      .catch(() => {});
  });
  return { calls, release: () => release() };
}

const PERSON = {
  name: 'Alex Tremblay',
  email: 'alex@example.com',
  needs: 'I use a screen reader and need documents in an accessible digital format.',
  phone: '613-555-0123',
};

/** Fills every required field (and a few optional ones) with the mouse-free Playwright API. */
async function fillValid(page, person = PERSON) {
  await $(page, 'cds-acc-full-name').fill(person.name);
  await $(page, 'cds-acc-email').fill(person.email);
  await $(page, 'cds-acc-correspondence-language-en').check();
  await $(page, 'cds-acc-stage-interview').check();
  await $(page, 'cds-acc-needs').fill(person.needs);
  await $(page, 'cds-acc-measure-extra-time').check();
  await $(page, 'cds-acc-phone').fill(person.phone);
  await $(page, 'cds-acc-consent').check();
}

/** Expects every field filled as `fillValid` left it. */
async function expectFilled(page, person = PERSON) {
  await expect($(page, 'cds-acc-full-name')).toHaveValue(person.name);
  await expect($(page, 'cds-acc-email')).toHaveValue(person.email);
  await expect($(page, 'cds-acc-correspondence-language-en')).toBeChecked();
  await expect($(page, 'cds-acc-stage-interview')).toBeChecked();
  await expect($(page, 'cds-acc-needs')).toHaveValue(person.needs);
  await expect($(page, 'cds-acc-measure-extra-time')).toBeChecked();
  await expect($(page, 'cds-acc-phone')).toHaveValue(person.phone);
  await expect($(page, 'cds-acc-consent')).toBeChecked();
}

/** Presses Tab until the element with `id` has focus (at most 80 times). */
async function tabTo(page, id, key = 'Tab') {
  for (let i = 0; i < 80; i++) {
    if (await page.evaluate((id) => document.activeElement?.id === id, id)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`focus never reached #${id}`);
}

const switchTo = async (page, language) => {
  await page.getByRole('link', { name: language === 'fr' ? 'Français' : 'English' }).click();
  await expect(page.locator('.cds-careers')).toHaveAttribute('lang', language);
};

test.describe('with an endpoint', () => {
  test('keyboard only: from the posting to the confirmation', async ({ page }) => {
    await withEndpoint(page);
    const { calls } = await intercept(page, [201]);
    await page.goto('/?careers-posting=developer');
    const link = page.getByRole('link', { name: 'Request an accommodation' });
    await expect(link).toBeVisible();
    for (let i = 0; i < 40 && !(await link.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(link).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(heading(page)).toBeFocused();
    await expect(page).toHaveURL(/careers-form=1/);
    // The posting is shown, not asked.
    await expect(page.locator('.cds-careers__fixed-posting')).toContainText('Senior Developer');
    await expect(page.locator('#cds-acc-posting')).toHaveCount(0);
    // Shift+Tab reaches the Back link, Tab comes back into the form.
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('link', { name: 'Back to the job posting' })).toBeFocused();

    await tabTo(page, 'cds-acc-full-name');
    await page.keyboard.type('Sam Lee');
    await tabTo(page, 'cds-acc-email');
    await page.keyboard.type('sam@example.com');
    await tabTo(page, 'cds-acc-correspondence-language-en');
    await page.keyboard.press('ArrowDown'); // French
    await expect($(page, 'cds-acc-correspondence-language-fr')).toBeChecked();
    await tabTo(page, 'cds-acc-stage-written-test');
    await page.keyboard.press('Space');
    await tabTo(page, 'cds-acc-needs');
    await page.keyboard.type('Extra time for the written test.');
    await tabTo(page, 'cds-acc-measure-other');
    await page.keyboard.press('Space');
    await tabTo(page, 'cds-acc-measure-other-text');
    await page.keyboard.type('A quiet room');
    await tabTo(page, 'cds-acc-previous-yes');
    await page.keyboard.press('Space');
    await tabTo(page, 'cds-acc-previous-details');
    await page.keyboard.type('Breaks every hour');
    await tabTo(page, 'cds-acc-consent');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await expect(sendButton(page)).toBeFocused();
    await page.keyboard.press('Enter');

    const confirmation = page.locator('#cds-acc-confirmation-heading');
    await expect(confirmation).toBeFocused();
    await expect(confirmation).toHaveText('Request sent');
    await expect(page.getByText('Your reference number is CDS-REF-42.')).toBeVisible();
    expect(calls).toHaveLength(1);
    const body = calls[0].body;
    expect(calls[0].method).toBe('POST');
    expect(calls[0].contentType).toBe('application/json');
    expect(calls[0].key).toMatch(UUID);
    expect(body.idempotencyKey).toBe(calls[0].key);
    expect(body).toMatchObject({
      schema: 1,
      posting: { id: 'developer', title: 'Senior Developer' },
      language: 'en',
      correspondenceLanguage: 'fr',
      fullName: 'Sam Lee',
      email: 'sam@example.com',
      phone: null,
      stages: ['writtenTest'],
      needs: 'Extra time for the written test.',
      measures: ['other'],
      measureOther: 'A quiet room',
      previousAccommodation: 'yes',
      previousDetails: 'Breaks every hour',
      consent: true,
    });
    // Draft and pending submission are gone.
    expect(await page.evaluate(([d, p]) => [sessionStorage.getItem(d), sessionStorage.getItem(p)], [DRAFT_KEY, PENDING_KEY])).toEqual([null, null]);
  });

  for (const [mode, answer] of [
    ['400', 400],
    ['500', 500],
    ['timeout', 'hang'],
    ['offline', 'abort'],
  ]) {
    test(`${mode}: the message takes focus, every field stays, Retry sends the same key`, async ({ page }) => {
      await withEndpoint(page, { timeoutMs: mode === 'timeout' ? 1500 : undefined });
      const { calls } = await intercept(page, [answer, 201]);
      await page.goto(FORM_URL);
      await expect(heading(page)).toBeVisible();
      await fillValid(page);
      await sendButton(page).click();
      const failure = page.locator('#cds-acc-failure');
      await expect(failure).toBeFocused();
      await expect(failure).toContainText('Your request was not sent');
      const expected = {
        400: 'The server could not accept your request (error 400).',
        500: 'The server had a problem (error 500).',
        timeout: 'The server took too long to answer.',
        offline: 'You seem to be offline.',
      }[mode];
      await expect(failure).toContainText(expected);
      await expect(failure).toContainText('Your information is still in the form');
      await expectFilled(page);
      await expect(sendButton(page)).toHaveText('Send request');
      if (mode === '400') {
        await audit(page);
        // In French, then back: the data is still there, and the request is the same again.
        await switchTo(page, 'fr');
        await expect(failure).toContainText('Votre demande n’a pas été envoyée');
        await expectFilled(page);
        await audit(page);
        await switchTo(page, 'en');
      }
      await failure.getByRole('button', { name: 'Retry' }).click();
      await expect(page.locator('#cds-acc-confirmation-heading')).toBeFocused();
      expect(calls).toHaveLength(2);
      expect(calls[0].key).toMatch(UUID);
      expect(calls[1].key).toBe(calls[0].key);
      expect(calls[0].body.idempotencyKey).toBe(calls[0].key);
      expect(calls[1].body.idempotencyKey).toBe(calls[0].key);
      expect(calls[1].raw).toBe(calls[0].raw);
    });
  }

  test('offline in the browser: nothing is sent, and the retry once online uses the pending key', async ({ page, context }) => {
    await withEndpoint(page);
    const { calls } = await intercept(page, [201]);
    await page.goto(FORM_URL);
    await fillValid(page);
    await context.setOffline(true);
    await sendButton(page).click();
    const failure = page.locator('#cds-acc-failure');
    await expect(failure).toBeFocused();
    await expect(failure).toContainText('You seem to be offline.');
    await expectFilled(page);
    expect(calls).toHaveLength(0);
    const pending = await page.evaluate((k) => JSON.parse(sessionStorage.getItem(k)), PENDING_KEY);
    expect(pending.idempotencyKey).toMatch(UUID);
    await context.setOffline(false);
    await failure.getByRole('button', { name: 'Retry' }).click();
    await expect(page.locator('#cds-acc-confirmation-heading')).toBeFocused();
    expect(calls).toHaveLength(1);
    expect(calls[0].key).toBe(pending.idempotencyKey);
  });

  test('a reload after a failure retries with the same key', async ({ page }) => {
    await withEndpoint(page);
    const { calls } = await intercept(page, [503, 201]);
    await page.goto(FORM_URL);
    await fillValid(page);
    await sendButton(page).click();
    await expect(page.locator('#cds-acc-failure')).toBeFocused();
    await page.reload();
    await expect(page.getByText('We restored what you entered earlier in this tab.')).toBeVisible();
    await expectFilled(page);
    await sendButton(page).click();
    await expect(page.locator('#cds-acc-confirmation-heading')).toBeFocused();
    expect(calls).toHaveLength(2);
    expect(calls[1].key).toBe(calls[0].key);
  });

  test('a changed request gets a new key', async ({ page }) => {
    await withEndpoint(page);
    const { calls } = await intercept(page, [500, 201]);
    await page.goto(FORM_URL);
    await fillValid(page);
    await sendButton(page).click();
    await expect(page.locator('#cds-acc-failure')).toBeFocused();
    await $(page, 'cds-acc-needs').fill('Something else entirely.');
    await sendButton(page).click();
    await expect(page.locator('#cds-acc-confirmation-heading')).toBeFocused();
    expect(calls).toHaveLength(2);
    expect(calls[1].key).toMatch(UUID);
    expect(calls[1].key).not.toBe(calls[0].key);
    expect(calls[1].body.needs).toBe('Something else entirely.');
  });

  test('while sending: the button says so, a double click sends once; axe in both languages', async ({ page }) => {
    // The audits below take a while: the request must not time out meanwhile.
    await withEndpoint(page, { timeoutMs: 120000 });
    const { calls, release } = await intercept(page, ['hold']);
    await page.goto(FORM_URL);
    await fillValid(page);
    await sendButton(page).dblclick();
    await expect(sendButton(page)).toHaveText('Sending…');
    await expect(sendButton(page)).toHaveAttribute('aria-disabled', 'true');
    const live = page.locator('.cds-careers > [aria-live="polite"]');
    await expect(live).toHaveText('Sending…');
    // Playwright waits for aria-disabled buttons to be enabled: force the clicks through.
    await sendButton(page).click({ force: true });
    await sendButton(page).click({ force: true });
    await page.keyboard.press('Enter');
    await audit(page);
    await switchTo(page, 'fr');
    await expect(sendButton(page)).toHaveText('Envoi en cours…');
    // What was said in English is not left in the French page.
    await expect(live).toHaveText('');
    await audit(page);
    release();
    await expect(page.locator('#cds-acc-confirmation-heading')).toBeFocused();
    await expect(page.locator('#cds-acc-confirmation-heading')).toHaveText('Demande envoyée');
    expect(calls).toHaveLength(1);
  });

  test('once sent, "Sending…" is no longer in the page for a screen reader reading on', async ({ page }) => {
    await withEndpoint(page);
    const { release } = await intercept(page, ['hold']);
    await page.goto(FORM_URL);
    await fillValid(page);
    await sendButton(page).click();
    const live = page.locator('.cds-careers > [aria-live="polite"]');
    await expect(live).toHaveText('Sending…');
    release();
    await expect(page.locator('#cds-acc-confirmation-heading')).toBeFocused();
    await expect(live).toHaveText('');
  });

  test('an answer faster than a frame leaves no "Sending…" either', async ({ page }) => {
    await withEndpoint(page);
    await intercept(page, [500, 201]);
    await page.goto(FORM_URL);
    await fillValid(page);
    const live = page.locator('.cds-careers > [aria-live="polite"]');
    await sendButton(page).click();
    await expect(page.locator('#cds-acc-failure')).toBeFocused();
    await expect(live).toHaveText('');
    await page.locator('#cds-acc-failure').getByRole('button').first().click();
    await expect(page.locator('#cds-acc-confirmation-heading')).toBeFocused();
    await expect(live).toHaveText('');
  });

  test('5,000 characters, emoji, right-to-left text and <script> are sent verbatim and shown as text', async ({ page }) => {
    const dialogs = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      d.dismiss();
    });
    const logs = [];
    page.on('console', (m) => logs.push(m.text()));
    const requests = [];
    page.on('request', (r) => requests.push({ url: r.url(), body: r.postData() ?? '' }));
    await withEndpoint(page);
    const { calls } = await intercept(page, [200]);
    await page.goto(FORM_URL);
    const piece = '<script>alert(1)</script> 👩🏽‍🦯 مرحبا بالعالم <b>bold</b> & "quotes" ';
    const needs = Array.from(piece.repeat(200)).slice(0, 4999).join('') + '.';
    expect(Array.from(needs)).toHaveLength(5000);
    const name = 'Zoë 😀 نور <script>alert(1)</script>';
    await fillValid(page, { ...PERSON, name, needs });
    await expect($(page, 'cds-acc-needs')).not.toHaveAttribute('maxlength');
    await expect($(page, 'cds-acc-needs-counter')).toHaveText('You have 0 characters remaining');
    await $(page, 'cds-acc-measure-other').check();
    await $(page, 'cds-acc-measure-other-text').fill('שלום <img src=x onerror=alert(2)>');
    await sendButton(page).click();
    await expect(page.locator('#cds-acc-confirmation-heading')).toBeFocused();
    const body = calls[0].body;
    expect(body.needs).toBe(needs);
    expect(body.fullName).toBe(name);
    expect(body.measureOther).toBe('שלום <img src=x onerror=alert(2)>');
    const values = await page.locator('.cds-careers__summary-list dd').allTextContents();
    expect(values).toContain(needs);
    expect(values).toContain(name);
    expect(values.join('\n')).toContain('שלום <img src=x onerror=alert(2)>');
    await expect(page.locator('.cds-careers script, .cds-careers img, .cds-careers b')).toHaveCount(0);
    await expect(page.getByText('Your reference number is CDS-REF-42.')).toBeVisible();
    await expect(page.getByText(/^We received your request on \d{1,2} [A-Z][a-z]+ \d{4}\.$/)).toBeVisible();
    await audit(page);
    await switchTo(page, 'fr');
    await expect(page.locator('#cds-acc-confirmation-heading')).toHaveText('Demande envoyée');
    await expect(page.getByText(/^Nous avons reçu votre demande le /)).toBeVisible();
    await audit(page);
    expect(dialogs).toEqual([]);
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await scrollsSideways(page)).toBe(false);
    // Personal data only in the submission: not in the address bar, the console or other requests.
    expect(page.url()).not.toContain('Zo');
    expect(logs.join('\n')).not.toContain('Zoë');
    const others = requests.filter((r) => !r.url.endsWith(ENDPOINT));
    expect(others.length).toBeGreaterThan(0);
    for (const r of others) {
      expect(decodeURIComponent(r.url)).not.toContain('Zoë');
      expect(r.body).not.toContain('Zoë');
    }
  });
});

test.describe('validation', () => {
  test.beforeEach(async ({ page }) => {
    await servePostings(page, fixtureBundle);
  });

  test('the empty form passes axe in both languages', async ({ page }) => {
    await page.goto('/?careers-form=1');
    await expect(heading(page)).toHaveText('Request an accommodation for your assessment');
    await expect(page.getByRole('heading', { name: 'Privacy notice' })).toBeVisible();
    await audit(page);
    await switchTo(page, 'fr');
    await expect(heading(page)).toHaveText('Demander une mesure d’adaptation pour votre évaluation');
    await audit(page);
  });

  test('an empty submit: the summary takes focus, links in form order, every field marked', async ({ page }) => {
    await page.goto('/?careers-form=1');
    await expect(heading(page)).toBeVisible();
    // Nothing is validated while typing.
    await $(page, 'cds-acc-email').fill('not an email');
    await expect(page.locator('.cds-careers__field-error')).toHaveCount(0);
    await $(page, 'cds-acc-email').fill('');
    await sendButton(page).click();
    const summary = page.locator('#cds-acc-error-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('heading')).toHaveText('There is a problem');
    // Focused, it says its name and then the errors (a group's content is not read on focus).
    await expect(summary).toHaveAccessibleName('There is a problem');
    await expect(summary).toHaveAccessibleDescription(/^Enter your full name Enter your email address .* You must agree to the privacy notice to send your request$/);
    await expect(page).toHaveTitle(/^Error: /);
    const expected = [
      ['cds-acc-full-name', 'cds-acc-full-name', 'Enter your full name'],
      ['cds-acc-email', 'cds-acc-email', 'Enter your email address'],
      ['cds-acc-correspondence-language-en', 'cds-acc-correspondence-language', 'Select the official language you want us to use when we contact you'],
      ['cds-acc-posting', 'cds-acc-posting', 'Select the job posting your request is about'],
      ['cds-acc-stage-screening', 'cds-acc-stages', 'Select at least one assessment stage'],
      ['cds-acc-needs', 'cds-acc-needs', 'Describe the needs or barriers you want us to know about'],
      ['cds-acc-consent', 'cds-acc-consent', 'You must agree to the privacy notice to send your request'],
    ];
    const links = summary.getByRole('link');
    await expect(links).toHaveCount(expected.length);
    for (const [i, [target, field, message]] of expected.entries()) {
      await expect(links.nth(i)).toHaveAttribute('href', `#${target}`);
      await expect(links.nth(i)).toHaveText(message);
      await expect($(page, target)).toHaveAttribute('aria-invalid', 'true');
      const error = $(page, `${field}-error`);
      await expect(error).toHaveText(`Error: ${message}`);
      const owner = field === target ? $(page, target) : $(page, field);
      await expect(owner).toHaveAttribute('aria-describedby', new RegExp(`(^| )${field}-error( |$)`));
    }
    await expect($(page, 'cds-acc-full-name')).toHaveAccessibleDescription(/Error: Enter your full name/);
    // Optional fields are not marked.
    await expect($(page, 'cds-acc-phone')).not.toHaveAttribute('aria-invalid', 'true');
    await audit(page);
    // A link moves focus to its field.
    await links.nth(5).click();
    await expect($(page, 'cds-acc-needs')).toBeFocused();
    await links.nth(2).click();
    await expect($(page, 'cds-acc-correspondence-language-en')).toBeFocused();
    // Errors refresh only on the next submit.
    await $(page, 'cds-acc-full-name').fill('Alex');
    await expect($(page, 'cds-acc-full-name-error')).toBeVisible();
    await $(page, 'cds-acc-email').fill('alex@example');
    await sendButton(page).click();
    await expect(summary).toBeFocused();
    await expect($(page, 'cds-acc-full-name-error')).toHaveCount(0);
    await expect($(page, 'cds-acc-full-name')).not.toHaveAttribute('aria-invalid', 'true');
    await expect(links.first()).toHaveText('Enter an email address in the correct format, like name@example.com');
    // In French.
    await switchTo(page, 'fr');
    await expect(summary.getByRole('heading')).toHaveText('Un problème est survenu');
    await expect($(page, 'cds-acc-email-error')).toHaveText(
      'Erreur\u00a0: Entrez une adresse courriel dans le bon format, par exemple nom@exemple.com',
    );
    await expect(page).toHaveTitle(/^Erreur\u00a0: /);
    await audit(page);
    // The title has one owner: back on the results, it names the listing, without "Erreur".
    await page.getByRole('link', { name: 'Retour aux résultats' }).click();
    await expect(page.locator('#cds-careers-results-heading')).toBeVisible();
    await expect(page).toHaveTitle('Carrières - Service numérique canadien');
  });

  test('from the listing, the posting is chosen among open, listed postings that take requests, in the title order of each language', async ({ page }) => {
    await page.goto('/');
    const link = page.getByRole('link', { name: 'Request an accommodation for your assessment' });
    await link.click();
    await expect(heading(page)).toBeFocused();
    const select = page.getByLabel('Job posting');
    await expect(select.locator('option')).toHaveText([
      'Select a job posting',
      'Policy Analyst',
      'Program Evaluator',
      'Rédacteur ou rédactrice',
      'Senior Developer',
      'Technical Writer',
    ]);
    // A title shown in the other language says so, for screen readers' pronunciation.
    await expect(select.locator('option', { hasText: 'Rédacteur ou rédactrice' })).toHaveAttribute('lang', 'fr');
    await expect(select.locator('option', { hasText: 'Senior Developer' })).not.toHaveAttribute('lang');
    await switchTo(page, 'fr');
    // In French order, as the results sort titles: `É` with `E`, not after `R`.
    await expect(page.getByLabel('Offre d’emploi').locator('option')).toHaveText([
      'Sélectionnez une offre d’emploi',
      'Analyste des politiques',
      'Développeur principal ou développeuse principale',
      'Écrivain technique ou écrivaine technique',
      'Évaluateur ou évaluatrice de programmes',
      'Rédacteur ou rédactrice',
    ]);
    await switchTo(page, 'en');
    await select.selectOption('evaluator');
    await $(page, 'cds-acc-full-name').fill('Alex');
    await page.getByRole('link', { name: 'Back to results' }).click();
    await expect(page.locator('#cds-careers-results-heading')).toBeVisible();
    await link.click();
    await expect(page.getByLabel('Job posting')).toHaveValue('evaluator');
    await expect($(page, 'cds-acc-full-name')).toHaveValue('Alex');
  });

  test('a closed posting is not accepted; an unlisted open one is, from its link', async ({ page }) => {
    await page.goto('/?careers-form=1&careers-posting=designer');
    await expect(heading(page)).toBeVisible();
    await expect(page.getByLabel('Job posting')).toBeVisible();
    await sendButton(page).click();
    await expect(page.locator('#cds-acc-error-summary')).toBeFocused();
    await expect($(page, 'cds-acc-posting-error')).toHaveText(
      'Error: The job posting you selected is no longer available. Select another job posting',
    );
    await expect(page.getByRole('link', { name: 'Back to the job posting' })).toBeVisible();
    await page.goto('/?careers-form=1&careers-posting=hidden-role');
    await expect(page.locator('.cds-careers__fixed-posting')).toContainText('Hidden Role');
    await expect(page.locator('#cds-acc-posting')).toHaveCount(0);
    // A posting only in French, in the English form: its title is marked as French.
    await page.goto('/?careers-form=1&careers-posting=redacteur');
    await expect(page.locator('.cds-careers__fixed-posting p[lang="fr"]')).toHaveText('Rédacteur ou rédactrice');
  });

  test('long text has a counter, announced only near and over the limit; short fields have none', async ({ page }) => {
    await page.goto(FORM_URL);
    const needs = $(page, 'cds-acc-needs');
    const counter = $(page, 'cds-acc-needs-counter');
    await expect(needs).not.toHaveAttribute('maxlength');
    await expect(counter).toHaveText('You have 5,000 characters remaining');
    await expect(needs).toHaveAccessibleDescription(/You have 5,000 characters remaining/);
    const live = page.locator('.cds-careers > [aria-live="polite"]');
    await needs.fill('a'.repeat(2500));
    await expect(counter).toHaveText('You have 2,500 characters remaining');
    await expect(live).toHaveText('');
    await needs.fill('a'.repeat(4985));
    await expect(live).toHaveText('You have 15 characters remaining');
    await needs.fill('a'.repeat(5005));
    await expect(live).toHaveText('You have 5 characters too many');
    await expect(counter).toHaveText('You have 5 characters too many');
    // A short field: no counter, nothing about characters in its description, an error on submit.
    const name = $(page, 'cds-acc-full-name');
    await expect($(page, 'cds-acc-full-name-counter')).toHaveCount(0);
    await name.fill('a'.repeat(205));
    await expect(name).not.toHaveAccessibleDescription(/characters/);
    await sendButton(page).click();
    await expect($(page, 'cds-acc-full-name-error')).toHaveText('Error: Full name must be 200 characters or fewer');
    await expect(name).toHaveValue('a'.repeat(205));
    await expect(needs).toHaveValue('a'.repeat(5005));
  });
});

test.describe('the draft', () => {
  test.beforeEach(async ({ page }) => {
    await servePostings(page, fixtureBundle);
  });

  test('survives a reload and a language switch, and can be discarded', async ({ page }) => {
    await page.goto(FORM_URL);
    await fillValid(page);
    await $(page, 'cds-acc-measure-other').check();
    await $(page, 'cds-acc-measure-other-text').fill('A reader');
    await page.reload();
    await expect(page.getByText('We restored what you entered earlier in this tab.')).toBeVisible();
    await expectFilled(page);
    await expect($(page, 'cds-acc-measure-other-text')).toHaveValue('A reader');
    await switchTo(page, 'fr');
    await expect(page.getByText('Nous avons rétabli ce que vous aviez saisi')).toBeVisible();
    await expect(page.getByText('Nom complet (obligatoire)')).toBeVisible();
    await expectFilled(page);
    await expect($(page, 'cds-acc-measure-other-text')).toHaveValue('A reader');
    // Typed after the switch, then reloaded in French.
    await $(page, 'cds-acc-best-time').fill('Le matin');
    await page.reload();
    await expect($(page, 'cds-acc-best-time')).toHaveValue('Le matin');
    await expectFilled(page);
    expect(page.url()).not.toContain('Alex');
    // Discarding asks first; cancelling keeps everything.
    page.once('dialog', (d) => d.dismiss());
    await page.getByRole('button', { name: 'Supprimer le brouillon' }).click();
    await expectFilled(page);
    page.once('dialog', (d) => {
      expect(d.message()).toBe('Supprimer tout ce que vous avez saisi dans ce formulaire\u00a0?');
      d.accept();
    });
    await page.getByRole('button', { name: 'Supprimer le brouillon' }).click();
    await expect(page.locator('#cds-acc-draft-discarded')).toBeFocused();
    await expect($(page, 'cds-acc-full-name')).toHaveValue('');
    await expect($(page, 'cds-acc-consent')).not.toBeChecked();
    expect(await page.evaluate((k) => sessionStorage.getItem(k), DRAFT_KEY)).toBeNull();
    await page.reload();
    await expect(heading(page)).toBeVisible();
    await expect($(page, 'cds-acc-full-name')).toHaveValue('');
    await expect(page.getByRole('button', { name: 'Supprimer le brouillon' })).toHaveCount(0);
  });
});

test.describe('without an endpoint', () => {
  test('the prepared email: a mailto link with the fields, and Copy', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await servePostings(page, fixtureBundle);
    await page.goto(FORM_URL);
    await fillValid(page);
    await sendButton(page).click();
    await expect(page.locator('#cds-acc-prepared-heading')).toBeFocused();
    const mailto = page.getByRole('link', { name: 'Open in your email program' });
    const href = await mailto.getAttribute('href');
    expect(href.startsWith(`mailto:${RECRUITMENT}?subject=`)).toBe(true);
    expect(href).toContain(encodeURIComponent(PERSON.name));
    expect(href).toContain(encodeURIComponent(PERSON.email));
    expect(href).toContain(encodeURIComponent(PERSON.needs));
    expect(href).toContain('Senior%20Developer');
    await audit(page);
    await page.getByRole('button', { name: 'Copy the request' }).click();
    await expect(page.getByText('Request copied to the clipboard.')).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(`To: ${RECRUITMENT}`);
    expect(copied).toContain(PERSON.needs);
    // The draft is kept: nothing was sent.
    expect(await page.evaluate((k) => sessionStorage.getItem(k), DRAFT_KEY)).not.toBeNull();
    await switchTo(page, 'fr');
    await audit(page);
  });

  test('a long request is offered for copying only', async ({ page }) => {
    await servePostings(page, fixtureBundle);
    await page.goto(FORM_URL);
    await fillValid(page, { ...PERSON, needs: 'x'.repeat(3000) });
    await sendButton(page).click();
    await expect(page.locator('#cds-acc-prepared-heading')).toBeFocused();
    await expect(page.getByRole('link', { name: 'Open in your email program' })).toHaveCount(0);
    await expect(page.getByText('Your request is too long to open in your email program.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Copy the request' })).toBeVisible();
    await expect(page.locator('#cds-acc-prepared-text')).toContainText('x'.repeat(3000));
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await scrollsSideways(page)).toBe(false);
    await audit(page);
  });

  test('before the first field the page says the request becomes an email, and the button says so', async ({ page }) => {
    await servePostings(page, fixtureBundle);
    await page.goto(FORM_URL);
    const notice = page.locator('#cds-acc-by-email');
    await expect(notice).toHaveText(`This page does not send the form: the “Prepare the email” button makes your request an email to ${RECRUITMENT}, which you send from your own email program.`);
    expect(await precedes(notice, $(page, 'cds-acc-full-name'))).toBe(true);
    await expect(sendButton(page)).toHaveText('Prepare the email');
    await switchTo(page, 'fr');
    await expect(notice).toContainText('Cette page n’envoie pas le formulaire\u00a0: le bouton «\u00a0Préparer le courriel\u00a0» fait');
    await expect(sendButton(page)).toHaveText('Préparer le courriel');
    await audit(page);
  });

  test('once the email is prepared, one button clears the information from the browser', async ({ page }) => {
    await servePostings(page, fixtureBundle);
    await page.goto(FORM_URL);
    await fillValid(page);
    await sendButton(page).click();
    await expect(page.locator('#cds-acc-prepared-heading')).toBeFocused();
    expect(await page.evaluate((k) => sessionStorage.getItem(k), DRAFT_KEY)).not.toBeNull();
    await page.getByRole('button', { name: 'Clear my information from this browser' }).click();
    await expect(page.locator('#cds-acc-draft-discarded')).toBeFocused();
    await expect(page.locator('#cds-acc-draft-discarded')).toHaveText('Your information was cleared from this browser. The form is empty.');
    await expect($(page, 'cds-acc-full-name')).toHaveValue('');
    await expect($(page, 'cds-acc-needs')).toHaveValue('');
    await expect(page.locator('#cds-acc-prepared-heading')).toHaveCount(0);
    expect(await page.evaluate((k) => sessionStorage.getItem(k), DRAFT_KEY)).toBeNull();
    expect(await page.evaluate((k) => sessionStorage.getItem(k), PENDING_KEY)).toBeNull();
    await page.reload();
    await expect($(page, 'cds-acc-full-name')).toHaveValue('');
    await audit(page);
  });

  test("when sending fails, the address to email instead is the host's own", async ({ page }) => {
    await withAttributes(page, `data-accommodation-endpoint="${ENDPOINT}" data-accommodation-email="accessibility@example.gc.ca"`);
    await intercept(page, [500]);
    await page.goto(FORM_URL);
    await fillValid(page);
    await sendButton(page).click();
    const failure = page.locator('#cds-acc-failure');
    await expect(failure).toBeFocused();
    await expect(failure).toContainText('If it happens again, email your request to accessibility@example.gc.ca.');
    // Focused, it says why as well as its heading.
    await expect(failure).toHaveAccessibleDescription(/^The server had a problem \(error 500\)\./);
    await switchTo(page, 'fr');
    await expect(failure).toContainText('envoyez votre demande par courriel à accessibility@example.gc.ca.');
  });

  test('a host page may name its own address (data-accommodation-email)', async ({ page }) => {
    await withAttributes(page, 'data-accommodation-email="accessibility@example.gc.ca"');
    await page.goto(FORM_URL);
    await expect(page.locator('#cds-acc-by-email')).toContainText('an email to accessibility@example.gc.ca,');
    await fillValid(page);
    await sendButton(page).click();
    await expect(page.locator('#cds-acc-prepared-heading')).toBeFocused();
    await expect(page.getByText('Send it to accessibility@example.gc.ca.')).toBeVisible();
    await audit(page);
  });
});

test('a short privacy summary comes before the fields, the full notice before the consent', async ({ page }) => {
  await servePostings(page, fixtureBundle);
  await page.goto(FORM_URL);
  const summary = page.locator('#cds-acc-privacy-summary');
  await expect(summary).toContainText('We use your information only to arrange accommodation for your assessment, never to decide on your application.');
  expect(await precedes(summary, $(page, 'cds-acc-full-name'))).toBe(true);
  expect(await precedes(page.locator('#cds-acc-privacy-title'), $(page, 'cds-acc-consent'))).toBe(true);
  await switchTo(page, 'fr');
  await expect(summary).toContainText('Nous utilisons vos renseignements uniquement');
});

test('with no open posting taking requests, the form says so at the top and asks nothing', async ({ page }) => {
  const closed = structuredClone(fixtureBundle);
  for (const p of closed.postings) p.status.open = false;
  await servePostings(page, closed);
  const modules = [];
  page.on('request', (r) => r.url().includes('split_accommodation_form') && modules.push(r.url()));
  await page.goto('/?careers-form=1');
  await expect(heading(page)).toBeVisible();
  await expect(page.locator('#cds-acc-no-posting')).toHaveText(`No open job posting takes accommodation requests right now. If you have a question about accommodation, email ${RECRUITMENT}.`);
  await expect(page.getByRole('combobox')).toHaveCount(0);
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await audit(page);
  await switchTo(page, 'fr');
  await expect(page.locator('#cds-acc-no-posting')).toContainText('Aucune offre d’emploi ouverte n’accepte');
  await audit(page);
  // The form's module is not fetched for a form that could never be sent.
  expect(modules).toEqual([]);
  await page.getByRole('link', { name: 'Retour aux résultats' }).click();
  await expect(page.locator('#cds-careers-results-heading')).toBeFocused();
});

test('embedded: headings start at the host level, and axe finds nothing', async ({ page }) => {
  await servePostings(page, fixtureBundle);
  await page.goto('/demo/embed.html?careers-form=1&careers-posting=developer&careers-lang=fr');
  await expect(page.locator('.cds-careers h2#cds-careers-form-heading')).toBeVisible();
  await expect(page.locator('.cds-careers h1')).toHaveCount(0);
  await expect(page.locator('.cds-careers h3', { hasText: 'Avis de confidentialité' })).toBeVisible();
  await expect(page.locator('.cds-careers h4').first()).toBeVisible();
  await sendButton(page).click();
  await expect(page.locator('#cds-acc-error-summary h3')).toHaveText('Un problème est survenu');
  // The host's title is the host's.
  await expect(page).not.toHaveTitle(/^Erreur/);
  await audit(page);
});

test('at 320 px and at 200 % text the form does not scroll sideways', async ({ page }) => {
  await servePostings(page, fixtureBundle);
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/?careers-form=1&careers-lang=fr');
  await expect(heading(page)).toBeVisible();
  await sendButton(page).click();
  await expect(page.locator('#cds-acc-error-summary')).toBeFocused();
  expect(await scrollsSideways(page)).toBe(false);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
  expect(await scrollsSideways(page)).toBe(false);
});

test.describe("the form's own module", () => {
  // The module's name carries a hash of the build (scripts/split-wasm.sh).
  const MODULE = '**/split_accommodation_form.*.wasm';
  const MODULE_URL = /\/split_accommodation_form\.[0-9a-f]{12}\.wasm$/;
  /** The URLs of the requests for the module, as they are made. */
  const moduleRequests = (page) => {
    const urls = [];
    page.on('request', (request) => MODULE_URL.test(request.url()) && urls.push(request.url()));
    return urls;
  };

  test('is fetched when the form first opens, not for the listing or a posting, and only once', async ({ page }) => {
    await servePostings(page, fixtureBundle);
    const fetched = moduleRequests(page);
    // Held until the heading has been seen with the loading message under it.
    let release;
    const released = new Promise((resolve) => (release = resolve));
    await page.route(MODULE, async (route) => {
      await released;
      await route.continue();
    });

    await page.goto('/');
    await page.getByRole('link', { name: 'Senior Developer' }).click();
    await expect(page.locator('#cds-careers-posting-heading')).toBeFocused();
    expect(fetched).toEqual([]);

    await page.getByRole('link', { name: 'Request an accommodation' }).click();
    await expect(heading(page)).toBeFocused();
    await expect(heading(page)).toHaveText('Request an accommodation for your assessment');
    await expect(page.getByRole('status').filter({ hasText: 'Loading the form…' })).toBeVisible();
    // Playwright reports the request to this process a moment after the page has made it.
    await expect.poll(() => fetched.length).toBe(1);
    release();

    // The form replaces the loading message; focus stays on the page's heading.
    await expect(page.getByLabel('Full name')).toBeVisible();
    await expect(page.getByText('Loading the form…')).toHaveCount(0);
    await expect(heading(page)).toBeFocused();

    await page.getByRole('link', { name: 'Back to the job posting' }).click();
    await expect(page.locator('#cds-careers-posting-heading')).toBeFocused();
    await page.getByRole('link', { name: 'Request an accommodation' }).click();
    await expect(heading(page)).toBeFocused();
    await expect(page.getByLabel('Full name')).toBeVisible();
    expect(fetched).toHaveLength(1);
  });

  test('starts to come when a link to the form has focus or the pointer, before it is followed', async ({ page }) => {
    await servePostings(page, fixtureBundle);
    const fetched = moduleRequests(page);

    // Keyboard: focus on the posting's link starts the fetch; Enter then opens the form.
    await page.goto('/?careers-posting=developer');
    const link = page.getByRole('link', { name: 'Request an accommodation' });
    await expect(link).toBeVisible();
    expect(fetched).toEqual([]);
    const requested = page.waitForRequest(MODULE_URL);
    await link.focus();
    await requested;
    await page.keyboard.press('Enter');
    await expect(heading(page)).toBeFocused();
    await expect(page.getByLabel('Full name')).toBeVisible();
    expect(fetched).toHaveLength(1);

    // Pointer: on the listing's link to the form, in a new page.
    await page.goto('/');
    const formLink = page.getByRole('link', { name: 'Request an accommodation for your assessment' });
    await expect(formLink).toBeVisible();
    expect(fetched).toHaveLength(1);
    const again = page.waitForRequest(MODULE_URL);
    await formLink.hover();
    await again;
    expect(fetched).toHaveLength(2);
  });

  test('that cannot be fetched: the page says so in both languages, and Try again opens the form', async ({ page }) => {
    await servePostings(page, fixtureBundle);
    // Offline for the module until Try again (pointing at the link has already tried once).
    let offline = true;
    await page.route(MODULE, (route) => (offline ? route.abort('internetdisconnected') : route.continue()));

    await page.goto('/?careers-posting=developer');
    await page.getByRole('link', { name: 'Request an accommodation' }).click();
    await expect(heading(page)).toBeFocused();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The form could not be shown');
    await expect(alert).toContainText('It could not be loaded. Check your Internet connection, or reload the page.');
    await audit(page);

    await switchTo(page, 'fr');
    await expect(heading(page)).toHaveText('Demander une mesure d’adaptation pour votre évaluation');
    await expect(alert).toContainText('Impossible d’afficher le formulaire');
    await expect(alert).toContainText('Le chargement a échoué. Vérifiez votre connexion Internet ou rechargez la page.');
    await audit(page);

    offline = false;
    await alert.getByRole('button', { name: 'Réessayer' }).click();
    await expect(page.getByLabel('Nom complet')).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(heading(page)).toBeFocused();
  });
});
