// The pages rendered at build time (crates/site): read without JavaScript, taken over by the widget
// without anything a person could notice, and held against what the widget renders for the same
// view, for the sample content (dist/) and the real 2023-06 corpus (CORPUS_URL).
import { test, expect } from '@playwright/test';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AXE_TAGS, audit, gate, resultTitles, serveIndexWith } from './helpers.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const CORPUS_URL = process.env.CORPUS_URL;
const CORPUS_SITE = process.env.CORPUS_SITE || join(root, 'target', 'corpus-site');

/**
 * axe-core on a page whose JavaScript is off. axe treats <noscript> as never shown, as it is with
 * JavaScript on; without it the browser shows its content, so each is replaced by a <div> with
 * that content first. And axe waits on timers, which do not fire while scripts are off: here they
 * run as microtasks.
 */
async function auditWithoutScript(page) {
  await page.evaluate(() => {
    for (const noscript of document.querySelectorAll('noscript')) {
      const div = document.createElement('div');
      div.append(...noscript.childNodes);
      noscript.replaceWith(div);
    }
    window.setTimeout = (run, _ms, ...args) => {
      Promise.resolve().then(() => run(...args));
      return 0;
    };
    window.clearTimeout = () => {};
  });
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (tags) => {
    const { violations } = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  }, AXE_TAGS);
  expect(violations, 'axe-core violations').toEqual([]);
}

/** Holds the widget's wasm until `open()`: what a page shows before the widget runs. */
async function holdWasm(page) {
  const held = gate();
  await page.route('**/cds-careers_bg.wasm', async (route) => {
    await held.opened;
    await route.continue();
  });
  return held;
}

/** Waits until the widget has taken the page over: its own markup there, nothing loading. */
async function takenOver(page) {
  await page.waitForFunction(() => {
    const host = document.querySelector('[data-cds-careers]');
    return host && !('cdsCareersStage' in host) && host.querySelector(':scope > .cds-careers')
      && !host.querySelector('.cds-careers__loading');
  });
}

/** Marks the widget's markup now on the page, to tell when the widget has replaced it. */
async function markPrerendered(page) {
  await page.evaluate(() => {
    window.__prerendered = document.querySelector('[data-cds-careers] > .cds-careers');
  });
}

async function replaced(page) {
  await page.waitForFunction(() => window.__prerendered && !window.__prerendered.isConnected);
  await takenOver(page);
}

