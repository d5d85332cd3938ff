/**
 * The site's locales: English at the root, Arabic under /ar/ (right to left) and Japanese under
 * /ja/. What is not a string lives here: direction, the locales Intl formats in, the Open Graph
 * locale. Arabic numbers are written in Western digits (see README, "Languages").
 */

export const locales = ['en', 'ar', 'ja'] as const;
export type Locale = (typeof locales)[number];

/** The default locale, served without a prefix. */
export const defaultLocale: Locale = 'en';

export interface LocaleSetting {
  /** The BCP 47 tag of the page's language. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The locale Intl formats numbers, dates and plurals in. */
  intl: string;
  /** The locale dates are written in (English pages write 3 November 2026). */
  date: string;
  /** The Open Graph locale. */
  og: string;
}

export const localeSettings: Record<Locale, LocaleSetting> = {
  en: { lang: 'en', dir: 'ltr', intl: 'en', date: 'en-GB', og: 'en_GB' },
  ar: { lang: 'ar', dir: 'rtl', intl: 'ar-u-nu-latn', date: 'ar-u-nu-latn', og: 'ar_AR' },
  ja: { lang: 'ja', dir: 'ltr', intl: 'ja', date: 'ja-JP', og: 'ja_JP' },
};

/** Whether a value names one of the site's locales. */
export function isLocale(value: string | undefined): value is Locale {
  return (locales as readonly (string | undefined)[]).includes(value);
}

/** A locale from a page's locale (Astro.currentLocale, or a route parameter); anything else is the default. */
export function localeOf(value: string | undefined): Locale {
  return isLocale(value) ? value : defaultLocale;
}

/** A site path in a locale: /stories/ in English, /ar/stories/ in Arabic. */
export function localePath(locale: Locale, path: string): string {
  return locale === defaultLocale ? path : `/${locale}${path}`;
}

/**
 * The language content is written in: stories, creator bios, brand descriptions. A story may
 * carry translations beside it (content/stories/<slug>/<locale>.mdx); everything else is shown
 * in this language on every locale's pages, marked with its language.
 */
export const contentLanguage: Locale = 'en';
