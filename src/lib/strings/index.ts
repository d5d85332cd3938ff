/**
 * The strings of a locale, and what a page needs to speak it: the strings, its direction and
 * Intl locale, taxonomy labels in its language and its paths. Every locale's strings module has
 * the shape of `en` (types.ts).
 */
import { labelOf, languageOf, type TaxonomyName } from '#lib/taxonomy.ts';
import { ar } from './ar.ts';
import { en } from './en.ts';
import { ja } from './ja.ts';
import {
  defaultLocale,
  isLocale,
  localeOf,
  localePath,
  localeSettings,
  type Locale,
  type LocaleSetting,
} from './locales.ts';
import type { Strings } from './types.ts';

import {
  fill,
  formatDate,
  formatFigure,
  formatNumber,
  plural,
  type Plural,
  type Values,
} from './format.ts';

export type { Plural } from './format.ts';
export { fill, formatDate, formatFigure, formatNumber, plural } from './format.ts';
export {
  contentLanguage,
  defaultLocale,
  isLocale,
  localeOf,
  localePath,
  locales,
  localeSettings,
  pageLocale,
  type Locale,
} from './locales.ts';
export type { SearchStrings, StorySearchStrings, Strings } from './types.ts';

/** The locales whose strings are written, and so whose pages are built. */
const byLocale: Partial<Record<Locale, Strings>> = { en, ar, ja };

/** The locales the site is built in, the default first. */
export const builtLocales = (Object.keys(byLocale) as Locale[]).sort(
  (a, b) => Number(b === defaultLocale) - Number(a === defaultLocale),
);

/** The route parameter of each built locale: none for the default, which lives at the root. */
export function localeParams(): { locale: string | undefined }[] {
  return builtLocales.map((locale) => ({ locale: locale === defaultLocale ? undefined : locale }));
}

/**
 * A page's static paths in every built locale: each path once per locale, with the `locale`
 * parameter of src/pages/[...locale]/ (undefined for the default, served at the root).
 */
export function inEveryLocale<
  P extends Record<string, string | undefined>,
  T extends { params: P },
>(paths: readonly T[]): (Omit<T, 'params'> & { params: P & { locale: string | undefined } })[] {
  return localeParams().flatMap(({ locale }) =>
    paths.map((path) => ({ ...path, params: { ...path.params, locale } })),
  );
}

/** A site path without its locale prefix: /ar/stories/ → /stories/. */
export function unlocalizedPath(path: string): string {
  const [, first, ...rest] = path.split('/');
  return isLocale(first) && first !== defaultLocale ? `/${rest.join('/')}` : path;
}

/** The same page in every built locale, for the language switcher and hreflang alternates. */
export function alternatesOf(
  path: string,
): { locale: Locale; lang: string; dir: 'ltr' | 'rtl'; name: string; href: string }[] {
  const bare = unlocalizedPath(path);
  return builtLocales.map((locale) => ({
    locale,
    lang: localeSettings[locale].lang,
    dir: localeSettings[locale].dir,
    name: stringsFor(locale).meta.languageName,
    href: localePath(locale, bare),
  }));
}

/** The strings of a locale; a locale not built, or none, gets the default's. */
export function stringsFor(locale: string | undefined): Strings {
  return byLocale[localeOf(locale)] ?? en;
}

const displayNames = new Map<string, Intl.DisplayNames>();

/** A language's or region's name in a locale, as Intl knows it, or undefined. */
function displayName(intl: string, type: 'language' | 'region', code: string): string | undefined {
  const key = `${intl}:${type}`;
  let names = displayNames.get(key);
  if (!names)
    displayNames.set(key, (names = new Intl.DisplayNames(intl, { type, fallback: 'none' })));
  try {
    return names.of(code);
  } catch {
    return undefined;
  }
}

/** A taxonomy label in a locale: the locale's own, else Intl's name for a country or language, else the English one. */
export function taxonomyLabel(locale: Locale, name: TaxonomyName, id: string): string {
  if (locale === 'en') return labelOf(name, id);
  const written: Readonly<Record<string, string | undefined>> | undefined =
    name === 'platforms' ? undefined : stringsFor(locale).taxonomy[name];
  const own = written?.[id];
  if (own) return own;
  const settings = localeSettings[locale];
  if (name === 'countries') return displayName(settings.intl, 'region', id) ?? labelOf(name, id);
  if (name === 'languages') return displayName(settings.intl, 'language', id) ?? labelOf(name, id);
  return labelOf(name, id);
}

/** Everything a page needs to speak its locale. */
export interface LocaleContext extends LocaleSetting {
  locale: Locale;
  t: Strings;
  /** A site path in this locale. */
  href: (path: string) => string;
  /** A taxonomy label in this locale. */
  label: (name: TaxonomyName, id: string) => string;
  /** A template filled in this locale (numbers its way; Latin names isolated in Arabic). */
  fill: (template: string, values?: Values) => string;
  /** A plural in this locale's rules. */
  plural: (forms: Plural, count: number, values?: Values) => string;
  /** A whole number as this locale writes it. */
  number: (value: number) => string;
  /** A calendar day as this locale writes it. */
  formatDate: (date: Date) => string;
  /** A result figure as this locale writes it: 38%, 2.4×, 1.2M. */
  figure: (value: number, unit: 'count' | 'percent' | 'times') => string;
  /** A language's name in this locale. */
  languageName: (tag: string) => string;
  /**
   * The `lang` and `dir` of text written in `language` on this locale's pages: none when it is
   * the page's own language, so only text in another language is marked.
   */
  foreign: (language: string) => { lang?: string; dir?: 'ltr' | 'rtl' };
}

/** What the view modules need to speak a locale; tests build one with localeContext('en'). */
export type Speaker = Pick<LocaleContext, 't' | 'lang' | 'label' | 'fill' | 'plural' | 'href'>;

const contexts = new Map<Locale, LocaleContext>();

/** The context of a locale: strings, direction, formats and addresses (a page's comes from pageLocale(Astro.url)). */
export function localeContext(value: string | undefined): LocaleContext {
  const locale = localeOf(value);
  let context = contexts.get(locale);
  if (!context) {
    const settings = localeSettings[locale];
    context = {
      ...settings,
      locale,
      t: stringsFor(locale),
      href: (path) => localePath(locale, path),
      label: (name, id) => taxonomyLabel(locale, name, id),
      fill: (template, values) => fill(template, values, settings.intl),
      plural: (forms, count, values) => plural(forms, count, settings.intl, values),
      number: (value) => formatNumber(value, settings.intl),
      formatDate: (date) => formatDate(date, settings.date),
      figure: (value, unit) => formatFigure(value, unit, settings.intl),
      languageName: (tag) => taxonomyLabel(locale, 'languages', tag),
      foreign: (language) =>
        language === settings.lang
          ? {}
          : {
              lang: language,
              dir: isLocale(language)
                ? localeSettings[language].dir
                : (languageOf(language)?.dir ?? 'ltr'),
            },
    };
    contexts.set(locale, context);
  }
  return context;
}
