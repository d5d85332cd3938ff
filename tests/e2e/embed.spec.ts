/**
 * The story card other sites embed: a page with no script that shows the story's title, brand,
 * creators, headline figure with its source and the illustrative label, and links back; the
 * story page offers the HTML that frames it.
 */
import { en } from '../../src/lib/strings/en.ts';
import { ja } from '../../src/lib/strings/ja.ts';
import { axeViolations } from './axe';
import { expect, test } from './fixtures';

test('a story’s embed card shows what the story is and links back, with no script', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto('/stories/kawanami-halal-ramen-two-kitchens/embed/');
  const card = page.getByRole('article');
  await expect(card.getByRole('heading', { level: 1 })).toContainText('Kawanami');
  await expect(card).toContainText('Kawanami Noodle Works');
  await expect(card).toContainText('森下千景');
  await expect(card).toContainText(en.provenance.illustrative);
  await expect(card).toContainText(`${en.story.source}: `);
  await expect(card.getByRole('link', { name: en.embed.readStory })).toHaveAttribute(
    'href',
    /\/stories\/kawanami-halal-ramen-two-kitchens\/$/,
  );
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
  expect(scripts).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
});

test('the story page offers the HTML that embeds its card, in the reader’s language', async ({
  page,
}) => {
  await page.goto('/ja/stories/koho-kyne-financial-health/');
  const snippet = page.getByRole('textbox', { name: ja.embed.snippetLabel });
  await expect(snippet).toHaveAttribute('readonly', '');
  const html = await snippet.inputValue();
  const src = /<iframe src="([^"]+)"/.exec(html)?.[1] ?? '';
  expect(new URL(src).pathname).toBe('/ja/stories/koho-kyne-financial-health/embed/');
  expect(html).toMatch(/title="[^"]+"/);
  const embed = await page.request.get(new URL(src).pathname);
  expect(embed.status()).toBe(200);
  expect(await embed.text()).toContain('lang="ja"');
});
