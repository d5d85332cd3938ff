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

/** Replaces each `{name}` in a template with its value; numbers are written the locale's way. */
export function fill(template: string, values: Values = {}, locale = 'en'): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value, locale) : value;
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
