/**
 * The site in Arabic and Japanese, as their readers meet it: each page kind speaks the reader's
 * language, right to left in Arabic; the language switcher leads to the same page in another
 * language and nowhere else does; searches forgive the ways each script is typed; each language
 * loads only its own type.
 */
import type { Page } from '@playwright/test';
import { ar } from '../../src/lib/strings/ar.ts';
import { en } from '../../src/lib/strings/en.ts';
import { ja } from '../../src/lib/strings/ja.ts';
import { inLocale, type SiteLocale } from './built-site';
import { expect, test } from './fixtures';

const strings = { en, ar, ja };

/** One page of each kind, by its path within a locale. */
const pageKinds = {
  home: '/',
  stories: '/stories/',
  story: '/stories/mahmas-grandmother-and-the-uncle/',
  creators: '/creators/',
  creator: '/creators/imane-hammam-notes/',
  brands: '/brands/',
  brand: '/brands/koho/',
  facet: '/creators/language/ar/',
  storyFacet: '/stories/theme/humour/',
  about: '/about/',
};

/** The page's own text: what is left once passages marked as another language are taken out. */
async function ownText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const lang = document.documentElement.lang;
    const body = document.body.cloneNode(true) as HTMLElement;
    for (const other of body.querySelectorAll('[lang]'))
      if (other.getAttribute('lang') !== lang) other.remove();
    for (const hidden of body.querySelectorAll('script, style, template')) hidden.remove();
    return body.textContent;
  });
}

