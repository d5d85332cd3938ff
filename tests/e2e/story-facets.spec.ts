/**
 * Every fact a way in, for stories: without JavaScript, a story's facts and a brand's industry
 * lead to static pages of the stories that share the value, in the reader's language, each
 * listing those stories and leading on to the filtered search and back to all stories.
 */
import { readFileSync } from 'node:fs';
import { ar } from '../../src/lib/strings/ar.ts';
import { en } from '../../src/lib/strings/en.ts';
import { ja } from '../../src/lib/strings/ja.ts';
import { content, expect, test } from './fixtures';

/** The stories whose front matter lists `id` in `field` (a list, or a single value). */
function storiesWith(field: string, id: string): string[] {
  return content.stories.filter((slug) => {
    const text = readFileSync(`content/stories/${slug}/index.mdx`, 'utf8');
    const line = new RegExp(`^${field}: (.*)$`, 'm').exec(text)?.[1] ?? '';
    return line
      .replace(/^\[|\]$/g, '')
      .split(',')
      .map((value) => value.trim())
      .includes(id);
  });
}

test.use({ javaScriptEnabled: false });

test('a story’s theme leads to the page of the stories with that theme', async ({ page }) => {
  await page.goto('/stories/mahmas-grandmother-and-the-uncle/');
  const glance = page.getByRole('complementary', { name: en.story.atAGlance });
  await glance.getByRole('link', { name: en.taxonomy.themes.humour, exact: true }).click();

  await expect(page).toHaveURL('/stories/theme/humour/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    en.facetPages.stories.theme.title.replace('{label}', en.taxonomy.themes.humour),
  );
  const expected = storiesWith('themes', 'humour');
  expect(expected.length).toBeGreaterThan(1);
  const cards = page.getByRole('main').getByRole('article');
  await expect(cards).toHaveCount(expected.length);
  const links = await cards
    .getByRole('heading')
    .getByRole('link')
    .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
  expect(links.sort()).toEqual(expected.map((slug) => `/stories/${slug}/`).sort());
  await expect(page.getByRole('link', { name: en.facetPages.refine })).toHaveAttribute(
    'href',
    '/stories/?theme=humour',
  );
  await expect(
    page.getByRole('main').getByRole('link', { name: en.nav.stories, exact: true }),
  ).toHaveAttribute('href', '/stories/');
  // The facet's other values, with this one marked.
  await expect(
    page
      .getByRole('navigation', { name: en.facetPages.stories.theme.browse })
      .locator('[aria-current="page"]'),
  ).toContainText(en.taxonomy.themes.humour);
  expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
});

test('in Arabic, a story’s industry leads to its page in Arabic', async ({ page }) => {
  await page.goto('/ar/stories/mahmas-grandmother-and-the-uncle/');
  const label = ar.taxonomy.industries['food-drink'];
  await page
    .getByRole('complementary', { name: ar.story.atAGlance })
    .getByRole('link', { name: label, exact: true })
    .click();

  await expect(page).toHaveURL('/ar/stories/industry/food-drink/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    ar.facetPages.stories.industry.title.replace('{label}', label),
  );
  const cards = page.getByRole('main').getByRole('article');
  await expect(cards).toHaveCount(storiesWith('industry', 'food-drink').length);
  await expect(cards.getByRole('link', { name: /./ }).first()).toHaveAttribute(
    'href',
    /^\/ar\/stories\/[^/]+\/$/,
  );
  await expect(page.getByRole('link', { name: ar.facetPages.refine })).toHaveAttribute(
    'href',
    '/ar/stories/?industry=food-drink',
  );
});

test('in Japanese, a brand’s industry leads to its stories, and stays text when it has none', async ({
  page,
}) => {
  await page.goto('/ja/brands/koho/');
  const label = ja.taxonomy.industries.finance;
  await page.getByRole('link', { name: label, exact: true }).click();
  await expect(page).toHaveURL('/ja/stories/industry/finance/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    ja.facetPages.stories.industry.title.replace('{label}', label),
  );
  await expect(page.getByRole('main').getByRole('article')).toHaveCount(
    storiesWith('industry', 'finance').length,
  );

  // No story is in consumer tech yet, so the industry of a brand in it is not a link.
  expect(storiesWith('industry', 'tech')).toEqual([]);
  await page.goto('/ja/brands/kanvas-audio/');
  const tech = ja.taxonomy.industries.tech;
  await expect(page.getByRole('definition').filter({ hasText: tech })).toHaveText(tech);
  await expect(page.getByRole('link', { name: tech })).toHaveCount(0);
});