const titles = resultTitles;
const OPEN = ['Director, Engagement', 'Head of Product Management', 'Senior Product Manager'];

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the listing in both languages, a posting, its other language and the email way to ask for an accommodation', async ({ page }) => {
    await page.goto('/en/');
    await expect(page.getByRole('heading', { level: 1, name: 'Job postings' })).toBeVisible();
    await expect(titles(page)).toHaveText(OPEN);
    await expect(page.locator('.cds-careers__count')).toHaveText('3 job postings found');
    // What cannot work is not offered, and the page says so.
    await expect(page.locator('.cds-careers__notice')).toContainText('Search and filters need JavaScript');
    await expect(page.locator('#cds-careers-search')).toBeHidden();
    await expect(page.locator('.cds-careers__filters')).toBeHidden();
    await expect(page.locator('.cds-careers__pending')).toBeHidden();
    await auditWithoutScript(page);

    await page.goto('/en/');
    await page.getByRole('link', { name: 'Head of Product Management' }).click();
    await expect(page).toHaveURL(/\/en\/head-product-management\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Head of Product Management' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Provide product management leadership' })).toBeVisible();
    await expect(page.locator('.cds-careers__status')).toHaveText('Open: accepting applications');
    await expect(page.locator('.cds-careers__date time')).toHaveAttribute('datetime', '2026-10-26');
    await expect(page.locator('.cds-careers__date')).toHaveText('Posted 26 October 2026');
    await expect(page.getByRole('link', { name: 'Apply for this job' })).toHaveAttribute('href', /^https:\/\//);
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
    const email = page.locator('.cds-careers__email-request a');
    await expect(email).toHaveText('CDSRecruitment.RecrutementSNC@tbs-sct.gc.ca');
    const href = await email.getAttribute('href');
    expect(decodeURIComponent(href)).toBe('mailto:CDSRecruitment.RecrutementSNC@tbs-sct.gc.ca?subject=Accommodation request: Head of Product Management');
    await expect(page.locator('.cds-careers__email-request')).toContainText('Or request it by email:');
    await auditWithoutScript(page);

    await page.goto('/en/head-product-management/');
    await page.getByRole('link', { name: 'Français' }).click();
    await expect(page).toHaveURL(/\/fr\/head-product-management\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { level: 1, name: 'Chef de la gestion des produits' })).toBeVisible();
    await expect(page.locator('.cds-careers__date')).toHaveText('Publié\u00a0le 26 octobre 2026');
    const courriel = await page.locator('.cds-careers__email-request a').getAttribute('href');
    expect(decodeURIComponent(courriel)).toBe('mailto:CDSRecruitment.RecrutementSNC@tbs-sct.gc.ca?subject=Demande de mesures d’adaptation\u00a0: Chef de la gestion des produits');
    await auditWithoutScript(page);

    // The form's page: the way to ask by email, since the form cannot run.
    await page.goto('/fr/head-product-management/');
    await page.getByRole('link', { name: 'Demander une mesure d’adaptation' }).click();
    await expect(page).toHaveURL(/\/fr\/head-product-management\/adaptation\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Demander une mesure d’adaptation pour votre évaluation' })).toBeVisible();
    await expect(page.locator('.cds-careers__email-request')).toContainText('Ce formulaire nécessite JavaScript');
    await expect(page.locator('.cds-careers__loading')).toBeHidden();
    await auditWithoutScript(page);
    // And the way back to the posting.
    await page.getByRole('link', { name: 'Retour à l’offre d’emploi' }).click();
    await expect(page).toHaveURL(/\/fr\/head-product-management\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Chef de la gestion des produits' })).toBeVisible();

    await page.goto('/fr/');
    await expect(page.getByRole('heading', { level: 1, name: 'Offres d’emploi' })).toBeVisible();
    await expect(page.locator('.cds-careers__count')).toHaveText('3 postes trouvés');
    await auditWithoutScript(page);
  });

  test('the standalone page links to the site in each language', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Offres d’emploi au Service numérique canadien' }).click();
    await expect(page).toHaveURL(/\/fr\/$/);
    await expect(titles(page)).toHaveCount(3);
    await page.goto('/');
    await auditWithoutScript(page);
  });

  test('a closed posting keeps its page, with its banner and no way to apply', async ({ page }) => {
    await page.goto('/en/head-of-partnerships/');
    await expect(page.locator('.cds-careers__banner')).toHaveText('This job is no longer accepting applications.');
    await expect(page.locator('.cds-careers__apply')).toHaveCount(0);
    await expect(page.locator('.cds-careers__email-request')).toHaveCount(0);
    await auditWithoutScript(page);
  });
});

