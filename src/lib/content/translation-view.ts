/**
 * A story as a page in one locale shows it: in its own words on a page in its own language, in
 * a translation's words where there is one, and otherwise in its own words, marked with their
 * language so the page can say so. Plain data in and out, so the choice is tested without Astro;
 * src/catalog.ts makes it once per story and locale.
 */
import { originalLocale } from './translation-locales.ts';

/** The words of a result a translation gives; the figure, its unit and its source stay the original's. */
export interface ResultWords {
  measures: string;
  period: string;
}

/** The words of a quote a translation gives; who said it and their side stay the original's. */
export interface QuoteWords {
  text: string;
  role: string;
}

/** What the view reads of a story: the words a translation replaces, and whether it is real. */
export interface StoryWords<
  R extends ResultWords = ResultWords,
  Q extends QuoteWords = QuoteWords,
> {
  title: string;
  summary: string;
  illustrative: boolean;
  hero: { alt: string };
  results: readonly R[];
  quotes: readonly Q[];
}

/** What the view reads of a translation (an entry of the translations collection). */
export interface TranslationWords {
  translator: string;
  title: string;
  summary: string;
  heroAlt: string;
  results: readonly ResultWords[];
  quotes: readonly QuoteWords[];
}

/**
 * How a page shows a story: `original` on a page in the story's own language, `translated` in
 * a translation's words, `untranslated` in the original's words on a page in another language.
 */
export type StoryStatus = 'original' | 'translated' | 'untranslated';

/** A story's fields in the words a page in one locale shows, and what the page says about them. */
export interface StoryShown<D> {
  /** The story's fields, with the translation's words in place of the original's where there is one. */
  data: D;
  status: StoryStatus;
  /** The language the words are in: the page's for a translation, the original's otherwise. */
  lang: string;
  /** Who translated it, for the credit; only for a translation. */
  translator?: string | undefined;
  /**
   * For each quote, in order, the words in the original's language to show under its
   * translation (undefined for a quote left untranslated): a real story's quotes are a real
   * person's exact words. Empty for an illustrative story and for the original.
   */
  originalQuotes: readonly (string | undefined)[];
}

/**
 * The story `data` on a page in `locale`, given its translation into that locale (or none). A
 * translation's lists are matched to the original's by position; where one has fewer items (the
 * content check reports that), the original's words stand.
 */
export function storyInLocale<
  R extends ResultWords,
  Q extends QuoteWords,
  D extends StoryWords<R, Q>,
>(data: D, translation: TranslationWords | undefined, locale: string): StoryShown<D> {
  if (locale === originalLocale)
    return { data, status: 'original', lang: originalLocale, originalQuotes: [] };
  if (!translation)
    return { data, status: 'untranslated', lang: originalLocale, originalQuotes: [] };
  const results = data.results.map((result, index) => ({
    ...result,
    ...translation.results[index],
  }));
  const quotes = data.quotes.map((quote, index) => ({ ...quote, ...translation.quotes[index] }));
  return {
    data: {
      ...data,
      title: translation.title,
      summary: translation.summary,
      hero: { ...data.hero, alt: translation.heroAlt },
      results,
      quotes,
    },
    status: 'translated',
    lang: locale,
    translator: translation.translator,
    originalQuotes: data.illustrative
      ? []
      : data.quotes.map((quote, index) => (translation.quotes[index] ? quote.text : undefined)),
  };
}
