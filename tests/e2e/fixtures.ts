import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { test as base, expect, type Page } from '@playwright/test';

/** What the content folder holds, to check that pages list all of it. */
export const content = {
  stories: readdirSync('content/stories').filter((name) => !name.startsWith('.')),
  creators: readdirSync('content/creators')
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => name.replace(/\.ya?ml$/, '')),
  brands: readdirSync('content/brands')
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => name.replace(/\.ya?ml$/, '')),
};

/** The creators' files as data, so tests can expect what the content holds rather than fixed numbers. */
export const creatorData = content.creators.map((id) => {
  const file =
    readdirSync('content/creators').find((name) => name.replace(/\.ya?ml$/, '') === id) ?? '';
  return {
    id,
    ...(parse(readFileSync(`content/creators/${file}`, 'utf8')) as {
      name: string;
      region?: string;
      languages?: string[];
      niches?: string[];
      communities?: string[];
      illustrative: boolean;
    }),
  };
});

/** A story page, by role. */
export class StoryPage {
  constructor(readonly page: Page) {}
  goto(slug: string) {
    return this.page.goto(`/stories/${slug}/`);
  }
  get heading() {
    return this.page.getByRole('heading', { level: 1 });
  }
  get contents() {
    return this.page.getByRole('navigation', { name: 'Contents' });
  }
  get keyFigures() {
    return this.page.getByRole('region', { name: 'Key figures' });
  }
  get atAGlance() {
    return this.page
      .getByRole('complementary')
      .filter({ has: this.page.getByRole('heading', { name: 'At a glance' }) });
  }
  get provenance() {
    return this.page.getByRole('complementary', { name: /^(Illustrative|Real partnership)$/ });
  }
  get related() {
    return this.page.getByRole('region', { name: 'Related stories' });
  }
}

/** A creator profile, by role. */
export class CreatorPage {
  constructor(readonly page: Page) {}
  goto(handle: string) {
    return this.page.goto(`/creators/${handle}/`);
  }
  get heading() {
    return this.page.getByRole('heading', { level: 1 });
  }
  get partnerships() {
    return this.page.getByRole('region', { name: 'Partnerships' });
  }
  get mentions() {
    return this.page.getByRole('region', { name: 'Brands this creator mentions' });
  }
}

/** A brand page, by role. */
export class BrandPage {
  constructor(readonly page: Page) {}
  goto(slug: string) {
    return this.page.goto(`/brands/${slug}/`);
  }
  get heading() {
    return this.page.getByRole('heading', { level: 1 });
  }
  get stories() {
    return this.page.getByRole('region', { name: 'Stories' });
  }
  get mentions() {
    return this.page.getByRole('region', { name: 'Creators who already mention this brand' });
  }
}

export const test = base.extend<{
  storyPage: StoryPage;
  creatorPage: CreatorPage;
  brandPage: BrandPage;
  expectedConsoleErrors: RegExp[];
}>({
  /** Console errors a test expects (the 404 page's own status, say); any other fails it. */
  expectedConsoleErrors: [[], { option: true }],
  /**
   * Every page fails its test on a console error, an uncaught exception or a
   * Content-Security-Policy violation (Chromium reports those on the console too).
   */
  page: async ({ page, expectedConsoleErrors }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (
        message.type() === 'error' &&
        !expectedConsoleErrors.some((pattern) => pattern.test(message.text()))
      ) {
        errors.push(`${page.url()}: ${message.text()}`);
      }
    });
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
    await use(page);
    expect(errors, 'console errors or CSP violations').toEqual([]);
  },
  storyPage: async ({ page }, use) => use(new StoryPage(page)),
  creatorPage: async ({ page }, use) => use(new CreatorPage(page)),
  brandPage: async ({ page }, use) => use(new BrandPage(page)),
});

/**
 * Every card of a paged static list, following its rel="next" links from the first page: the
 * heading of each article, in order.
 */
export async function listAcrossPages(page: Page, path: string): Promise<string[]> {
  const names: string[] = [];
  let next: string | null = path;
  for (let pages = 0; next !== null && pages < 100; pages++) {
    await page.goto(next);
    names.push(...(await page.getByRole('article').getByRole('heading').allInnerTexts()));
    const link = page.locator('link[rel="next"]');
    next = (await link.count()) > 0 ? await link.getAttribute('href') : null;
  }
  return names;
}

export { expect };