test.describe('the widget takes a pre-rendered page over', () => {
  test('focus on a result link before the wasm arrives stays on that link', async ({ page }) => {
    const wasm = await holdWasm(page);
    await page.goto('/en/');
    const link = page.locator('#cds-careers-link-head-product-management');
    await link.focus();
    await markPrerendered(page);
    wasm.open();
    await replaced(page);
    await expect(link).toBeFocused();
    await audit(page);
  });

  test('text typed in the search box before the wasm arrives is kept and filters', async ({ page }) => {
    const wasm = await holdWasm(page);
    await page.goto('/en/');
    const search = page.locator('#cds-careers-search');
    await search.pressSequentially('training');
    await markPrerendered(page);
    wasm.open();
    await replaced(page);
    await expect(search).toHaveValue('training');
    await expect(search).toBeFocused();
    expect(await search.evaluate((input) => [input.selectionStart, input.selectionEnd])).toEqual([8, 8]);
    await expect(titles(page)).toHaveText(['Senior Product Manager']);
    await expect(page).toHaveURL(/\/en\/\?careers-q=training$/);
  });

  test('the caret stays where it was in text typed before the wasm arrives', async ({ page }) => {
    const wasm = await holdWasm(page);
    await page.goto('/en/');
    const search = page.locator('#cds-careers-search');
    await search.pressSequentially('trainng');
    await search.press('ArrowLeft');
    await search.press('ArrowLeft');
    await markPrerendered(page);
    wasm.open();
    await replaced(page);
    await expect(search).toBeFocused();
    expect(await search.evaluate((input) => [input.selectionStart, input.selectionEnd])).toEqual([5, 5]);
    await search.press('i');
    await expect(search).toHaveValue('training');
    await expect(titles(page)).toHaveText(['Senior Product Manager']);
  });

  test('Back to the page keeps its filters and search, and Forward still leads on', async ({ page }) => {
    await page.goto('/en/');
    await takenOver(page);
    await page.getByLabel('Toronto (1)').check();
    await page.locator('#cds-careers-search').fill('product');
    await page.locator('#cds-careers-search').press('Enter');
    await expect(titles(page)).toHaveText(['Head of Product Management']);
    await expect(page).toHaveURL(/\/en\/\?careers-q=product&careers-location=toronto$/);
    // Another page, then Back: the browser restores the controls it remembers in the
    // pre-rendered markup, which the widget already shows from the address.
    await page.goto('/en/senior-product-manager/');
    await page.goBack();
    await takenOver(page);
    await expect(page.getByLabel(/^Toronto/)).toBeChecked();
    await expect(page.locator('#cds-careers-search')).toHaveValue('product');
    await expect(titles(page)).toHaveText(['Head of Product Management']);
    await expect(page).toHaveURL(/\/en\/\?careers-q=product&careers-location=toronto$/);
    await page.goForward();
    await expect(page).toHaveURL(/\/en\/senior-product-manager\/$/);
  });

  for (const level of ['0x3', '3.0']) {
    test(`a heading level the widget does not read (${level}) is not read before it either: no heading changes at the takeover`, async ({ page }) => {
      await serveIndexWith(page, (html) => html.replace('data-cds-careers', `data-cds-careers data-heading-level="${level}"`));
      const wasm = await holdWasm(page);
      await page.goto('/?careers-posting=head-product-management');
      // The standalone page's level, 1, as the widget will have it.
      await expect(page.getByRole('heading', { level: 1, name: 'Head of Product Management' })).toBeVisible();
      await markPrerendered(page);
      wasm.open();
      await replaced(page);
      await expect(page.getByRole('heading', { level: 1, name: 'Head of Product Management' })).toBeVisible();
    });
  }

  test("a form's address fetches no posting's body ahead: the form reads none", async ({ page }) => {
    const bodies = [];
    page.on('request', (request) => /\/postings\/[^/]+\.json$/.test(request.url()) && bodies.push(request.url()));
    await page.goto('/?careers-form=1&careers-posting=head-product-management');
    await takenOver(page);
    await expect(page.locator('#cds-acc-full-name')).toBeVisible();
    expect(bodies).toEqual([]);
  });

  test('a filter ticked before the wasm arrives applies', async ({ page }) => {
    const wasm = await holdWasm(page);
    await page.goto('/en/');
    await page.getByLabel('Toronto (1)').check();
    await markPrerendered(page);
    wasm.open();
    await replaced(page);
    await expect(page.getByLabel('Toronto (1)')).toBeChecked();
    await expect(titles(page)).toHaveText(['Head of Product Management']);
    await expect(page).toHaveURL(/careers-location=toronto/);
  });

  for (const path of ['/en/', '/fr/', '/en/head-product-management/', '/fr/director-engagement/', '/en/accommodation/',
    '/?careers-lang=fr&careers-posting=senior-product-manager', '/demo/embed.html?section=careers']) {
    test(`no layout shift, and the scroll position kept: ${path}`, async ({ page }) => {
      await page.setViewportSize({ width: 400, height: 500 });
      const wasm = await holdWasm(page);
      await page.goto(path);
      await page.waitForFunction(() => document.querySelector('[data-cds-careers] > .cds-careers'));
      // As far down as 200 px goes (a short page, such as the form's before its form, goes less).
      const scrolled = await page.evaluate(() => {
        window.scrollTo(0, 200);
        return window.scrollY;
      });
      await markPrerendered(page);
      wasm.open();
      await replaced(page);
      expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
      const { total, shifts } = await page.evaluate(
        () =>
          new Promise((resolve) => {
            let total = 0;
            // What moved, when, from where to where: so that a failure says which element shifted.
            const shifts = [];
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries()) {
                total += entry.value;
                shifts.push({
                  at: Math.round(entry.startTime),
                  value: entry.value,
                  moved: entry.sources.map((s) => ({
                    node: s.node ? `${s.node.nodeName}.${s.node.className ?? ''} ${(s.node.textContent ?? '').slice(0, 40)}` : null,
                    from: [s.previousRect.x, s.previousRect.y, s.previousRect.width, s.previousRect.height],
                    to: [s.currentRect.x, s.currentRect.y, s.currentRect.width, s.currentRect.height],
                  })),
                });
              }
            }).observe({ type: 'layout-shift', buffered: true });
            requestAnimationFrame(() => requestAnimationFrame(() => resolve({ total, shifts })));
          }),
      );
      expect(total, `layout shifts: ${JSON.stringify(shifts)}`).toBe(0);
    });
  }

  test('a deep link with a search says "Loading" for the results, then shows the right ones', async ({ page }) => {
    for (const path of ['/en/?careers-q=training', '/?careers-lang=en&careers-q=training']) {
      const wasm = await holdWasm(page);
      await page.goto(path);
      const pending = page.locator('.cds-careers__pending');
      await expect(pending).toBeVisible();
      await expect(pending).toContainText('Loading job postings…');
      await expect(page.locator('.cds-careers__result-list')).toBeHidden();
      await expect(page.locator('.cds-careers__filters')).toBeHidden();
      wasm.open();
      await takenOver(page);
      await expect(titles(page)).toHaveText(['Senior Product Manager']);
      await expect(page.locator('#cds-careers-search')).toHaveValue('training');
      await expect(pending).toHaveCount(0);
      await page.unrouteAll();
    }
  });

  test('following a result link stays in the widget: no reload, focus on the heading, Back returns to the link', async ({ page }) => {
    await page.goto('/en/');
    await takenOver(page);
    await page.evaluate(() => (window.__samePage = true));
    await page.getByRole('link', { name: 'Head of Product Management' }).click();
    await expect(page).toHaveURL(/\/en\/head-product-management\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Head of Product Management' })).toBeFocused();
    await expect(page).toHaveTitle('Head of Product Management - Careers - Canadian Digital Service');
    await page.getByRole('link', { name: 'Français' }).click();
    await expect(page).toHaveURL(/\/fr\/head-product-management\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await page.goBack();
    await page.goBack();
    await expect(page).toHaveURL(/\/en\/$/);
    await expect(page.locator('#cds-careers-link-head-product-management')).toBeFocused();
    expect(await page.evaluate(() => window.__samePage)).toBe(true);
  });

  test("old links of the widget's parameters open their view, on its own page", async ({ page }) => {
    await page.goto('/en/?careers-posting=head-product-management&careers-lang=fr');
    await expect(page.getByRole('heading', { level: 1, name: 'Chef de la gestion des produits' })).toBeVisible();
    await expect(page).toHaveURL(/\/fr\/head-product-management\/$/);
    await page.goto('/fr/?careers-lang=en&careers-q=training');
    await expect(titles(page)).toHaveText(['Senior Product Manager']);
    await expect(page).toHaveURL(/\/en\/\?careers-q=training$/);
  });

  test('a host page that includes nothing shows the asked view before the wasm', async ({ page }) => {
    const wasm = await holdWasm(page);
    await page.goto('/?careers-lang=fr&careers-posting=head-product-management');
    // The standalone page's top heading is an h1, as the widget's will be.
    const heading = page.getByRole('heading', { level: 1, name: 'Chef de la gestion des produits' });
    await expect(heading).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Assurer le leadership de la gestion des produits' })).toBeVisible();
    await markPrerendered(page);
    wasm.open();
    await replaced(page);
    await expect(heading).toBeVisible();
    await expect(page).toHaveURL(/\?careers-lang=fr&careers-posting=head-product-management$/);
  });

  test('a host page that includes nothing shows the fetched view though the widget started first', async ({ page }) => {
    const listing = gate();
    const fragment = gate();
    await page.route('**/postings.json', async (route) => {
      await listing.opened;
      await route.continue();
    });
    await page.route('**/fragments/embed/en/index.html', async (route) => {
      await fragment.opened;
      await route.continue();
    });
    await page.goto('/?careers-lang=en');
    // The widget has started and waits for the listing, while the fragment is still on its way.
    await page.waitForFunction(() => document.querySelector('[data-cds-careers]')?.cdsCareersStage?.querySelector('.cds-careers__loading'));
    fragment.open();
    await expect(titles(page)).toHaveText(OPEN);
    await markPrerendered(page);
    listing.open();
    await replaced(page);
    await expect(titles(page)).toHaveText(OPEN);
  });

  test('a link to the closed or to all postings shows them before the wasm, on the site and on a host page that includes nothing', async ({ page }) => {
    const closed = ['Head of Partnerships', 'Partnerships Advisor'];
    const all = ['Chef de la gestion des produits', 'Chef des partenariats', 'Conseiller ou conseillère en partenariats',
      'Directeur ou directrice, Mobilisation', 'Gestionnaire principal ou principale de produits'];
    for (const [path, expected, status, count] of [
      ['/en/?careers-status=closed', closed, 'closed', '2 job postings found'],
      ['/?careers-lang=fr&careers-status=all', all, 'all', '5 postes trouvés'],
    ]) {
      const wasm = await holdWasm(page);
      await page.goto(path);
      await expect(titles(page)).toHaveText(expected);
      await expect(page.locator('.cds-careers__count')).toHaveText(count);
      await expect(page.locator(`#cds-careers-status-${status}`)).toBeChecked();
      await expect(page.locator('.cds-careers__pending')).toBeHidden();
      await markPrerendered(page);
      wasm.open();
      await replaced(page);
      await expect(titles(page)).toHaveText(expected);
      await expect(page.locator(`#cds-careers-status-${status}`)).toBeChecked();
      expect(new URL(page.url()).search).toBe(new URL(path, 'http://x').search);
      await page.unrouteAll();
    }
  });

  test('focus in the waiting page stays where it was when the listing of a status arrives', async ({ page }) => {
    const wasm = await holdWasm(page);
    const fragment = gate();
    await page.route('**/fragments/site/en/status-closed.html', async (route) => {
      await fragment.opened;
      await route.continue();
    });
    await page.goto('/en/?careers-status=closed');
    await expect(page.locator('.cds-careers__pending')).toBeVisible();
    const toggle = page.getByRole('link', { name: 'Français' });
    await toggle.focus();
    await markPrerendered(page);
    fragment.open();
    await page.waitForFunction(() => !window.__prerendered.isConnected);
    await expect(titles(page)).toHaveText(['Head of Partnerships', 'Partnerships Advisor']);
    await expect(toggle).toBeFocused();
    wasm.open();
    await takenOver(page);
    await expect(toggle).toBeFocused();
  });

  test('a host page without fragments shows the widget loading, then the view', async ({ page }) => {
    const listing = gate();
    await page.route('**/postings.json', async (route) => {
      await listing.opened;
      await route.continue();
    });
    await page.route('**/fragments/**', (route) => route.fulfill({ status: 404, body: '' }));
    await page.goto('/?careers-lang=fr');
    await expect(page.locator('[data-cds-careers] .cds-careers__loading')).toBeVisible();
    listing.open();
    await expect(titles(page)).toHaveCount(3);
  });

  test('a host page that includes the listing shows a posting asked by its address, not the listing', async ({ page }) => {
    const wasm = await holdWasm(page);
    await page.goto('/demo/embed.html?section=careers&careers-posting=senior-product-manager');
    await expect(page.getByRole('heading', { level: 2, name: 'Senior Product Manager' })).toBeVisible();
    await expect(titles(page)).toHaveCount(0);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    wasm.open();
    await takenOver(page);
    await expect(page.getByRole('heading', { level: 2, name: 'Senior Product Manager' })).toBeVisible();
    await page.getByRole('link', { name: 'Back to results' }).click();
    await expect(titles(page)).toHaveText(OPEN);
    await expect(page).toHaveURL(/\?section=careers$/);
  });

  test("the page is painted before the widget's downloads start (they would take what its first frame needs)", async ({ page }) => {
    // The page's first frame is held back by a render-blocking script added to its head until
    // careers.js has run, so that a careers.js that did not wait would start them before it.
    const path = '/en/head-product-management/';
    const frame = gate();
    await page.route('**/hold-first-frame.js', async (route) => {
      await frame.opened;
      await route.fulfill({ contentType: 'text/javascript', body: '' });
    });
    await page.route(`**${path}`, async (route) => {
      const response = await route.fetch();
      const held = '<script async blocking="render" src="/hold-first-frame.js"></script></head>';
      await route.fulfill({ response, body: (await response.text()).replace('</head>', held) });
    });
    await page.addInitScript(() => requestAnimationFrame(() => (window.firstFrame = performance.now())));
    await page.goto(path, { waitUntil: 'commit' });
    await page.waitForFunction(() => document.querySelector('[data-cds-careers]')?.cdsCareersStage, null, { polling: 20 });
    expect(await page.evaluate(() => window.firstFrame), 'no frame before careers.js has run').toBeUndefined();
    frame.open();
    await takenOver(page);
    const [firstFrame, downloads] = await page.evaluate(() => [
      window.firstFrame,
      performance.getEntriesByType('resource')
        .filter((r) => /\/(cds-careers_bg\.wasm|cds-careers\.js|postings\.json)$/.test(r.name))
        .map((r) => ({ name: r.name, startTime: r.startTime })),
    ]);
    expect(downloads.map((d) => new URL(d.name).pathname).sort()).toEqual(['/cds-careers.js', '/cds-careers_bg.wasm', '/postings.json']);
    for (const download of downloads) expect(download.startTime, download.name).toBeGreaterThan(firstFrame);
  });

  test('when the wasm cannot be loaded, a pre-rendered page keeps its content under the message', async ({ page }) => {
    await page.route('**/cds-careers_bg.wasm', (route) => route.abort());
    await page.goto('/en/');
    await expect(page.getByRole('alert')).toContainText('The job postings could not be shown');
    await expect(titles(page)).toHaveText(OPEN);
  });
});

