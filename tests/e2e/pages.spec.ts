import type { Page } from '@playwright/test';
import { content, creatorData, expect, listAcrossPages, test } from './fixtures';

/** How many A4 pages the page prints on. */
async function printedPages(page: Page): Promise<number> {
  const pdf = await page.pdf({ format: 'A4' });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

test.describe('home', () => {
  test('shows figures computed from the content and featured stories', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      'brand–creator partnerships',
    );
    const figures = page.getByRole('region', { name: 'The casebook in figures' });
    await expect(figures).toContainText(`${content.stories.length} partnership stories`);
    await expect(figures).toContainText(`${content.creators.length} creators`);
    await expect(figures).toContainText(`${content.brands.length} brands`);
    const featured = page.getByRole('region', { name: 'Featured stories' });
    await expect(featured.getByRole('article').first()).toBeVisible();
  });

  test('offers ways in by region that lead to the directory', async ({ page }) => {
    await page.goto('/');
    await page
      .getByRole('region', { name: 'Ways in' })
      .getByRole('link', { name: /Middle East & North Africa/ })
      .click();
    await expect(page).toHaveURL('/creators/region/middle-east-north-africa/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Creators in Middle East & North Africa',
    );
    await expect(page.getByRole('article')).toHaveCount(
      creatorData.filter((creator) => creator.region === 'middle-east-north-africa').length,
    );
  });
});

test.describe('stories index', () => {
  test('reaches every story across its pages, real and illustrative apart', async ({ page }) => {
    const titles = await listAcrossPages(page, '/stories/');
    expect(titles).toHaveLength(content.stories.length);
    expect(new Set(titles).size).toBe(titles.length);
    await page.goto('/stories/');
    await expect(
      page.getByRole('region', { name: 'Real partnerships' }).getByRole('article'),
    ).toHaveCount(3);
  });
});

