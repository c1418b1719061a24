// What a job seeker finds first: relevance as the order while there is a query, and the French
// feminine and inclusive forms, on the sample content (dist/) and on the real 2023-06 corpus
// (CORPUS_URL).
import { test, expect } from '@playwright/test';
import { audit, fixtureBundle, gate, resultTitles, servePostings } from './helpers.mjs';

const CORPUS_URL = process.env.CORPUS_URL;
const status = (page) => page.locator('.cds-careers [aria-live="polite"]');

/** Folds case and accents, as search does, to check what a title holds. */
const folded = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

test.describe('relevance', () => {
  test('with a query the best matches come first, and another order can be chosen', async ({ page }) => {
    await page.goto('/?careers-status=all');
    const sort = page.getByLabel('Sort by');
    const relevance = sort.locator('option', { hasText: 'Relevance' });
    // Without a word to search for, relevance cannot be chosen: the order is by title.
    await expect(sort).toHaveValue('title');
    await expect(relevance).toBeDisabled();

    await page.getByRole('searchbox').fill('product manager');
    await expect(relevance).toBeEnabled();
    // Both words whole in the title, above a title where one word only starts a longer one.
    await expect(resultTitles(page).first()).toHaveText('Senior Product Manager');
    await expect(resultTitles(page).nth(1)).toHaveText('Head of Product Management');
    await expect(sort).toHaveValue('relevance');
    await expect(sort.locator('option:checked')).toHaveText('Relevance');
    await audit(page);

    await sort.selectOption({ label: 'Title (A to Z)' });
    await expect(resultTitles(page).first()).toHaveText('Head of Product Management');
    await expect(page).toHaveURL(/careers-sort=title/);

    await page.getByRole('searchbox').fill('');
    await expect(relevance).toBeDisabled();
    await expect(sort).toHaveValue('title');
  });

  test('relevance and word forms come as a module after the listing; search works before it', async ({ page }) => {
    const held = gate();
    const requested = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.route('**/split_search_refinements.*.wasm', async (route) => {
      await held.opened;
      await route.continue();
    });
    await page.goto('/?careers-status=all');
    await page.getByRole('searchbox').fill('product manager');
    // Without the module: every result is found, in title order.
    await expect(resultTitles(page)).toHaveText([
      'Head of Product Management',
      'Partnerships Advisor',
      'Senior Product Manager',
    ]);
    const listingAt = requested.findIndex((p) => p.endsWith('/postings.json'));
    const moduleAt = requested.findIndex((p) => /split_search_refinements/.test(p));
    expect(listingAt).toBeGreaterThanOrEqual(0);
    expect(moduleAt).toBeGreaterThan(listingAt);
    held.open();
    await expect(resultTitles(page)).toHaveText([
      'Senior Product Manager',
      'Head of Product Management',
      'Partnerships Advisor',
    ]);
  });

  test('a classification typed whole finds the postings it names, not its parts found apart', async ({ page }) => {
    // An economist classified CS-06: an `ec` and a `06`, but not EC-06.
    const model = structuredClone(fixtureBundle);
    const developer = model.postings.find((p) => p.id === 'developer');
    developer.facets.classification = ['CS-06'];
    developer.en.title = 'Economist';
    await servePostings(page, model);
    await page.goto('/');
    const search = page.getByRole('searchbox');
    const sortedTitles = async () => (await resultTitles(page).allTextContents()).sort();
    await search.fill('ec 06');
    await expect(status(page)).toHaveText('3 job postings found');
    expect(await sortedTitles()).toEqual(['Economist', 'Product Manager (Pilot)', 'Program Evaluator']);
    await search.fill('EC-06');
    await expect(status(page)).toHaveText('2 job postings found');
    expect(await sortedTitles()).toEqual(['Product Manager (Pilot)', 'Program Evaluator']);
    // On the way to the code, every EC-0x: the policy analyst is EC-05.
    await search.fill('EC-0');
    await expect(status(page)).toHaveText('3 job postings found');
    expect(await sortedTitles()).toEqual(['Policy Analyst', 'Product Manager (Pilot)', 'Program Evaluator']);
  });

  test('a place that only the filters name finds its postings, in each language', async ({ page }) => {
    // No text of the sample names the National Capital Region: one posting's location facet does.
    await page.goto('/?careers-status=all');
    // What the box says of the search holds: the place is in the posting, in none of its texts.
    await expect(page.getByRole('searchbox')).toHaveAccessibleDescription('Every word must appear in the job posting.');
    await page.getByRole('searchbox').fill('national capital');
    await expect(resultTitles(page)).toHaveText(['Head of Product Management']);
    await expect(status(page)).toHaveText('1 job posting found');
    // Each language reads its own label: the French words are not in the English one.
    await page.getByRole('searchbox').fill('capitale nationale');
    await expect(status(page)).toHaveText('0 job postings found');
    await page.goto('/?careers-lang=fr&careers-status=all');
    await expect(page.getByRole('searchbox')).toHaveAccessibleDescription('Chaque mot doit figurer dans l’offre d’emploi.');
    await page.getByRole('searchbox').fill('capitale nationale');
    await expect(resultTitles(page)).toHaveText(['Chef de la gestion des produits']);
    await expect(status(page)).toHaveText('1 poste trouvé');
  });

  test('in French: Pertinence, and the words of the title first', async ({ page }) => {
    await page.goto('/?careers-lang=fr&careers-status=all');
    await page.getByRole('searchbox').fill('gestion produits');
    await expect(resultTitles(page).first()).toHaveText('Chef de la gestion des produits');
    await expect(page.getByLabel('Trier par').locator('option:checked')).toHaveText('Pertinence');
    // A feminine plural finds the title first, then a posting whose text names a directeur.
    await page.getByRole('searchbox').fill('directrices');
    await expect(resultTitles(page)).toHaveText([
      'Directeur ou directrice, Mobilisation',
      'Conseiller ou conseillère en partenariats',
    ]);
  });
});