/** English interface sentences: every string of en.ts long enough to be unmistakable. */
const englishSentences = (() => {
  const found = new Set<string>();
  const walk = (value: unknown) => {
    if (typeof value === 'string') {
      for (const piece of value.split(/\{\w+\}/))
        if (piece.trim().split(/\s+/).length >= 4) found.add(piece.trim());
    } else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk({ ...en, meta: undefined, taxonomy: undefined });
  return [...found];
})();

for (const locale of ['ar', 'ja'] as const) {
  const t = strings[locale];
  for (const [kind, path] of Object.entries(pageKinds)) {
    test(`${locale} ${kind} page speaks ${locale} and no interface English`, async ({ page }) => {
      await page.goto(inLocale(locale, path));
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('html')).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');
      await expect(page.getByRole('navigation', { name: t.nav.label })).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const text = await ownText(page);
      expect(englishSentences.filter((sentence) => text.includes(sentence))).toEqual([]);
    });
  }

  test(`${locale}: the language switcher leads to the same page in each language`, async ({
    page,
  }) => {
    await page.goto(inLocale(locale, pageKinds.creator));
    const switcher = page.getByRole('navigation', { name: t.languages.label });
    await expect(switcher.getByText(t.meta.languageName, { exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await switcher.getByRole('link', { name: en.meta.languageName }).click();
    await expect(page).toHaveURL(pageKinds.creator);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page
      .getByRole('navigation', { name: en.languages.label })
      .getByRole('link', { name: t.meta.languageName })
      .click();
    await expect(page).toHaveURL(inLocale(locale, pageKinds.creator));
  });

  test(`${locale}: links stay within the language, but for the switcher and alternates`, async ({
    page,
  }) => {
    await page.goto(inLocale(locale, pageKinds.story));
    const outside = await page.evaluate((prefix) => {
      return [...document.querySelectorAll<HTMLAnchorElement>('a[href^="/"]')]
        .filter((link) => !link.closest('nav[aria-label]')?.querySelector('[hreflang]'))
        .filter((link) => !link.hasAttribute('hreflang'))
        .map((link) => new URL(link.href).pathname)
        .filter(
          (path) =>
            !path.startsWith(prefix) &&
            !['/og/', '/sitemap'].some((start) => path.startsWith(start)),
        );
    }, `/${locale}/`);
    expect(outside).toEqual([]);
  });
}

test('a translated story reads in Arabic, credits its translator and links to the English', async ({
  page,
}) => {
  await page.goto('/ar/stories/mahmas-grandmother-and-the-uncle/');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).not.toHaveAttribute('lang', /.+/);
  await expect(heading).toContainText('رمضان');
  const credit = page.getByText(ar.translation.credit.split('{')[0] ?? '', { exact: false });
  await expect(credit).toBeVisible();
  const original = page.getByRole('link', {
    name: ar.translation.original.replace('{language}', 'الإنجليزية'),
  });
  await expect(original).toHaveAttribute('hreflang', 'en');
  await original.click();
  await expect(page).toHaveURL('/stories/mahmas-grandmother-and-the-uncle/');
});

test('an untranslated story shows the English, marked as English, with a notice', async ({
  page,
}) => {
  await page.goto('/ja/stories/mahmas-grandmother-and-the-uncle/');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveAttribute('lang', 'en');
  await expect(heading).toContainText('Mahmas');
  await expect(page.locator('.prose.body')).toHaveAttribute('lang', 'en');
  await expect(
    page.getByText(ja.translation.untranslated.replace('{language}', '英語')),
  ).toBeVisible();
});

test('every page names its versions in each language, and English as the default', async ({
  page,
}) => {
  await page.goto('/ja/stories/');
  const alternates = await page
    .locator('link[rel="alternate"][hreflang]')
    .evaluateAll((links) =>
      links.map((link) => [
        link.getAttribute('hreflang'),
        new URL(link.getAttribute('href') ?? '').pathname,
      ]),
    );
  expect(alternates.sort()).toEqual([
    ['ar', '/ar/stories/'],
    ['en', '/stories/'],
    ['ja', '/ja/stories/'],
    ['x-default', '/stories/'],
  ]);
});

test('the English page of Arabic-speaking creators is in English', async ({ page }) => {
  await page.goto('/creators/language/ar/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('navigation', { name: en.nav.label })).toBeVisible();
});

test('each language has its own feed, in its language', async ({ request }) => {
  for (const locale of ['en', 'ar', 'ja'] as SiteLocale[]) {
    const feed = await (await request.get(inLocale(locale, '/rss.xml'))).text();
    expect(feed).toContain(`<language>${locale}</language>`);
    expect(feed).toContain(`<title>${strings[locale].feed.title}</title>`);
  }
});

/** Opens the creator search of a locale and waits until it can be typed into. */
async function openSearch(page: Page, locale: SiteLocale) {
  const t = strings[locale];
  await page.goto(inLocale(locale, '/creators/'));
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
  const box = page.getByRole('searchbox', { name: t.search.label });
  await expect(box).toBeEnabled();
  const results = page
    .getByRole('region', { name: t.search.heading })
    .getByRole('listitem')
    .filter({ has: page.getByRole('link') });
  return { box, results };
}

test('Arabic search finds a name typed without its hamza', async ({ page }) => {
  const { box, results } = await openSearch(page, 'ar');
  await box.fill('ايمان الوزاني');
  await expect(results.first()).toContainText('إيمان الوزاني');
});

test('Japanese search finds a Latin name typed in full-width letters', async ({ page }) => {
  const { box, results } = await openSearch(page, 'ja');
  await box.fill('ｃｈｉｋａｇｅ');
  await expect(results.first()).toContainText('森下千景');
});

test('on a phone, an Arabic result keeps a long Latin handle on one line', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 900 });
  const { box, results } = await openSearch(page, 'ar');
  await box.fill('mitch');
  const handle = results.first().getByText('@mitch-and-the-under-11s');
  await expect(handle).toBeVisible();
  // A handle broken at a hyphen has a box on each line; in a right-to-left row the halves land apart.
  expect(await handle.evaluate((element) => element.getClientRects().length)).toBe(1);
});

test('each language loads only its own type', async ({ page }) => {
  const fonts = async (path: string) => {
    const loaded: string[] = [];
    const listen = (request: { url(): string; resourceType(): string }) => {
      if (request.resourceType() === 'font') loaded.push(request.url());
    };
    page.on('request', listen);
    await page.goto(path);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    page.off('request', listen);
    const css = await page.evaluate(() =>
      [...document.styleSheets]
        .flatMap((sheet) => [...sheet.cssRules])
        .filter((rule) => rule instanceof CSSFontFaceRule)
        .map((rule) => rule.cssText)
        .join('\n'),
    );
    return { loaded, css };
  };
  const english = await fonts('/stories/');
  expect(english.css).not.toMatch(/Noto Sans (JP|Arabic)/);
  const japanese = await fonts('/ja/stories/');
  expect(japanese.css).toMatch(/Noto Sans JP/);
  expect(japanese.css).not.toMatch(/Noto Sans Arabic/);
  expect(japanese.loaded.length).toBeGreaterThan(0);
  const arabic = await fonts('/ar/stories/');
  expect(arabic.css).toMatch(/Noto Sans Arabic/);
  expect(arabic.css).not.toMatch(/Noto Sans JP/);
});
