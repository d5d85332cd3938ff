import { expect, test } from './fixtures';

/**
 * Screenshots of each page kind compared with committed baselines, so a layout that breaks is
 * caught. Baselines are taken with Debian's Chromium and Noto fonts (npm run setup:browser);
 * after an intended change of design, refresh them with npm run test:visual:update and look
 * at every image before committing.
 */
const pages = [
  ['home', '/'],
  ['stories', '/stories/'],
  ['story', '/stories/koho-kyne-financial-health/'],
  ['story-illustrative', '/stories/mahmas-grandmother-and-the-uncle/'],
  ['creators', '/creators/'],
  ['creator', '/creators/aisha-and-the-dallah/'],
  ['brand', '/brands/mahmas-roastery/'],
  ['not-found', '/404.html'],
  ['ar-home', '/ar/'],
  ['ar-story', '/ar/stories/mahmas-grandmother-and-the-uncle/'],
  ['ar-creators', '/ar/creators/'],
  ['ar-creator', '/ar/creators/aisha-and-the-dallah/'],
  ['ja-home', '/ja/'],
  ['ja-story', '/ja/stories/kawanami-halal-ramen-two-kitchens/'],
  ['ja-creators', '/ja/creators/'],
  ['ja-creator', '/ja/creators/chikage-eats/'],
] as const;

for (const width of [390, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 }, colorScheme: 'light' });

    for (const [name, path] of pages) {
      test(`${name} looks as it did`, async ({ page }) => {
        await page.goto(path);
        // Islands hydrate when the browser is idle; wait, so the picture is always the hydrated one.
        await page.waitForFunction(() => document.querySelector('astro-island[ssr]') === null);
        // The search opens its box once its worker has loaded the index.
        await page.waitForFunction(() => !document.querySelector('input[type="search"]:disabled'));
        // …and shows its filters once the first counts are in.
        await page.waitForFunction(
          () => !document.querySelector('.search') || document.querySelector('.search .filters'),
        );
        // Load every image and the heading font, so the picture does not depend on timing.
        await page.evaluate(async () => {
          const images = [...document.images];
          for (const image of images) image.loading = 'eager';
          await Promise.all(
            images
              .filter((image) => !image.complete)
              .map(
                (image) =>
                  new Promise((done) => image.addEventListener('load', done, { once: true })),
              ),
          );
          await document.fonts.ready;
        });
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        await expect(page).toHaveScreenshot(`${name}-${width}.png`, {
          fullPage: true,
          // The top of long pages is enough to see a broken layout, and keeps baselines small.
          clip: { x: 0, y: 0, width, height: Math.min(height, 3200) },
          animations: 'disabled',
          maxDiffPixelRatio: 0.01,
        });
      });
    }
  });
}
