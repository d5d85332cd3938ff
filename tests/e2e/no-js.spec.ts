import { content, expect, listAcrossPages, test } from './fixtures';

// That reading pages load no script at all is checked page by page in every-page.spec.ts.

test.use({ javaScriptEnabled: false });

test('a story reads in full with JavaScript disabled', async ({ page }) => {
  await page.goto('/stories/koho-kyne-financial-health/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  for (const section of [
    'The challenge',
    'The approach',
    'What was hard',
    'Results',
    'Takeaways',
  ]) {
    await expect(page.getByRole('heading', { name: section, exact: true })).toBeVisible();
  }
  await page
    .getByRole('navigation', { name: 'Contents' })
    .getByRole('link', { name: 'What was hard' })
    .click();
  await expect(page).toHaveURL(/#what-was-hard$/);
});

test('the creators directory reaches everyone, page by page, with JavaScript disabled', async ({
  page,
}) => {
  const names = await listAcrossPages(page, '/creators/');
  expect(names).toHaveLength(content.creators.length);
  expect(new Set(names).size).toBe(names.length);
});
