/**
 * The strings of a locale. English is the only locale so far; every locale's module has the
 * shape of `en` (types.ts).
 */
import { en } from './en.ts';
import type { Strings } from './types.ts';

export type { Plural } from './format.ts';
export { fill, formatNumber, plural } from './format.ts';
export type { SearchStrings, StorySearchStrings, Strings } from './types.ts';

/** The locales the site is written in; the first is the default. */
export const locales = ['en'] as const;
export type Locale = (typeof locales)[number];

const byLocale: Record<Locale, Strings> = { en };

/** Whether a value names one of the site's locales. */
export function isLocale(value: string | undefined): value is Locale {
  return (locales as readonly (string | undefined)[]).includes(value);
}

/** The strings of a locale; an unknown or missing locale gets the default. */
export function stringsFor(locale: string | undefined): Strings {
  return byLocale[isLocale(locale) ? locale : locales[0]];
}