/** The pages of a built site, by path below it (`en/<id>/`), from its folder. */
function sitePages(dir) {
  const found = [];
  const walk = (folder, path) => {
    for (const name of readdirSync(folder)) {
      if (statSync(join(folder, name)).isDirectory()) walk(join(folder, name), `${path}${name}/`);
      else if (name === 'index.html') found.push(path);
    }
  };
  for (const lang of ['en', 'fr']) walk(join(dir, lang), `${lang}/`);
  return found.sort();
}

/**
 * The widget's markup under `selector`, as what matters to a person and an assistive technology:
 * each element with its attributes (links resolved), each run of text, the state of controls.
 * Markup only the pre-rendered page has (its script, <noscript>, the "Loading" it shows while the
 * address asks for another view) is left out: the widget has none of it.
 */
async function markupOf(page, { url, selector, base }) {
  return page.evaluate(
    async ({ url, selector, base }) => {
      const root = url
        ? new DOMParser().parseFromString(await (await fetch(url)).text(), 'text/html').querySelector(selector)
        : document.querySelector(selector);
      base ||= url || location.href;
      const lines = [];
      const walk = (node, depth) => {
        let text = '';
        const flush = () => {
          const t = text.replace(/\s+/g, ' ').trim();
          if (t) lines.push(`${'  '.repeat(depth)}"${t}"`);
          text = '';
        };
        for (const child of node.childNodes) {
          if (child.nodeType === Node.TEXT_NODE) text += child.data;
          if (child.nodeType !== Node.ELEMENT_NODE) continue;
          // The widget keeps a row for each place of a page, hidden while it holds no result;
          // a page built ahead of time has only the rows of its results.
          if (child.matches('script, noscript, .cds-careers__pending, .cds-careers__print-only, .cds-careers__result[hidden]')) continue;
          flush();
          const attributes = [...child.attributes]
            .map(({ name, value }) => {
              // A link within the page (`#…`) is the same link on any page.
              if (name === 'href' && !value.startsWith('#')) value = new URL(value, base).href.replace(/\?$/, '');
              return `${name}=${value}`;
            })
            .sort();
          if (child.matches('input, select')) attributes.push(`.value=${child.value}`, `.checked=${child.checked}`);
          lines.push(`${'  '.repeat(depth)}<${child.localName} ${attributes.join(' ')}>`);
          walk(child, depth + 1);
        }
        flush();
      };
      walk(root, 0);
      return lines;
    },
    { url, selector, base },
  );
}

