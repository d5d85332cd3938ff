/**
 * What every page in the sitemap must have, one test per page: a title, description, canonical
 * URL and Open Graph tags; its language and direction; a Content-Security-Policy that allows
 * nothing from other origins; no inline style; nothing fetched from another origin; no WCAG 2.2
 * AA violation in the light scheme, and no contrast failure in the dark one; for reading pages,
 * no script at all; for stories and creators in a story, their own share card.
 *
 * The tests share one browser page per worker (a fresh context per test costs more than most of
 * these checks), and each collects its own console errors.
 */
import { test as base, type Page } from '@playwright/test';
import { axeViolations } from './axe';
import { ar } from '../../src/lib/strings/ar.ts';
import { en } from '../../src/lib/strings/en.ts';
import { ja } from '../../src/lib/strings/ja.ts';
import {
  auditedPaths,
  hasOwnShareCard,
  inLocale,
  isProfile,
  isReadingPage,
  siteLocales,
  splitLocale,
} from './built-site';
import { expect } from './fixtures';

const test = base.extend<object, { auditPage: Page }>({
  auditPage: [
    async ({ browser }, use, workerInfo) => {
      const context = await browser.newContext({
        baseURL: workerInfo.project.use.baseURL ?? 'http://127.0.0.1:4321',
      });
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
});

const strings = { en, ar, ja };

/** The title a page of the locale must have: the site's pattern around some text. */
function titlePattern(locale: keyof typeof strings): RegExp {
  const pattern = (template: string) =>
    template
      .split(/\{\w+\}/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\S.*');
  const { title, homeTitle } = strings[locale].site;
  return new RegExp(`^(${pattern(title)}|${pattern(homeTitle)})$`);
}
/** The Open Graph properties every page but the 404 has. */
const openGraph = ['og:title', 'og:description', 'og:url', 'og:image', 'og:type'];

/** The meta elements whose content the audit reads. */
const metaSelectors = [
  'meta[name="description"]',
  'meta[http-equiv="content-security-policy"]',
  ...openGraph.map((property) => `meta[property="${property}"]`),
];

const paths = [...auditedPaths(), ...siteLocales.map((locale) => inLocale(locale, '/404.html'))];

test('the sitemap lists the whole site', () => {
  expect(paths.length).toBeGreaterThan(50);
});

for (const path of paths) {
  test(`${path}: head, language, policy, accessibility`, async ({ auditPage: page, request }) => {
    const { locale, rest } = splitLocale(path);
    const notFound = rest === '/404.html';
    const scripts: string[] = [];
    const foreign: string[] = [];
    const errors: string[] = [];
    const onRequest = (sent: { url(): string; resourceType(): string }) => {
      const url = new URL(sent.url());
      if (sent.resourceType() === 'script') scripts.push(sent.url());
      if (url.hostname !== '127.0.0.1' && url.protocol !== 'data:') foreign.push(sent.url());
    };
    const onConsole = (message: { type(): string; text(): string }) => {
      if (message.type() === 'error' && !(notFound && message.text().includes('status of 404')))
        errors.push(message.text());
    };
    const onError = (error: Error) => errors.push(error.message);
    page.on('request', onRequest);
    page.on('console', onConsole);
    page.on('pageerror', onError);
    try {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(path);
      // Pages with an island fetch more once it hydrates; wait for that before counting requests.
      if ((await page.locator('astro-island').count()) > 0) {
        await page.waitForFunction(() => document.querySelector('astro-island[ssr]') === null);
        await page.waitForLoadState('networkidle');
      }

      // What the checks below read, in one evaluation: a round trip each would cost more than
      // the checks themselves, on every page.
      const facts = await page.evaluate((metaSelectors) => {
        const values = (selector: string, name: string) =>
          [...document.querySelectorAll(selector)].map((element) => element.getAttribute(name));
        const root = document.documentElement;
        return {
          title: document.title,
          meta: Object.fromEntries(
            metaSelectors.map((selector) => [selector, values(selector, 'content')]),
          ),
          canonical: values('link[rel="canonical"]', 'href'),
          lang: root.getAttribute('lang'),
          dir: root.getAttribute('dir'),
          inlineStyles: document.querySelectorAll('[style]').length,
          scriptElements: document.querySelectorAll('script:not([type="application/ld+json"])')
            .length,
        };
      }, metaSelectors);
      /** The one value of what the selector names (null if the page has none; two fail). */
      const only = (found: (string | null)[] | undefined, selector: string) => {
        expect(found?.length ?? 0, `elements matching ${selector}`).toBeLessThanOrEqual(1);
        return found?.[0] ?? null;
      };
      const meta = (selector: string) => only(facts.meta[selector], selector);

      if (!notFound) {
        expect(facts.title, 'title').toMatch(titlePattern(locale));
        // A Japanese character says about what two Latin ones do.
        expect(meta('meta[name="description"]')?.length, 'description').toBeGreaterThan(
          locale === 'ja' ? 20 : 40,
        );
        expect(
          new URL(only(facts.canonical, 'link[rel="canonical"]') ?? '').pathname,
          'canonical',
        ).toBe(path);
        for (const property of openGraph) {
          expect(meta(`meta[property="${property}"]`), property).toBeTruthy();
        }
      }

      expect(facts.lang, 'lang').toBe(locale);
      expect(facts.dir, 'dir').toBe(locale === 'ar' ? 'rtl' : 'ltr');

      const policy = meta('meta[http-equiv="content-security-policy"]') ?? '';
      expect(policy).toContain("default-src 'self'");
      expect(policy).toMatch(/script-src 'self'( 'sha(256|384|512)-[^']+')*;/);
      expect(policy).not.toContain('unsafe-inline');
      expect(policy).not.toContain('unsafe-eval');
      expect(facts.inlineStyles, 'elements with an inline style').toBe(0);
      expect(foreign, 'requests to other origins').toEqual([]);

      if (isReadingPage(rest)) {
        expect(facts.scriptElements, 'script elements').toBe(0);
        expect(scripts, 'scripts loaded').toEqual([]);
      }

      if (hasOwnShareCard(rest) || isProfile(rest)) {
        const card = new URL(meta('meta[property="og:image"]') ?? '');
        // A creator in a story has a card of their own; the others share the directory's.
        const own =
          hasOwnShareCard(rest) ||
          (await page
            .getByRole('region', { name: strings[locale].creator.partnerships, exact: true })
            .getByRole('article')
            .count()) > 0;
        expect(card.pathname, 'share card').toBe(
          `/og${inLocale(locale, own ? rest.replace(/\/$/, '.png') : '/creators.png')}`,
        );
        const response = await request.get(card.pathname);
        expect(response.status(), card.pathname).toBe(200);
        expect(response.headers()['content-type']).toBe('image/png');
        const png = await response.body();
        expect([png.readUInt32BE(16), png.readUInt32BE(20)], 'share card size').toEqual([
          1200, 630,
        ]);
      }

      const failures = (await axeViolations(page)).map((line) => `light: ${line}`);
      // Only colours change between the schemes, so the dark one is held to the contrast rule.
      await page.emulateMedia({ colorScheme: 'dark' });
      failures.push(
        ...(await axeViolations(page, ['color-contrast'])).map((line) => `dark: ${line}`),
      );
      expect(failures, failures.join('\n')).toEqual([]);
      expect(errors, 'console errors or CSP violations').toEqual([]);
    } finally {
      page.off('request', onRequest);
      page.off('console', onConsole);
      page.off('pageerror', onError);
    }
  });
}