test.describe('story page', () => {
  test('shows results as callouts, each with its source', async ({ storyPage }) => {
    await storyPage.goto('mahmas-grandmother-and-the-uncle');
    const items = storyPage.keyFigures.getByRole('listitem');
    expect(await items.count()).toBeGreaterThan(0);
    for (const item of await items.all()) await expect(item).toContainText(/Source: \S/);
  });

  test('says so plainly when a real partnership has no published figures', async ({
    storyPage,
  }) => {
    await storyPage.goto('koho-kyne-financial-health');
    await expect(storyPage.keyFigures).toContainText('No outcome figures were published');
    await expect(storyPage.provenance).toContainText('Real partnership');
    await expect(storyPage.page.getByRole('region', { name: 'Sources' })).toContainText('2021');
  });

  test('labels an illustrative story as invented', async ({ storyPage }) => {
    await storyPage.goto('mahmas-grandmother-and-the-uncle');
    await expect(storyPage.provenance).toContainText('This story is illustrative');
  });

  test('links its creators to their profiles', async ({ storyPage, page }) => {
    await storyPage.goto('koho-kyne-financial-health');
    await storyPage.atAGlance.getByRole('link', { name: 'Kyne' }).click();
    await expect(page).toHaveURL('/creators/kyne/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kyne');
  });

  test('has a table of contents whose links reach every section', async ({ storyPage, page }) => {
    await storyPage.goto('koho-kyne-financial-health');
    const links = storyPage.contents.getByRole('link');
    await expect(links).toContainText([
      'Key figures',
      'The challenge',
      'The approach',
      'What was hard',
      'Results',
      'Takeaways',
      'Sources',
    ]);
    for (const link of await links.all()) {
      const target = (await link.getAttribute('href')) ?? '';
      await expect(page.locator(target)).toHaveCount(1);
    }
  });

  test('shows reading time, quotes from both sides and related stories', async ({
    storyPage,
    page,
  }) => {
    await storyPage.goto('mahmas-grandmother-and-the-uncle');
    await expect(page.getByText(/\d+ min read/)).toBeVisible();
    const quotes = page.getByRole('region', { name: 'In their words' });
    await expect(quotes.getByRole('figure').filter({ hasText: 'Brand' }).first()).toBeVisible();
    await expect(quotes.getByRole('figure').filter({ hasText: 'Creator' }).first()).toBeVisible();
    await expect(storyPage.related.getByRole('article')).toHaveCount(3);
  });

  test('describes itself as an Article in structured data', async ({ storyPage, page }) => {
    await storyPage.goto('comcast-team-of-tomorrow');
    const data = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
    ) as { '@type'?: string; headline?: string; datePublished?: string };
    expect(data['@type']).toBe('Article');
    expect(data.headline).toBe(await storyPage.heading.textContent());
    expect(data.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test('prints a short story on one page, without navigation, hero or related stories', async ({
    storyPage,
    page,
  }) => {
    await storyPage.goto('clinique-real-skin');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await expect(storyPage.contents).toBeHidden();
    await expect(page.locator('img.hero')).toBeHidden();
    await expect(storyPage.heading).toBeVisible();
    await expect(storyPage.keyFigures).toBeVisible();
    expect(await printedPages(page)).toBe(1);
  });

  for (const slug of content.stories) {
    test(`prints ${slug} as a handout of at most two A4 pages`, async ({ page }) => {
      await page.goto(`/stories/${slug}/`);
      expect(await printedPages(page)).toBeLessThanOrEqual(2);
    });
  }
});

test.describe('creators directory', () => {
  test('reaches every creator across its pages, and says how many there are', async ({ page }) => {
    const names = await listAcrossPages(page, '/creators/');
    expect(names).toHaveLength(content.creators.length);
    await page.goto('/creators/');
    await expect(
      page.getByText(`${content.creators.length} creators`, { exact: true }),
    ).toBeVisible();
    const pager = page.getByRole('navigation', { name: 'Result pages' });
    await expect(pager.getByText('1', { exact: true })).toHaveAttribute('aria-current', 'page');
    await pager.getByRole('link', { name: /Page 2 of/ }).click();
    await expect(page).toHaveURL('/creators/page/2/');
    await expect(page.locator('link[rel="prev"]')).toHaveAttribute('href', '/creators/');
  });

  test('shows names in their own script, right-to-left where needed, with Latin spellings', async ({
    page,
  }) => {
    await page.goto('/creators/');
    const card = page.getByRole('article').filter({ hasText: '@aisha-and-the-dallah' });
    const name = card.getByRole('heading').locator('bdi');
    await expect(name).toHaveText(/\p{Script=Arabic}/u);
    await expect(name).toHaveAttribute('lang', 'ar');
    await expect(name).toHaveAttribute('dir', 'rtl');
    await expect(card).toContainText('Aisha');
  });
});

test.describe('creator profile', () => {
  test('shows partnerships and brand mentions with dates', async ({ creatorPage }) => {
    await creatorPage.goto('aisha-and-the-dallah');
    await expect(creatorPage.heading).toHaveAttribute('lang', 'ar');
    await expect(creatorPage.heading).toHaveAttribute('dir', 'rtl');
    await expect(creatorPage.partnerships.getByRole('article').first()).toBeVisible();
    const first = creatorPage.mentions.getByRole('listitem').first();
    await expect(first).toContainText(/“.+”/);
    await expect(first.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
    await expect(first.getByRole('link').first()).toHaveAttribute('href', /^\/brands\//);
  });

  test('says what its source does not state for a real creator', async ({ creatorPage }) => {
    await creatorPage.goto('the-rollettes');
    await expect(
      creatorPage.page.getByRole('complementary', { name: 'Real creator' }),
    ).toContainText('A real creator');
    await expect(creatorPage.page.getByText('Not stated in our source').first()).toBeVisible();
  });
});

test.describe('brand page', () => {
  test('lists its stories and the creators who mention it, newest first', async ({ brandPage }) => {
    await brandPage.goto('mahmas-roastery');
    await expect(brandPage.stories.getByRole('article').first()).toBeVisible();
    const dates = await brandPage.mentions
      .locator('time')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime') ?? ''));
    expect(dates.length).toBeGreaterThan(0);
    expect(dates).toEqual([...dates].sort().reverse());
  });
});

test.describe('site files', () => {
  test.describe(() => {
    test.use({ expectedConsoleErrors: [/status of 404/] });
    test('answers an unknown address with a helpful 404 page', async ({ page }) => {
      const response = await page.goto('/no-such-page/');
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
      await expect(page.getByRole('link', { name: 'All stories' })).toBeVisible();
    });
  });

  test('publishes an RSS feed of every story', async ({ request }) => {
    const feed = await (await request.get('/rss.xml')).text();
    expect(feed.match(/<item>/g)).toHaveLength(content.stories.length);
  });

  test('points robots at the sitemap', async ({ request }) => {
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap-index\.xml$/m);
  });
});
