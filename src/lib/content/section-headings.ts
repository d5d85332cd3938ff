/**
 * The sections every story tells, in order. Stories are read for what was hard as much as for
 * what worked, so every section is required. A translation has the same five sections, with
 * headings in its own language.
 */
import type { TranslationLocale } from './translation-locales.ts';

/** The headings of an English story, in order. */
export const requiredSections = [
  'The challenge',
  'The approach',
  'What was hard',
  'Results',
  'Takeaways',
] as const;

/** A language whose required headings are known: the original's, or a translation's. */
export type SectionLocale = 'en' | TranslationLocale;

/** The required headings per language, each list in the order of `requiredSections`. */
export const sectionHeadings: Record<
  SectionLocale,
  readonly [string, string, string, string, string]
> = {
  en: requiredSections,
  ar: ['التحدي', 'النهج', 'ما كان صعبًا', 'النتائج', 'الخلاصات'],
  ja: ['課題', '取り組み', '難しかった点', '成果', '学び'],
};

/** Level-two headings of a Markdown body, with their 1-based line numbers in the body. */
export function secondLevelHeadings(body: string): { text: string; line: number }[] {
  const headings: { text: string; line: number }[] = [];
  let fenced = false;
  body.split('\n').forEach((raw, index) => {
    if (/^\s*(```|~~~)/.test(raw)) fenced = !fenced;
    const text = fenced ? undefined : /^##\s+(.+?)\s*#*\s*$/.exec(raw)?.[1];
    if (text) headings.push({ text, line: index + 1 });
  });
  return headings;
}

/** A heading as it is compared: case and Unicode composition do not count. */
function comparable(heading: string): string {
  return heading.normalize('NFC').toLowerCase();
}

/** The required sections missing from a body in a language (English unless given), in order. */
export function missingSections(body: string, locale: SectionLocale = 'en'): string[] {
  const present = new Set(secondLevelHeadings(body).map((heading) => comparable(heading.text)));
  return sectionHeadings[locale].filter((section) => !present.has(comparable(section)));
}

/** The index (0 to 4) of the required section a heading is, in a language, or -1. */
export function sectionIndex(heading: string, locale: SectionLocale): number {
  return sectionHeadings[locale].findIndex(
    (section) => comparable(section) === comparable(heading),
  );
}
