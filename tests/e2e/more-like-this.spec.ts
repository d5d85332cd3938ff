/**
 * "More like this" in the creator search: a result's control shows the creators most like it,
 * with why, as its profile lists them; the view lives in the address (reload, back, filters,
 * pages), in the page and in the worker; a `like` that names no creator is left out with a notice.
 */
import type { Page } from '@playwright/test';
import { ar } from '../../src/lib/strings/ar.ts';
import { en } from '../../src/lib/strings/en.ts';
import { fill } from '../../src/lib/strings/format.ts';
import type { Strings } from '../../src/lib/strings/types.ts';
import { axeViolations } from './axe';
import { expect, test } from './fixtures';

const aisha = { id: 'aisha-and-the-dallah', name: 'عائشة بن حارب' };

/** Where this device's search cost is remembered (useSearchBackend.ts): a huge one starts the worker. */
const costKey = 'casebook.searchCost';

/** The search region, once the island has hydrated and the index has loaded. */
async function openSearch(page: Page, path: string, strings: Strings = en) {
  await page.goto(path);
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
  const box = page.getByRole('searchbox', { name: strings.search.label });
  await expect(box).toBeEnabled();
  const search = page.getByRole('region', { name: strings.search.heading });
  return {
    box,
    search,
    results: search.getByRole('listitem').filter({ has: page.getByRole('link') }),
  };
}

/** Names and reasons of a profile's similar creators, as its page lists them. */
async function profileList(page: Page, path: string, heading: string) {
  await page.goto(path);
  const items = page.getByRole('region', { name: heading }).getByRole('listitem');
  return Promise.all(
    (await items.all()).map(async (item) => ({
      name: await item.getByRole('link').innerText(),
      why: await item.locator('.why').innerText(),
    })),
  );
}

/** Names and reasons of the first results shown. */
async function shown(results: ReturnType<Page['locator']>, count: number) {
  const rows: { name: string; why: string }[] = [];
  // One row at a time: rows out of sight are drawn only once scrolled to (content-visibility), as
  // a reader would scroll to them.
  for (const item of (await results.all()).slice(0, count)) {
    await item.scrollIntoViewIfNeeded();
    rows.push({
      name: await item.getByRole('link').first().innerText(),
      why: await item.locator('.why').innerText(),
    });
  }
  return rows;
}

test('More like this on a result lists the creators its profile lists, with why, in the URL', async ({
  page,
}) => {
  const profile = await profileList(page, `/creators/${aisha.id}/`, en.similar.heading);
  expect(profile.length).toBeGreaterThan(0);

  const { box, search, results } = await openSearch(page, '/creators/');
  await box.fill('aisha');
  await expect(page).toHaveURL(/\?q=aisha$/);
  // The button's name ends with the creator's, as each result's Save does.
  await search
    .getByRole('button', { name: new RegExp(`^${en.search.like.action}\\W+${aisha.name}$`) })
    .click();

  const heading = search.getByRole('heading', {
    name: fill(en.search.like.heading, { name: aisha.name }),
  });
  await expect(heading).toBeVisible();
  await expect(heading).toBeFocused();
  await expect(page).toHaveURL(`/creators/?like=${aisha.id}`);
  await expect(box).toHaveValue('');
  await expect(results.first().locator('.why')).toBeVisible();
  expect(await shown(results, profile.length)).toEqual(profile);
  await expect(results.filter({ hasText: aisha.name })).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);

  await page.reload();
  await expect(heading).toBeVisible();
  expect(await shown(results, profile.length)).toEqual(profile);

  await page.goBack();
  await expect(page).toHaveURL(/\?q=aisha$/);
  await expect(heading).toHaveCount(0);
  await expect(box).toHaveValue('aisha');
  await expect(results.first()).toContainText(aisha.name);
});

test('combines with filters and pages, and clears back to the filtered results', async ({
  page,
}) => {
  const { search, results } = await openSearch(page, `/creators/?like=${aisha.id}`);
  const total = search.locator('.results .total');
  await expect(total).toHaveText(/^\d+ creators · 1–24 of \d+$/);
  const all = Number((await total.innerText()).split(' ')[0]);

  const english = search
    .getByRole('group', { name: en.search.facets.language })
    .getByRole('checkbox', { name: /^English/ });
  await english.check();
  await expect(page).toHaveURL(`/creators/?like=${aisha.id}&language=en`);
  await expect(total).not.toHaveText(new RegExp(`^${all} `));
  await expect(results.first().locator('.why')).toContainText('English');

  await english.uncheck();
  await search.getByRole('button', { name: en.searchCommon.next }).click();
  await expect(page).toHaveURL(`/creators/?like=${aisha.id}&page=2`);
  await expect(results).toHaveCount(all - 24);

  await search.getByRole('button', { name: en.search.like.clear }).click();
  await expect(page).toHaveURL('/creators/');
  await expect(search.getByRole('heading', { level: 3 })).toHaveCount(0);
});

test('a like that names no creator is left out with a notice, never echoed', async ({ page }) => {
  for (const value of ['<script>window.hacked=1</script>', '../../etc/passwd', 'x'.repeat(500)]) {
    const { search } = await openSearch(page, `/creators/?like=${encodeURIComponent(value)}`);
    await expect(search.getByText(en.search.like.unknown)).toBeVisible();
    await expect(search).not.toContainText(value.slice(0, 20));
    expect(await page.evaluate(() => 'hacked' in window)).toBe(false);
  }
  // A well-formed id the directory does not hold: the notice, every creator, and a clean address.
  const { search } = await openSearch(page, '/creators/?like=nobody-by-this-name&region=europe');
  await expect(search.getByText(en.search.like.unknown)).toBeVisible();
  await expect(page).toHaveURL('/creators/?region=europe');
  await expect(search.getByRole('heading', { level: 3 })).toHaveCount(0);
  await search
    .getByRole('group', { name: en.search.facets.region })
    .getByRole('checkbox', { name: /^Europe/ })
    .uncheck();
  await expect(search.getByText(en.search.like.unknown)).toHaveCount(0);
});

for (const [where, cost] of [
  ['in the page', '0.000001'],
  ['in a worker', '1000'],
] as const) {
  test(`works the same when the search runs ${where}`, async ({ page }) => {
    // A remembered cost per creator decides where the search starts (placement.ts).
    await page.addInitScript(({ key, value }) => localStorage.setItem(key, value), {
      key: costKey,
      value: cost,
    });
    const profile = await profileList(page, `/creators/${aisha.id}/`, en.similar.heading);
    const { search, results } = await openSearch(page, `/creators/?like=${aisha.id}`);
    await expect(
      search.getByRole('heading', { name: fill(en.search.like.heading, { name: aisha.name }) }),
    ).toBeVisible();
    expect(await shown(results, profile.length)).toEqual(profile);
    if (where === 'in a worker') expect(page.workers()).toHaveLength(1);
  });
}

test('speaks Arabic on /ar/: the heading and each reason as the Arabic profile gives them', async ({
  page,
}) => {
  const profile = await profileList(page, `/ar/creators/${aisha.id}/`, ar.similar.heading);
  const { search, results } = await openSearch(page, `/ar/creators/?like=${aisha.id}`, ar);
  await expect(
    search.getByRole('heading', { name: fill(ar.search.like.heading, { name: aisha.name }) }),
  ).toBeVisible();
  expect(await shown(results, profile.length)).toEqual(profile);
  await expect(search.getByRole('button', { name: ar.search.like.clear })).toBeVisible();
});
