/**
 * Finding creators from one another: similar creators on a profile (plain HTML, so without
 * JavaScript too), and the compare page, which sets two to six creators side by side and drops
 * what in its address is not a creator.
 */
import { ar } from '../../src/lib/strings/ar.ts';
import { en } from '../../src/lib/strings/en.ts';
import { axeViolations } from './axe';
import { expect, test } from './fixtures';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a profile lists similar creators, each with why', async ({ page }) => {
    await page.goto('/creators/aisha-and-the-dallah/');
    const similar = page.getByRole('region', { name: en.similar.heading });
    const items = similar.getByRole('listitem');
    expect(await items.count()).toBeGreaterThan(0);
    expect(await items.count()).toBeLessThanOrEqual(6);
    await expect(items.first().getByRole('link')).toHaveAttribute('href', /^\/creators\/[^/]+\/$/);
    await expect(items.first()).toContainText(/also|same/);
  });

  test('the compare page says what it needs and leads to the directory', async ({ page }) => {
    await page.goto('/creators/compare/?c=aisha-and-the-dallah,chikage-eats');
    // The notice is a <noscript>, which locators' text matching passes over; read what shows.
    const shown = await page.locator('main').innerText();
    expect(shown).toContain(en.compare.noScript);
    expect(shown).toContain(en.compare.directory);
    expect(await page.locator('main noscript').innerHTML()).toContain('href="/creators/"');
  });
});

test('the compare page sets three creators side by side and drops a hostile entry', async ({
  page,
}) => {
  const hostile = encodeURIComponent('<img src=x onerror=alert(1)>');
  await page.goto(
    `/creators/compare/?c=aisha-and-the-dallah,chikage-eats,imane-hammam-notes,${hostile},chikage-eats`,
  );
  const table = page.getByRole('table');
  await expect(table).toBeVisible();
  await expect(table.locator('caption')).toContainText('3');
  const columns = table.getByRole('columnheader');
  await expect(columns.filter({ hasText: 'عائشة بن حارب' })).toHaveCount(1);
  await expect(columns.filter({ hasText: '森下千景' })).toHaveCount(1);
  await expect(columns.filter({ hasText: 'إيمان الوزاني' })).toHaveCount(1);
  await expect(
    table.getByRole('rowheader', { name: new RegExp(en.compare.rows.languages) }),
  ).toBeVisible();
  await expect(page.getByText(/is not a creator id and was left out/)).toBeVisible();
  await expect(page.getByText(/listed more than once/)).toBeVisible();
  expect(await page.locator('img[src="x"]').count()).toBe(0);

  await page.getByRole('checkbox', { name: en.compare.onlyDifferences }).check();
  const rows = table.locator('tbody tr:visible');
  for (const row of await rows.all()) await expect(row).toContainText(en.compare.differs);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: en.compare.downloadCsv }).click();
  expect((await download).suggestedFilename()).toBe(en.compare.csvFile);
  expect(await axeViolations(page)).toEqual([]);
});

test('with fewer than two creators the compare page says how to pick them, in Arabic too', async ({
  page,
}) => {
  await page.goto('/ar/creators/compare/?c=aisha-and-the-dallah');
  await expect(page.getByText(ar.compare.pick)).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
});