/**
 * The markup of the fragment at `url` (links resolved against `base`, the page that shows it),
 * its headings one level up, as careers.js moves them on a standalone page (fragments are
 * rendered with an h2 on top; the page's is an h1).
 */
async function fragmentAtPageLevel(page, url, base) {
  return (await markupOf(page, { url, selector: '.cds-careers', base })).map((line) => line.replace(/<h(\d)/, (_, n) => `<h${Number(n) - 1}`));
}

/** Shows `url`'s view in the widget on the page, as Back and Forward do. */
async function showView(page, url) {
  await page.evaluate((url) => {
    history.pushState(null, '', url);
    dispatchEvent(new PopStateEvent('popstate'));
  }, url);
}

/**
 * Every page of the site at `base` (built in `dir`) holds the markup the widget renders for its
 * view. The form's module is held back: its page shows, as rendered, the form loading.
 */
async function holdPagesAgainstTheWidget(page, base, dir) {
  await page.route('**/split_accommodation_form.*.wasm', () => {});
  await page.goto(`${base}/en/`);
  await takenOver(page);
  const paths = sitePages(dir);
  expect(paths.length).toBeGreaterThan(2);
  for (const path of paths) {
    const expected = await markupOf(page, { url: `${base}/${path}`, selector: '[data-cds-careers] > .cds-careers' });
    await showView(page, `${base}/${path}`);
    await expect
      .poll(() => markupOf(page, { selector: '[data-cds-careers] > .cds-careers' }), { message: path, timeout: 10_000 })
      .toEqual(expected);
  }
  return paths.length;
}

