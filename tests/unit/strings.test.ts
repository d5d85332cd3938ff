/**
 * The strings modules: every locale has every key English has, the same placeholders in each
 * string, and each plural the forms its language's rules need (Arabic six, Japanese one); the
 * locales the pages are built in are the locales astro.config.mjs routes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ar } from '#lib/strings/ar.ts';
import { en } from '#lib/strings/en.ts';
import { builtLocales, pageLocale, plural, taxonomyLabel } from '#lib/strings/index.ts';
import { ja } from '#lib/strings/ja.ts';
import { locales } from '#lib/strings/locales.ts';
import { labelOf } from '#lib/taxonomy.ts';

type Tree = Readonly<Record<string, unknown>>;

const byLocale = { en, ar, ja };

const isTree = (value: unknown): value is Tree =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A plural: an object whose keys are plural categories only, with `other`. */
const categories = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);
const isPlural = (value: unknown): value is Tree =>
  isTree(value) && 'other' in value && Object.keys(value).every((key) => categories.has(key));

/** Every leaf of a strings tree, by its dotted path. */
function leaves(tree: Tree, prefix = ''): Map<string, unknown> {
  const found = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (isTree(value) && !isPlural(value))
      for (const [inner, leaf] of leaves(value, path)) found.set(inner, leaf);
    else found.set(path, value);
  }
  return found;
}

const placeholders = (text: string) =>
  [...text.matchAll(/\{(\w+)\}/g)].map(([, name]) => name).sort();

const english = leaves(byLocale.en);

describe.each(locales.filter((locale) => locale !== 'en'))('%s strings', (locale) => {
  const own = leaves(byLocale[locale]);
  const needed = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;

  it('have every key English has, and no other', () => {
    expect(
      [...own.keys()].filter((key) => !english.has(key)),
      'keys English lacks',
    ).toEqual([]);
    // A country or language may be left to Intl.DisplayNames, if it has a name in the locale.
    const named = (key: string) => {
      const [, name, id = ''] = /^taxonomy\.(countries|languages)\.(.+)$/.exec(key) ?? [];
      return (
        (name === 'countries' || name === 'languages') &&
        taxonomyLabel(locale, name, id) !== labelOf(name, id)
      );
    };
    expect(
      [...english.keys()].filter((key) => !own.has(key) && !named(key)),
      'keys missing',
    ).toEqual([]);
  });

  it('fill the same placeholders as English', () => {
    const differ: string[] = [];
    for (const [key, value] of english) {
      const mine = own.get(key);
      const texts = (v: unknown): string[] =>
        typeof v === 'string' ? [v] : isPlural(v) ? Object.values(v).map(String) : [];
      const wanted = new Set(texts(value).flatMap(placeholders));
      for (const text of texts(mine)) {
        // A plural form may leave out {count} (Arabic says "one creator" with no numeral).
        const extra = placeholders(text).filter((name) => !wanted.has(name));
        if (extra.length > 0) differ.push(`${key}: {${extra.join('}, {')}} is not in English`);
      }
      if (typeof value === 'string' && typeof mine === 'string') {
        const missing = placeholders(value).filter((name) => !placeholders(mine).includes(name));
        if (missing.length > 0) differ.push(`${key}: lacks {${missing.join('}, {')}}`);
      }
    }
    expect(differ).toEqual([]);
  });

  it(`give each plural the forms ${locale} needs (${needed.join(', ')})`, () => {
    const lacking: string[] = [];
    for (const [key, value] of english) {
      if (!isPlural(value)) continue;
      const mine = own.get(key);
      if (!isPlural(mine)) lacking.push(`${key}: not a plural`);
      else
        for (const category of needed)
          if (!(category in mine)) lacking.push(`${key}: no "${category}" form`);
    }
    expect(lacking).toEqual([]);
  });
});

describe('plurals', () => {
  const forms = {
    zero: 'لا أحد',
    one: 'واحد',
    two: 'اثنان',
    few: '{count} قليل',
    many: '{count} كثير',
    other: '{count} آخر',
  };
  it('follow Arabic rules for 0, 1, 2, 3–10, 11–99 and 100', () => {
    expect([0, 1, 2, 3, 10, 11, 99, 100].map((count) => plural(forms, count, 'ar'))).toEqual([
      'لا أحد',
      'واحد',
      'اثنان',
      '3 قليل',
      '10 قليل',
      '11 كثير',
      '99 كثير',
      '100 آخر',
    ]);
  });
  it('use one form in Japanese and two in English', () => {
    expect(plural(forms, 1, 'ja')).toBe('1 آخر');
    expect(plural({ one: '{count} story', other: '{count} stories' }, 1, 'en')).toBe('1 story');
    expect(plural({ one: '{count} story', other: '{count} stories' }, 1200, 'en')).toBe(
      '1,200 stories',
    );
  });
});

describe('pageLocale', () => {
  it('reads the locale from the first segment of the address only', () => {
    const at = (path: string) => pageLocale(new URL(path, 'https://casebook.example'));
    expect(at('/ar/creators/')).toBe('ar');
    expect(at('/ja/')).toBe('ja');
    expect(at('/')).toBe('en');
    // The English page of Arabic-speaking creators, and a Japanese one inside the Arabic site.
    expect(at('/creators/language/ar/')).toBe('en');
    expect(at('/ar/creators/language/ja/')).toBe('ar');
  });
});

describe('astro.config.mjs', () => {
  it('routes the locales the strings are written in', () => {
    const config = readFileSync('astro.config.mjs', 'utf8');
    const routed = /const i18n = \{[^}]*locales: \[([^\]]*)\]/.exec(config)?.[1] ?? '';
    expect([...routed.matchAll(/'(\w+)'/g)].map(([, code]) => code)).toEqual([...locales]);
    expect([...builtLocales].sort()).toEqual([...locales].sort());
  });
});
