// The listing as a job seeker uses it: the sample content, search, facets with counts, sort, the
// count in words, no results and "Clear all filters", in English and French.
import { test, expect } from '@playwright/test';
import { RESULT, audit, fixtureBundle, servePostings, resultTitles } from './helpers.mjs';

const SEED_TITLES = [
  'Director, Engagement',
  'Head of Partnerships',
  'Head of Product Management',
  'Partnerships Advisor',
  'Senior Product Manager',
];
const CLOSED_SEEDS = ['Head of Partnerships', 'Partnerships Advisor'];

const result = (page, title) =>
  page.locator('.cds-careers__result', { has: page.getByRole('link', { name: title, exact: true }) });

test.describe('the sample content, as built from content/', () => {
  test('lists every seed posting, each marked open or closed as its front matter says', async ({ page }) => {
    await page.goto('/?careers-status=all');
    await expect(resultTitles(page)).toHaveText(SEED_TITLES);
    for (const title of SEED_TITLES) {
      const status = CLOSED_SEEDS.includes(title)
        ? 'Closed: no longer accepting applications'
        : 'Open: accepting applications';
      await expect(result(page, title).locator('.cds-careers__status')).toHaveText(status);
    }
    // A row shows only the facets its posting has, and no language tag for a posting in the
    // page's language (the row keeps the others' places, hidden).
    await expect(result(page, 'Director, Engagement').locator('dt:visible')).toHaveText(['Classification']);
    await expect(result(page, 'Senior Product Manager').locator('dt:visible')).not.toHaveCount(0);
    await expect(page.locator('.cds-careers__tag:visible')).toHaveCount(0);
    await audit(page);
  });

  test('a change of language rewrites the rows in place: titles, dates, facet names, status', async ({ page }) => {
    await page.goto('/?careers-status=all');
    await expect(resultTitles(page)).toHaveText(SEED_TITLES);
    const row = result(page, 'Head of Product Management');
    await expect(row.locator('.cds-careers__date')).toHaveText('Posted 26 October 2026');
    await page.locator(RESULT).evaluateAll((rows) => rows.forEach((r) => (r.dataset.before = 'yes')));
    await page.getByRole('link', { name: 'Français' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    const ligne = result(page, 'Chef de la gestion des produits');
    await expect(ligne.locator('.cds-careers__date')).toHaveText('Publié\u00a0le 26 octobre 2026');
    await expect(ligne.locator('.cds-careers__date time')).toHaveAttribute('datetime', '2026-10-26');
    await expect(ligne.locator('.cds-careers__status')).toHaveText('Ouvert\u00a0: candidatures acceptées');
    await expect(result(page, 'Directeur ou directrice, Mobilisation').locator('dt:visible')).toHaveText(['Classification']);
    // The same rows: their text changed, none was built anew.
    await expect(page.locator(`${RESULT}[data-before="yes"]`)).toHaveCount(SEED_TITLES.length);
    await audit(page);
  });

  test('shows open postings first by default, and closed ones only through the status filter', async ({ page }) => {
    await page.goto('/');
    await expect(resultTitles(page)).toHaveText(SEED_TITLES.filter((t) => !CLOSED_SEEDS.includes(t)));
    await page.getByLabel(/^Closed \(/).check();
    await expect(resultTitles(page)).toHaveText(CLOSED_SEEDS);
  });

  test('is fully bilingual: the French sample has a French version of every posting', async ({ page }) => {
    await page.goto('/?careers-lang=fr&careers-status=all');
    await expect(resultTitles(page)).toHaveCount(5);
    await expect(page.locator('.cds-careers__tag:visible')).toHaveCount(0);
    await expect(page.locator('#cds-careers-count')).toHaveText('5 postes trouvés');
    await audit(page);
  });

  test('the recruitment address in a posting is a link, not raw Markdown', async ({ page }) => {
    await page.goto('/en/senior-product-manager/');
    const address = page.locator('.cds-careers__body').getByRole('link', { name: 'CDSRecruitment.RecrutementSNC@tbs-sct.gc.ca' });
    await expect(address).toHaveAttribute('href', 'mailto:CDSRecruitment.RecrutementSNC@tbs-sct.gc.ca');
    await expect(page.locator('.cds-careers__body')).not.toContainText('] (');
  });
});

test.describe('search, facets and sort (fixture bundle)', () => {
  test.beforeEach(async ({ page }) => {
    await servePostings(page, fixtureBundle);
  });

  test('search ignores case and accents, and every word must match', async ({ page }) => {
    await page.goto('/?careers-lang=fr');
    const search = page.getByRole('searchbox', { name: 'Rechercher des offres d’emploi' });
    await search.fill('developpeur');
    await expect(resultTitles(page)).toHaveText(['Développeur principal ou développeuse principale']);
    await expect(page.locator('#cds-careers-count')).toHaveText('1 poste trouvé');
    await search.fill('snc');
    await expect(resultTitles(page)).toHaveText(['Analyste des politiques']);
    await search.fill('SERVICES rust');
    await expect(resultTitles(page)).toHaveText(['Développeur principal ou développeuse principale']);
    await search.fill('services');
    await expect(page.locator('#cds-careers-count')).toHaveText('2 postes trouvés');
  });

  test('the count is announced once typing pauses, not on every keystroke', async ({ page }) => {
    // The browser's clock is the test's: keystrokes 100 ms apart, then a pause of 700 ms.
    await page.clock.install();
    // Playwright's clock numbers its timers from 10^12, past the i32 that web-sys gives a timer
    // handle (a browser's own ids are small), so the widget could never clear one: ids are
    // renumbered from 1, as a browser numbers them.
    await page.addInitScript(() => {
      const [set, clear, ids] = [window.setTimeout, window.clearTimeout, new Map()];
      let next = 1;
      window.setTimeout = (...args) => {
        ids.set(next, set(...args));
        return next++;
      };
      window.clearTimeout = (id) => {
        clear(ids.get(id));
        ids.delete(id);
      };
    });
    await page.goto('/');
    await expect
      .poll(async () => {
        await page.clock.runFor(50);
        return resultTitles(page).count();
      })
      .toBeGreaterThan(0);
    // Installed, the clock still follows real time: paused, a slow machine's keystrokes are
    // 100 ms apart too, however long each takes.
    await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
    const live = page.locator('.cds-careers [aria-live="polite"]');
    await page.evaluate(() => {
      const region = document.querySelector('.cds-careers [aria-live="polite"]');
      window.__said = [];
      new MutationObserver(() => region.textContent && window.__said.push(region.textContent)).observe(region, {
        childList: true,
        subtree: true,
        characterData: true,
      });
    });
    const search = page.getByRole('searchbox');
    for (const key of 'writer') {
      await search.press(key);
      await page.clock.runFor(100);
    }
    await expect(resultTitles(page)).toHaveText(['Technical Writer']);
    expect(await page.evaluate(() => window.__said)).toEqual([]);
    await page.clock.runFor(700);
    await expect(live).toHaveText('1 job posting found');
    expect(await page.evaluate(() => window.__said)).toEqual(['1 job posting found']);
  });

  test('facets show the count each choice gives: OR within a facet, AND across facets', async ({ page }) => {
    await page.goto('/');
    const classification = page.getByRole('group', { name: 'Classification' });
    await expect(classification.getByRole('checkbox')).toHaveCount(4);
    await expect(classification.getByText('EC-06 (2)')).toBeVisible();
    await expect(classification.getByText('CS-02 (2)')).toBeVisible();
    await classification.getByLabel('EC-06 (2)').check();
    await expect(resultTitles(page)).toHaveText(['Product Manager (Pilot)', 'Program Evaluator']);
    // Other choices of the same facet still say what adding them gives.
    await expect(classification.getByText('CS-02 (2)')).toBeVisible();
    await classification.getByLabel('CS-02 (2)').check();
    await expect(resultTitles(page)).toHaveCount(4);
    const location = page.getByRole('group', { name: 'Location' });
    await expect(location.getByText('Remote or anywhere in Canada (1)')).toBeVisible();
    await location.getByLabel('Remote or anywhere in Canada (1)').check();
    await expect(resultTitles(page)).toHaveText(['Technical Writer']);
    await expect(page.locator('.cds-careers [aria-live="polite"]')).toHaveText('1 job posting found');
    await audit(page);
  });

  test('sorts by title in French order (É with E), and by status', async ({ page }) => {
    await page.goto('/?careers-lang=fr');
    await expect(resultTitles(page)).toHaveText([
      'Analyste des politiques',
      'Développeur principal ou développeuse principale',
      'Écrivain technique ou écrivaine technique',
      'Évaluateur ou évaluatrice de programmes',
      'Product Manager (Pilot)',
      'Rédacteur ou rédactrice',
    ]);
    await page.getByLabel('Tous (7)').check();
    await expect(resultTitles(page).nth(1)).toHaveText('Designer de services');
    await page.getByLabel('Trier par').selectOption({ label: 'Statut (ouverts d’abord)' });
    await expect(resultTitles(page).last()).toHaveText('Designer de services');
    await expect(page).toHaveURL(/careers-sort=status/);
  });

  test('a posting in one language only is listed in the other, marked as such', async ({ page }) => {
    await page.goto('/');
    const item = result(page, 'Rédacteur ou rédactrice');
    await expect(item.getByText('French only')).toBeVisible();
    await expect(item.getByRole('link')).toHaveAttribute('lang', 'fr');
    // In French, the same row is in the interface's language: no tag, no language of its own.
    await page.getByRole('link', { name: 'Français' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(item.locator('.cds-careers__tag')).toBeHidden();
    await expect(item.getByRole('link')).not.toHaveAttribute('lang', /./);
    await expect(item.locator('.cds-careers__summary')).not.toHaveAttribute('lang', /./);
  });

  test('unlisted postings are not listed', async ({ page }) => {
    await page.goto('/?careers-status=all');
    await expect(resultTitles(page)).toHaveCount(7);
    await expect(page.getByRole('link', { name: 'Hidden Role' })).toHaveCount(0);
  });

  test('no results: says so, names the filters, and Clear all returns focus to the search box', async ({ page }) => {
    await page.goto('/?careers-classification=EC-06');
    await page.getByRole('searchbox').fill('zzzz');
    await expect(page.getByText('No job postings match your search.')).toBeVisible();
    const active = page.locator('.cds-careers__active-filters li');
    await expect(active).toHaveText(['Search: “zzzz”', 'Classification: EC-06']);
    await expect(page.locator('#cds-careers-count')).toHaveText('0 job postings found');
    await audit(page);
    await page.getByRole('button', { name: 'Clear all filters' }).first().click();
    await expect(page.getByRole('searchbox')).toBeFocused();
    await expect(page.getByRole('searchbox')).toHaveValue('');
    await expect(resultTitles(page)).toHaveCount(6);
    await expect(page.locator('.cds-careers [aria-live="polite"]')).toHaveText('6 job postings found');
  });

  test('no results in French names the filters with French typography', async ({ page }) => {
    await page.goto('/?careers-lang=fr&careers-q=zzzz');
    await expect(page.getByText('Aucune offre d’emploi ne correspond à votre recherche.')).toBeVisible();
    await expect(page.locator('.cds-careers__active-filters li')).toHaveText(['Recherche\u00a0: «\u00a0zzzz\u00a0»']);
    await expect(page.locator('#cds-careers-count')).toHaveText('0 poste trouvé');
    await audit(page);
  });

  test('an empty bundle says there are no openings now and when to check back', async ({ page }) => {
    await page.unroute('**/postings.json');
    await servePostings(page, { schema: 1, postings: [], labels: {} });
    await page.goto('/');
    await expect(page.getByText('There are no job openings right now.')).toBeVisible();
    await expect(page.getByText(/Check back in a few weeks/)).toBeVisible();
    await audit(page);
  });

  test('with no openings, "See closed postings" says how many there are and lands on that count', async ({ page }) => {
    await page.unroute('**/postings.json');
    const closed = { ...fixtureBundle, postings: fixtureBundle.postings.map((p) => ({ ...p, status: { ...p.status, open: false } })) };
    await servePostings(page, closed);
    await page.goto('/?careers-lang=fr');
    await page.getByRole('button', { name: 'Voir les offres fermées' }).click();
    await expect(page.locator('#cds-careers-count')).toBeFocused();
    await expect(page.locator('#cds-careers-count')).toHaveText('7 postes trouvés');
    const live = page.locator('.cds-careers [aria-live="polite"]');
    await expect(live).toHaveText('7 postes trouvés');
    // What was said belongs to its page: not left for a screen reader reading on. (A filtered
    // listing says its count again in the new language: the language's own test is with pages.)
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page.locator('#cds-careers-count')).toHaveText('7 job postings found');
    await page.getByRole('searchbox').fill('developer');
    await page.getByRole('searchbox').press('Enter');
    await expect(live).toHaveText(/^\d+ job postings? found$/);
    await resultTitles(page).first().click();
    await expect(page.locator('#cds-careers-posting-heading')).toBeFocused();
    await expect(live).toHaveText('');
  });
});

test('facet values that differ only by punctuation get checkboxes of their own', async ({ page }) => {
  const model = structuredClone(fixtureBundle);
  model.postings.find((p) => p.id === 'analyst').facets.classification = ['EC.06'];
  model.labels.classification['EC.06'] = { en: 'EC.06', fr: 'EC.06' };
  await servePostings(page, model);
  await page.goto('/?careers-classification=EC.06');
  const group = page.getByRole('group', { name: 'Classification' });
  await expect(group.getByRole('checkbox', { name: /^EC\.06/ })).toBeChecked();
  await expect(group.getByRole('checkbox', { name: /^EC-06/ })).not.toBeChecked();
  await expect(resultTitles(page)).toHaveText(['Policy Analyst']);
  // Each label names its own box: ticking EC-06 by its label adds its postings.
  await group.getByText(/^EC-06/).click();
  await expect(group.getByRole('checkbox', { name: /^EC-06/ })).toBeChecked();
  await expect(resultTitles(page)).toHaveText(['Policy Analyst', 'Product Manager (Pilot)', 'Program Evaluator']);
  await audit(page);
});

test.describe('many postings', () => {
  const many = {
    schema: 1,
    labels: {},
    postings: Array.from({ length: 120 }, (_, i) => {
      const n = String(i + 1).padStart(3, '0');
      const content = (title) => ({ title, summary: `Summary ${n}`, body: [], source: `x/${n}.md` });
      return {
        id: `job-${n}`,
        status: { open: true, listed: true, form: true },
        facets: {},
        en: content(`Job ${n}`),
        fr: content(`Poste ${n}`),
      };
    }),
  };

  test('the range announced is not left in the page in the other language', async ({ page }) => {
    await servePostings(page, many);
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Pages of results' }).getByRole('link', { name: 'Next page' }).click();
    const live = page.locator('.cds-careers [aria-live="polite"]');
    await expect(live).toHaveText('Job postings 26 to 50 of 120');
    await page.getByRole('link', { name: 'Français' }).click();
    await expect(resultTitles(page).first()).toHaveText('Poste 026');
    await expect(live).toHaveText('');
  });

  test('are shown twenty-five at a time, with pages that are links, announced and focused', async ({ page }) => {
    await servePostings(page, many);
    await page.goto('/');
    await expect(resultTitles(page)).toHaveCount(25);
    await expect(resultTitles(page).first()).toHaveText('Job 001');
    const pages = page.getByRole('navigation', { name: 'Pages of results' });
    await expect(pages).toContainText('Page 1 of 5 (Job postings 1 to 25 of 120)');
    await expect(pages.getByRole('link', { name: 'Previous page' })).toHaveCount(0);
    await pages.getByRole('link', { name: 'Next page' }).click();
    await expect(resultTitles(page).first()).toHaveText('Job 026');
    await expect(page.locator(RESULT)).toHaveCount(25);
    await expect(page.locator('#cds-careers-count')).toBeFocused();
    await expect(page.locator('.cds-careers [aria-live="polite"]')).toHaveText('Job postings 26 to 50 of 120');
    await expect(page).toHaveURL(/careers-page=2/);
    await pages.getByRole('link', { name: 'Next page' }).click();
    await expect(resultTitles(page).first()).toHaveText('Job 051');
    await page.goBack();
    await expect(resultTitles(page).first()).toHaveText('Job 026');
    await page.goto('/?careers-page=5');
    await expect(resultTitles(page)).toHaveCount(20);
    await expect(pages.getByRole('link', { name: 'Next page' })).toHaveCount(0);
    await audit(page);
  });

  test('a new sort order starts from its first page', async ({ page }) => {
    await servePostings(page, many);
    await page.goto('/?careers-page=3');
    await expect(resultTitles(page).first()).toHaveText('Job 051');
    await page.getByLabel('Sort by').selectOption({ index: 1 });
    await expect(page).not.toHaveURL(/careers-page=/);
    await expect(page.getByRole('navigation', { name: 'Pages of results' })).toContainText('Page 1 of 5');
  });

  test('a search goes back to the first page', async ({ page }) => {
    await servePostings(page, many);
    await page.goto('/?careers-page=5&careers-lang=fr');
    await expect(resultTitles(page).first()).toHaveText('Poste 101');
    await page.getByRole('searchbox').fill('poste 11');
    // By relevance: `11` starts a word of the title in 110 to 119, and is only inside one in 011.
    await expect(resultTitles(page)).toHaveText(['Poste 110', 'Poste 111', 'Poste 112', 'Poste 113', 'Poste 114', 'Poste 115', 'Poste 116', 'Poste 117', 'Poste 118', 'Poste 119', 'Poste 011']);
    await expect(page.getByRole('navigation', { name: 'Pages de résultats' })).toHaveCount(0);
  });

  // By relevance: `11` starts a word of the title in 110 to 119, and is only inside one in 011.
  const found11 = ['110', '111', '112', '113', '114', '115', '116', '117', '118', '119', '011'].map((n) => `Job ${n}`);
  /** The listing, once relevance orders a search (its module comes after the listing shows), with
   * the search box empty again. */
  async function listingWithRelevance(page) {
    await servePostings(page, many);
    await page.goto('/');
    const box = page.getByRole('searchbox');
    await box.fill('job 11');
    await expect(resultTitles(page)).toHaveText(found11);
    await box.fill('');
    await expect(resultTitles(page).first()).toHaveText('Job 001');
    await expect(resultTitles(page)).toHaveCount(25);
  }

  test('a search shows its first results in the next frame, and the whole page of them right after', async ({ page }) => {
    await listingWithRelevance(page);
    // What the next frame paints after a keystroke: the rows a screen shows answer it already.
    const firstFrame = await page.evaluate(() => {
      const box = document.querySelector('#cds-careers-search');
      box.value = 'job 11';
      box.dispatchEvent(new Event('input', { bubbles: true }));
      return new Promise((painted) =>
        requestAnimationFrame(() =>
          painted([...document.querySelectorAll('.cds-careers__result-title')].slice(0, 5).map((t) => t.textContent)),
        ),
      );
    });
    expect(firstFrame).toEqual(found11.slice(0, 5));
    // Every row of the page follows: none still shows a posting the search left out.
    await expect(resultTitles(page)).toHaveText(found11);
  });

  test('a posting opened before the lower rows have followed a search opens, and the widget goes on', async ({ page }) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await listingWithRelevance(page);
    // The search and the click on its first result in one task: the list is gone when its lower
    // rows would follow.
    await page.evaluate(() => {
      const box = document.querySelector('#cds-careers-search');
      box.value = 'job 11';
      box.dispatchEvent(new Event('input', { bubbles: true }));
      return new Promise((done) =>
        requestAnimationFrame(() => {
          document.querySelector('.cds-careers__result-title a').click();
          setTimeout(done);
        }),
      );
    });
    await expect(page.locator('#cds-careers-posting-heading')).toHaveText('Job 110');
    await page.goBack();
    await expect(resultTitles(page)).toHaveText(found11);
    expect(errors).toEqual([]);
  });

  test('a language switch writes every row of the page in the new language', async ({ page }) => {
    await servePostings(page, many);
    await page.goto('/');
    await expect(resultTitles(page)).toHaveCount(25);
    await page.getByRole('link', { name: 'Français' }).click();
    await expect(resultTitles(page)).toHaveText(Array.from({ length: 25 }, (_, i) => `Poste ${String(i + 1).padStart(3, '0')}`));
  });

  test('every result links to its posting in the view shown, down to the last of the page', async ({ page }) => {
    await servePostings(page, many);
    await page.goto('/');
    await expect(resultTitles(page)).toHaveCount(25);
    // Every posting is open: "All" changes no result, only the view each link leads back to.
    await page.getByRole('radio', { name: /^All/ }).check();
    await expect(page).toHaveURL(/careers-status=all/);
    for (const row of [0, 4, 5, 24]) {
      await expect(resultTitles(page).nth(row)).toHaveAttribute('href', /careers-status=all/);
    }
    // A link copied or opened in a new tab gives the posting, then Back to that view.
    const href = await resultTitles(page).nth(24).getAttribute('href');
    await page.goto(new URL(href, page.url()).href);
    await expect(page.locator('#cds-careers-posting-heading')).toHaveText('Job 025');
    await page.getByRole('link', { name: /Back to/ }).click();
    await expect(page.getByRole('radio', { name: /^All/ })).toBeChecked();
  });

  test("every result of the page is in the browser's accessibility tree, on screen or not", async ({ page }) => {
    await servePostings(page, many);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/');
    await expect(resultTitles(page)).toHaveCount(25);
    // What a screen reader reads (its list of links, browse mode), not the DOM.
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const links = nodes.filter((n) => !n.ignored && n.role?.value === 'link').map((n) => n.name?.value);
    const titles = Array.from({ length: 25 }, (_, i) => `Job ${String(i + 1).padStart(3, '0')}`);
    expect(titles.filter((t) => !links.includes(t))).toEqual([]);
  });
});
