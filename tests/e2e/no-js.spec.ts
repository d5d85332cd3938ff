import { content, expect, sitemapPaths, test } from './fixtures';

test.use({ javaScriptEnabled: false });

test('reading pages load no script at all', async ({ page, request }) => {
  const reading = (await sitemapPaths(request)).filter((path) => /^\/(stories|creators|brands)\/[^/]+\/$/.test(path));
  expect(reading.length).toBe(content.stories.length + content.creators.length + content.brands.length);
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  for (const path of reading) {
    await page.goto(path);
    const executable = await page.locator('script:not([type="application/ld+json"])').count();
    expect(executable, `${path} has a <script> element`).toBe(0);
  }
  expect(scripts).toEqual([]);
});

test('a story reads in full with JavaScript disabled', async ({ page }) => {
  await page.goto('/stories/koho-kyne-financial-health/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  for (const section of ['The challenge', 'The approach', 'What was hard', 'Results', 'Takeaways']) {
    await expect(page.getByRole('heading', { name: section, exact: true })).toBeVisible();
  }
  await page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: 'What was hard' }).click();
  await expect(page).toHaveURL(/#what-was-hard$/);
});

test('the creators directory lists everyone with JavaScript disabled', async ({ page }) => {
  await page.goto('/creators/');
  await expect(page.getByRole('article')).toHaveCount(content.creators.length);
});
