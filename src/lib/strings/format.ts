/**
 * Filling in the strings modules' templates: `{name}` placeholders, plurals chosen by the
 * locale's own rules (Intl.PluralRules: English has two forms, Arabic six, Japanese one), and
 * numbers written the locale's way. Small and dependency-free, so the search islands use it too.
 */

/** A plural: one template per plural category the locale uses; `other` is always there. */
export interface Plural {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

/** Values for a template's placeholders. */
export type Values = Readonly<Record<string, string | number>>;

/** Languages written right to left, among those the site may be read in. */
const rightToLeft = new Set(['ar', 'fa', 'he', 'ur']);

/** Letters written left to right: a Latin name or handle inside right-to-left text. */
const leftToRight = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\u3040-\u30FF\u4E00-\u9FFF]/;

/**
 * Replaces each `{name}` in a template with its value; numbers are written the locale's way. In a
 * right-to-left locale a value with left-to-right letters (a Latin brand name, a handle) is
 * isolated (U+2068 … U+2069), so the punctuation around it stays where the sentence puts it.
 */
export function fill(template: string, values: Values = {}, locale = 'en'): string {
  const isolate = rightToLeft.has(locale.split('-')[0] ?? '');
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    if (typeof value === 'number') return formatNumber(value, locale);
    return isolate && leftToRight.test(value) ? `\u2068${value}\u2069` : value;
  });
}

const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

/** The template for `count` in the locale's plural rules, filled in with `{count}` and any other values. */
export function plural(forms: Plural, count: number, locale = 'en', values: Values = {}): string {
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
  const template = forms[rule.select(count)] ?? forms.other;
  return fill(template, { count, ...values }, locale);
}

/** A whole number as the locale writes it (1,234 in English). */
export function formatNumber(value: number, locale = 'en'): string {
  let format = numbers.get(locale);
  if (!format) numbers.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(value);
}

/** A result figure as readers see it in a locale: 38%, 2.4×, 1.2M in English. */
export function formatFigure(
  value: number,
  unit: 'count' | 'percent' | 'times',
  locale = 'en',
): string {
  if (unit === 'percent')
    return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(
      value / 100,
    );
  if (unit === 'times')
    return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value)}×`;
  const compact = Math.abs(value) >= 10_000;
  return new Intl.NumberFormat(
    locale,
    compact ? { notation: 'compact', maximumFractionDigits: 1 } : {},
  ).format(value);
}

/** A date as readers see it in a locale, in UTC so the day never shifts with the build machine's zone. */
export function formatDate(date: Date, locale = 'en-GB'): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
