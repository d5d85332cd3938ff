import { describe, expect, it } from 'vitest';
import { translationIndex } from '#lib/content/queries.ts';
import { storyJsonLd, tableOfContents } from '#lib/content/story-view.ts';
import { storyInLocale, type TranslationWords } from '#lib/content/translation-view.ts';
import { localeContext } from '#lib/strings/index.ts';

const source = { name: 'Brand dashboard' };

/** A real story with a result and a quote, as the collection gives it. */
const story = {
  title: 'A brand and a creator talk about money',
  summary: 'The English summary.',
  illustrative: false,
  published: new Date('2026-03-01T00:00:00Z'),
  hero: { src: './hero.jpg', alt: 'Coral circles on mint.' },
  results: [
    { value: 38, unit: 'percent', measures: 'more sign-ups', period: 'first 30 days', source },
  ],
  quotes: [
    { by: 'A. Person', side: 'brand', text: 'We let the creator lead.', role: 'Head of brand' },
  ],
};

const arabic: TranslationWords = {
  translator: 'فريق تحرير Casebook',
  title: 'علامة تجارية وصانع محتوى يتحدثان عن المال',
  summary: 'الملخص بالعربية.',
  heroAlt: 'دوائر مرجانية على خلفية نعناعية.',
  results: [{ measures: 'تسجيلات أكثر', period: 'أول 30 يومًا' }],
  quotes: [{ text: 'تركنا القيادة لصانع المحتوى.', role: 'رئيسة العلامة التجارية' }],
};

describe('a story on a page in one locale', () => {
  it('shows a translation’s words in place of the original’s, keeping figures, sources and names', () => {
    const shown = storyInLocale(story, arabic, 'ar');
    expect(shown.status).toBe('translated');
    expect(shown.lang).toBe('ar');
    expect(shown.translator).toBe('فريق تحرير Casebook');
    expect(shown.data).toMatchObject({
      title: 'علامة تجارية وصانع محتوى يتحدثان عن المال',
      summary: 'الملخص بالعربية.',
      hero: { src: './hero.jpg', alt: 'دوائر مرجانية على خلفية نعناعية.' },
      published: story.published,
    });
    expect(shown.data.results).toEqual([
      { value: 38, unit: 'percent', measures: 'تسجيلات أكثر', period: 'أول 30 يومًا', source },
    ]);
    expect(shown.data.quotes).toEqual([
      {
        by: 'A. Person',
        side: 'brand',
        text: 'تركنا القيادة لصانع المحتوى.',
        role: 'رئيسة العلامة التجارية',
      },
    ]);
  });

  it('keeps a real person’s exact words in English to show under their translation', () => {
    expect(storyInLocale(story, arabic, 'ar').originalQuotes).toEqual(['We let the creator lead.']);
  });

  it('shows no original words under the quotes of an illustrative story', () => {
    const invented = { ...story, illustrative: true };
    expect(storyInLocale(invented, arabic, 'ar').originalQuotes).toEqual([]);
  });

  it('keeps the original’s words where a translation has fewer items, with no original under them', () => {
    const short = { ...arabic, results: [], quotes: [] };
    const shown = storyInLocale(story, short, 'ar');
    expect(shown.data.results[0]?.measures).toBe('more sign-ups');
    expect(shown.data.quotes[0]?.text).toBe('We let the creator lead.');
    expect(shown.originalQuotes).toEqual([undefined]);
  });

  it('falls back to the original, in English, on a page whose language has no translation', () => {
    const shown = storyInLocale(story, undefined, 'ja');
    expect(shown).toEqual({ data: story, status: 'untranslated', lang: 'en', originalQuotes: [] });
  });

  it('shows the original on an English page, even when translations exist', () => {
    const shown = storyInLocale(story, arabic, 'en');
    expect(shown.status).toBe('original');
    expect(shown.data).toBe(story);
    expect(shown.translator).toBeUndefined();
  });

  it('chooses the translation into the page’s language, and none for another', () => {
    const index = translationIndex([
      { id: 'money-talk/ar', data: arabic },
      { id: 'money-talk/ja', data: { ...arabic, title: 'お金の話' } },
    ]);
    const on = (locale: string) =>
      storyInLocale(story, index.translationOf('money-talk', locale)?.data, locale).data.title;
    expect(on('ar')).toBe('علامة تجارية وصانع محتوى يتحدثان عن المال');
    expect(on('ja')).toBe('お金の話');
    expect(on('en')).toBe('A brand and a creator talk about money');
    expect(storyInLocale(story, index.translationOf('other-story', 'ar')?.data, 'ar').status).toBe(
      'untranslated',
    );
  });
});

describe('the story page’s contents and structured data in another language', () => {
  const view = {
    id: 'money-talk',
    data: {
      ...story,
      regions: [],
      objectives: [],
      formats: [],
      themes: [],
      sources: [source],
    },
  };
  const headings = [
    { depth: 2, slug: 'the-challenge', text: 'The challenge' },
    { depth: 3, slug: 'a-detail', text: 'A detail' },
  ];

  it('marks the body’s headings in the contents with the body’s language, and only them', () => {
    const l = localeContext('ar');
    const items = tableOfContents(view, headings, l, { lang: 'en', dir: 'ltr' });
    expect(items).toEqual([
      { slug: 'key-figures', text: l.t.story.keyFigures },
      { slug: 'the-challenge', text: 'The challenge', lang: 'en', dir: 'ltr' },
      { slug: 'in-their-words', text: l.t.story.quotes },
      { slug: 'sources', text: l.t.story.sources },
    ]);
  });

  it('gives a translation its language and names the original it was translated from', () => {
    const shown = storyInLocale(view.data, arabic, 'ar');
    const data = storyJsonLd(
      { ...view, data: shown.data },
      {
        url: 'https://casebook.example/ar/stories/money-talk/',
        image: 'https://casebook.example/og/ar/stories/money-talk.png',
        home: 'https://casebook.example/ar/',
        brand: 'KOHO',
        creators: ['Kyne'],
        inLanguage: shown.lang,
        translationOf: { url: 'https://casebook.example/stories/money-talk/', inLanguage: 'en' },
      },
      localeContext('ar'),
    );
    expect(data).toMatchObject({
      inLanguage: 'ar',
      headline: 'علامة تجارية وصانع محتوى يتحدثان عن المال',
      description: 'الملخص بالعربية.',
      translationOfWork: {
        '@type': 'Article',
        url: 'https://casebook.example/stories/money-talk/',
        inLanguage: 'en',
      },
    });
  });
});
