/**
 * The languages a story can be translated into. A story is written in English (its index.mdx);
 * a translation sits beside it as `<locale>.mdx`. The site's own list of locales, for its
 * interface strings, is not imported here: content knows only which translations it accepts.
 */

/** The language every story is written in. */
export const originalLocale = 'en';

/** The locales a translation file may be named after, in the order they are listed. */
export const translationLocales = ['ar', 'ja'] as const;
export type TranslationLocale = (typeof translationLocales)[number];

/** Each translation locale's name in English, for messages and the contributor guide. */
export const localeNames: Record<TranslationLocale, string> = {
  ar: 'Arabic',
  ja: 'Japanese',
};

export function isTranslationLocale(value: string): value is TranslationLocale {
  return (translationLocales as readonly string[]).includes(value);
}
