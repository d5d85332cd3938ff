import type { Page } from '@playwright/test';
import { listPageSize } from '#lib/search/list-pages.ts';
import { content, expect, test } from './fixtures';

async function openStories(page: Page, query = '') {
  await page.goto(`/stories/${query}`);
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
  const box = page.getByRole('searchbox', {
    name: 'Search stories by brand, creator, objective or theme',
  });
  await expect(box).toBeEnabled();
  return {
    box,
    results: page
      .getByRole('region', { name: 'Search stories' })
      .getByRole('listitem')
      .filter({ has: page.getByRole('link') }),
    status: page.getByRole('status'),
  };
}

test('finds a partnership despite a typo and highlights the match', async ({ page }) => {
  const { box, results, status } = await openStories(page);
  await box.fill('rolettes');
  await expect(results.first()).toContainText('Comcast');
  await expect(results.first().locator('mark').first()).toBeVisible();
  await expect(status).toHaveText(/stor(y|ies), matching “rolettes”/);
  await expect(page).toHaveURL(/\/stories\/\?q=rolettes$/);
  // The full list steps aside while a search shows its results.
  await expect(page.getByRole('heading', { name: 'Real partnerships' })).toBeHidden();
});

test('filters by objective, format and theme with counts, excludes a value, and restores the view from the URL', async ({
  page,
}) => {
  const { results } = await openStories(page);
  const objective = page.getByRole('group', { name: 'Objective' });
  const first = objective.getByRole('checkbox').first();
  // The list shows as many stories as the value's count says (a page holds 12), and fewer than all.
  const said = Number(
    /\((\d+)\)/.exec((await objective.getByRole('listitem').first().textContent()) ?? '')?.[1],
  );
  expect(said).toBeGreaterThan(0);
  expect(said).toBeLessThan(content.stories.length);
  await first.check();
  await expect(page).toHaveURL(/\?objective=/);
  await expect(results).toHaveCount(Math.min(said, listPageSize.stories));
  await expect(page.getByRole('group', { name: 'Format' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Theme' })).toBeVisible();
  await page
    .getByRole('group', { name: 'Theme' })
    .getByRole('button', { name: /^not /, disabled: false })
    .first()
    .click();
  await expect(page).toHaveURL(/theme\.not=/);
  const url = page.url();
  await page.reload();
  await expect(
    page.getByRole('group', { name: 'Objective' }).getByRole('checkbox').first(),
  ).toBeChecked();
  expect(page.url()).toBe(url);
  await page.getByRole('button', { name: 'Clear search and filters' }).click();
  await expect(page).toHaveURL(/\/stories\/$/);
  await expect(page.getByRole('heading', { name: 'Real partnerships' })).toBeVisible();
});

test('finds a partnership by another name of its brand or of a creator', async ({ page }) => {
  const { box, results } = await openStories(page);
  // Kawanami Noodle Works is also written 川波製麺; 森下千景 is also Chikage Morishita.
  for (const name of ['川波製麺', 'Chikage Morishita']) {
    await box.fill(name);
    await expect(results.first()).toContainText('Kawanami’s halal ramen');
  }
});

test('offers a way out of an empty result', async ({ page }) => {
  const { box } = await openStories(page, '?q=zzzzqqqq');
  await expect(page.getByText('No story matches this search.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear search and filters' }).click();
  await expect(box).toBeFocused();
  await expect(box).toHaveValue('');
});

test('sorts oldest first', async ({ page }) => {
  const { results } = await openStories(page, '?sort=oldest');
  const years = await results.evaluateAll((items) =>
    items.map((item) => Number(/· (\d{4}) ·/.exec(item.textContent)?.[1])),
  );
  expect(years.length).toBeGreaterThan(1);
  expect(years).toEqual([...years].sort((a, b) => a - b));
});

test('treats hostile URL parameters as plain text and ignores unknown ones', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  const hostile = '<img src=x onerror=alert(1)>';
  const { box, status } = await openStories(
    page,
    `?q=${encodeURIComponent(hostile)}&objective=<script>&sort=javascript:alert(1)&page=-5&utm=x`,
  );
  await expect(box).toHaveValue(hostile);
  await expect(status).toContainText(`matching “${hostile}”`);
  await expect(page.locator('.search img, .search script')).toHaveCount(0);
  await expect(
    page.getByRole('group', { name: 'Objective' }).getByRole('checkbox', { checked: true }),
  ).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'Sort by' })).toHaveValue('relevance');
  expect(dialogs).toBe(0);
});