/**
 * The listing of each status, as careers.js fetches it for an address asking for that status
 * alone (rendered for a widget whose top heading is an h2, moved to the page's h1 as careers.js
 * does), holds the markup the widget renders when it starts at that address: on the standalone
 * page (the query scheme, fragments/embed/) and on the listing's own page (fragments/site/), in
 * both languages. The widget is started with no fragment to fetch, so that what is compared is
 * its own markup. `folders`: which of the two (a site without the standalone page has no query
 * scheme to compare in). Returns how many it compared.
 */
async function holdStatusFragmentsAgainstTheWidget(page, base, folders = ['embed', 'site']) {
  await page.route('**/split_accommodation_form.*.wasm', () => {});
  let compared = 0;
  for (const folder of folders) {
    for (const lang of ['en', 'fr']) {
      for (const status of ['open', 'closed', 'all']) {
        const [url, pageUrl] =
          folder === 'embed'
            ? [`${base}/?careers-lang=${lang}&careers-status=${status}`, `${base}/`]
            : [`${base}/${lang}/?careers-status=${status}`, `${base}/${lang}/`];
        const fragmentUrl = `${base}/fragments/${folder}/${lang}/status-${status}.html`;
        await page.goto(pageUrl);
        const fragment = await fragmentAtPageLevel(page, fragmentUrl, pageUrl);
        await page.route('**/fragments/**', (route) => route.fulfill({ status: 404, body: '' }));
        await page.goto(url);
        await takenOver(page);
        expect(await markupOf(page, { selector: '[data-cds-careers] > .cds-careers' }), url).toEqual(fragment);
        await page.unroute('**/fragments/**');
        compared += 1;
      }
    }
  }
  return compared;
}