/**
 * Types `query` and checks that the first results (three, or as many as there are) are postings
 * whose title holds one of its words: a title word starting with a query word's first six
 * letters, folded (so `développeuse` counts `Développeur`). Returns how many results there are.
 */
async function firstResultsHoldTheWords(page, url, query) {
  // Relevance comes with its module, fetched once the listing shows.
  const module = page.waitForResponse(/split_search_refinements\.[0-9a-f]+\.wasm$/);
  await page.goto(url);
  await module;
  await page.getByRole('searchbox').fill(query);
  await expect(status(page)).toContainText(/\d/);
  const stems = folded(query).split(/[^\p{L}\p{N}]+/u).filter(Boolean).map((w) => w.slice(0, 6));
  const holds = (title) => folded(title).split(/[^\p{L}\p{N}]+/u).some((w) => stems.some((s) => w.startsWith(s)));
  await expect.poll(async () => {
    const titles = await resultTitles(page).allTextContents();
    const holding = titles.filter(holds).length;
    return titles.slice(0, Math.min(3, holding)).every(holds);
  }).toBe(true);
  return resultTitles(page).count();
}

test.describe('the sample: the first results hold the words', () => {
  for (const query of ['design', 'developer', 'développeur', 'développeuse', 'gestion produits']) {
    for (const lang of ['en', 'fr']) {
      test(`“${query}” in ${lang}`, async ({ page }) => {
        await firstResultsHoldTheWords(page, `/?careers-lang=${lang}&careers-status=all`, query);
      });
    }
  }
});

test.describe('the real 2023-06 corpus', () => {
  test.skip(!CORPUS_URL, 'needs the corpus site (CORPUS_URL)');

  for (const query of ['design', 'developer', 'développeur', 'développeuse', 'gestion produits']) {
    for (const lang of ['en', 'fr']) {
      test(`“${query}” in ${lang}: results whose title holds one of its words come first`, async ({ page }) => {
        await firstResultsHoldTheWords(page, `${CORPUS_URL}/${lang}/index.html?careers-status=all`, query);
      });
    }
  }

  test('développeuse, développeur·se and développeur(euse) find what développeur finds', async ({ page }) => {
    await page.goto(`${CORPUS_URL}/fr/index.html?careers-status=all`);
    const box = page.getByRole('searchbox');
    await box.fill('développeur');
    await expect(status(page)).toHaveText(/^\d+\spostes trouvés$/);
    const expected = await status(page).textContent();
    const top = await resultTitles(page).first().textContent();
    for (const form of ['développeuse', 'développeur·se', 'développeur(euse)']) {
      await box.fill(form);
      await expect(status(page)).toHaveText(expected);
      await expect(resultTitles(page).first()).toHaveText(top);
    }
  });
});

test.describe('language requirement groups on the real corpus', () => {
  test.skip(!CORPUS_URL, 'needs the corpus site (CORPUS_URL)');

  test('choosing Bilingual imperative includes every profile, which stays visible', async ({ page }) => {
    await page.goto(`${CORPUS_URL}/en/index.html?careers-status=all`);
    const group = page.getByRole('group', { name: 'Language requirements' });
    const requirement = group.getByLabel(/^Bilingual imperative \(\d+\)$/);
    const cbc = group.getByLabel(/^CBC profile \(\d+\)$/);
    const bbb = group.getByLabel(/^BBB profile \(\d+\)$/);
    const count = async (box) => Number((await page.locator(`label[for="${await box.getAttribute('id')}"]`).textContent()).match(/\((\d+)\)$/)[1]);
    const [all, withCbc, withBbb] = [await count(requirement), await count(cbc), await count(bbb)];
    expect(all).toBeGreaterThanOrEqual(withCbc + withBbb);
    // The profiles are set in under their requirement.
    const x = async (box) => (await box.boundingBox()).x;
    expect(await x(cbc)).toBeGreaterThan(await x(requirement));

    await requirement.check();
    await expect(status(page)).toHaveText(`${all} job postings found`);
    await cbc.check();
    // Within a facet, choices add up: the profile is already in its requirement.
    await expect(status(page)).toHaveText(`${all} job postings found`);
    await requirement.uncheck();
    await expect(status(page)).toHaveText(`${withCbc} job postings found`);
    await resultTitles(page).first().click();
    await expect(page.locator('.cds-careers__facets')).toContainText('Bilingual imperative, CBC profile');
    await audit(page);
  });
});
