import AxeBuilder from '@axe-core/playwright';
import { expect, sitemapPaths, test } from './fixtures';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const scheme of ['light', 'dark'] as const) {
  test(`every page in the sitemap has no WCAG 2.2 AA violations (${scheme})`, async ({ page, request }) => {
    test.setTimeout(300_000);
    await page.emulateMedia({ colorScheme: scheme });
    const paths = [...(await sitemapPaths(request)), '/404.html'];
    const failures: string[] = [];
    for (const path of paths) {
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
      for (const violation of violations) {
        failures.push(`${path}: ${violation.id} (${violation.impact}) ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`);
      }
    }
    expect(failures, failures.join('\n')).toEqual([]);
  });
}

test('a keyboard user can skip to the content and sees where focus is', async ({ page }) => {
  await page.goto('/stories/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  const outline = await skip.evaluate((element) => getComputedStyle(element).outlineStyle);
  expect(outline).toBe('solid');
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