test.describe('the pre-rendered markup is what the widget renders for the same view', () => {
  test('every page of the sample site', async ({ page, baseURL }) => {
    expect(await holdPagesAgainstTheWidget(page, baseURL, join(root, 'dist'))).toBe(20);
  });

  test('every page of the site of the real 2023-06 corpus', async ({ page }) => {
    test.setTimeout(240_000);
    expect(await holdPagesAgainstTheWidget(page, CORPUS_URL, CORPUS_SITE)).toBe(194);
  });

  test('the listing of each status, fetched for an address that asks for it, on the sample site', async ({ page, baseURL }) => {
    expect(await holdStatusFragmentsAgainstTheWidget(page, baseURL)).toBe(12);
  });

  test('the listing of each status, fetched for an address that asks for it, on the site of the real 2023-06 corpus', async ({ page }) => {
    expect(await holdStatusFragmentsAgainstTheWidget(page, CORPUS_URL, ['site'])).toBe(6);
  });

  test('the fragments a host page fetches or includes, on the standalone page in its scheme', async ({ page, baseURL }) => {
    await page.route('**/split_accommodation_form.*.wasm', () => {});
    await page.goto('/');
    await takenOver(page);
    for (const path of sitePages(join(root, 'dist'))) {
      const [lang, id, form] = path.split('/');
      const params = new URLSearchParams({ 'careers-lang': lang });
      if (id && id !== 'accommodation' && id !== 'adaptation') params.set('careers-posting', id);
      if (form || id === 'accommodation' || id === 'adaptation') params.set('careers-form', '1');
      const url = `${baseURL}/?${params}`;
      // Fetched by careers.js for a host page that includes nothing; rendered for an embedded
      // widget (an h2 on top), moved to the standalone page's level as careers.js does.
      const fragment = await fragmentAtPageLevel(page, `${baseURL}/fragments/embed/${path}index.html`, `${baseURL}/`);
      await showView(page, url);
      await expect
        .poll(() => markupOf(page, { selector: '[data-cds-careers] > .cds-careers' }), { message: path })
        .toEqual(fragment);
    }
  });
});
