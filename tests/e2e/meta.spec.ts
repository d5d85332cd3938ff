import { expect, sitemapPaths, test } from './fixtures';

test('every page has a title, description, canonical URL and Open Graph tags', async ({ page, request }) => {
  const paths = await sitemapPaths(request);
  expect(paths.length).toBeGreaterThan(50);
  for (const path of paths) {
    await page.goto(path);
    await expect(page, path).toHaveTitle(/\S.* · Casebook|^Casebook: /);
    const meta = (selector: string) => page.locator(selector).getAttribute('content');
    expect((await meta('meta[name="description"]'))?.length, `${path} description`).toBeGreaterThan(40);
    expect(new URL((await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '').pathname, `${path} canonical`).toBe(path);
    for (const property of ['og:title', 'og:description', 'og:url', 'og:image', 'og:type']) {
      expect(await meta(`meta[property="${property}"]`), `${path} ${property}`).toBeTruthy();
    }
  }
});

test('every page declares its language and direction', async ({ page, request }) => {
  for (const path of await sitemapPaths(request)) {
    await page.goto(path);
    await expect(page.locator('html'), path).toHaveAttribute('lang', 'en');
    await expect(page.locator('html'), path).toHaveAttribute('dir', 'ltr');
  }
});

test('every story and creator page has its own 1200×630 share image', async ({ page, request }) => {
  const paths = (await sitemapPaths(request)).filter((path) => /^\/(stories|creators)\/[^/]+\/$/.test(path));
  const seen = new Set<string>();
  for (const path of paths) {
    await page.goto(path);
    const url = new URL((await page.locator('meta[property="og:image"]').getAttribute('content')) ?? '');
    expect(url.pathname, path).toBe(`/og${path.replace(/\/$/, '')}.png`);
    const response = await request.get(url.pathname);
    expect(response.status(), url.pathname).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    const png = await response.body();
    expect([png.readUInt32BE(16), png.readUInt32BE(20)], url.pathname).toEqual([1200, 630]);
    seen.add(url.pathname);
  }
  expect(seen.size).toBe(paths.length);
});
