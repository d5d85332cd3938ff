/**
 * The pages' view models, in each language: a story's contents, facts at a glance, structured
 * data and share links; a creator's description and facts.
 */
import { describe, expect, it } from 'vitest';
import {
  creatorDescription,
  creatorFacts,
  creatorFilterHref,
  type CreatorViewFacts,
} from '#lib/content/creator-view.ts';
import {
  shareLinks,
  storyFacts,
  storyFilterHref,
  storyJsonLd,
  tableOfContents,
  type StoryViewFacts,
} from '#lib/content/story-view.ts';
import { localeContext } from '#lib/strings/index.ts';

const en = localeContext('en');
const ar = localeContext('ar');
const ja = localeContext('ja');

function story(data: Partial<StoryViewFacts['data']> = {}): StoryViewFacts {
  return {
    id: 'a-story',
    data: {
      title: 'A title',
      summary: 'A summary',
      published: new Date('2026-03-04T00:00:00Z'),
      illustrative: true,
      regions: ['middle-east-north-africa'],
      industry: 'food-drink',
      objectives: [],
      formats: [],
      themes: ['authenticity'],
      quotes: [],
      sources: [],
      ...data,
    },
  };
}

const headings = [
  { depth: 2, slug: 'the-challenge', text: 'The challenge' },
  { depth: 3, slug: 'a-detail', text: 'A detail' },
  { depth: 2, slug: 'results', text: 'Results' },
];

describe('tableOfContents', () => {
  it('lists key figures, the sections, then quotes and sources only when the story has them', () => {
    expect(tableOfContents(story(), headings, en).map((entry) => entry.slug)).toEqual([
      'key-figures',
      'the-challenge',
      'results',
    ]);
    expect(
      tableOfContents(story({ quotes: [{}], sources: [{}] }), headings, en).map((e) => e.slug),
    ).toEqual(['key-figures', 'the-challenge', 'results', 'in-their-words', 'sources']);
  });

  it('names its own entries in the reader’s language', () => {
    const [first] = tableOfContents(story(), [], ja);
    expect(first?.text).toBe(ja.t.story.keyFigures);
    expect(first?.text).not.toBe(en.t.story.keyFigures);
  });
});

/** As the catalog answers for a build whose stories carry every value but the industry "agriculture". */
const hasPage = (facet: string, id: string) => !(facet === 'industry' && id === 'agriculture');

describe('storyFilterHref', () => {
  it('leads a value some story carries to its static page, in the reader’s language', () => {
    expect(storyFilterHref('theme', 'inclusion', hasPage, en)).toBe('/stories/theme/inclusion/');
    expect(storyFilterHref('region', 'europe', hasPage, ar)).toBe('/ar/stories/region/europe/');
    expect(storyFilterHref('industry', 'finance', hasPage, ja)).toBe(
      '/ja/stories/industry/finance/',
    );
  });

  it('gives no link for a value no story carries yet, which the search would ignore', () => {
    expect(storyFilterHref('industry', 'agriculture', hasPage, en)).toBeUndefined();
    expect(storyFilterHref('industry', 'agriculture', hasPage, ar)).toBeUndefined();
  });

  it('leads a facet without pages (brand) to the story search filtered by it', () => {
    expect(storyFilterHref('brand', 'koho', () => false, en)).toBe('/stories/?brand=koho');
    expect(storyFilterHref('brand', 'koho', () => false, ar)).toBe('/ar/stories/?brand=koho');
  });
});

describe('creatorFilterHref', () => {
  it('leads facets with pages to their page and the others to the filtered directory', () => {
    expect(creatorFilterHref('language', 'ar', ja)).toBe('/ja/creators/language/ar/');
    expect(creatorFilterHref('country', 'JP', en)).toBe('/creators/?country=JP');
  });
});

describe('storyFacts', () => {
  const brand = { label: 'Mahmas Roastery', href: '/brands/mahmas-roastery/' };

  it('says "not stated" where a real story’s source is silent', () => {
    const facts = storyFacts(
      story({ illustrative: false, objectives: [] }),
      brand,
      [],
      hasPage,
      en,
    );
    const objectives = facts.find((fact) => fact.term === en.t.story.objectives);
    expect(objectives?.values).toEqual([{ label: en.t.story.notStated }]);
    const creators = facts.find((fact) => fact.term === en.t.story.creators);
    expect(creators?.values).toEqual([{ label: en.t.story.notStated }]);
  });

  it('leaves out what an illustrative story does not have', () => {
    const terms = storyFacts(story(), brand, [], hasPage, en).map((fact) => fact.term);
    expect(terms).not.toContain(en.t.story.objectives);
    expect(terms).not.toContain(en.t.story.creators);
    expect(terms).toContain(en.t.story.industry);
  });

  it('links each value to the stories that share it, in the reader’s language', () => {
    const facts = storyFacts(story({ themes: ['authenticity'] }), brand, [], hasPage, ja);
    const themes = facts.find((fact) => fact.term === ja.t.story.themes);
    expect(themes?.values[0]?.href).toBe('/ja/stories/theme/authenticity/');
    const industry = facts.find((fact) => fact.term === ja.t.story.industry);
    expect(industry?.values[0]?.href).toBe('/ja/stories/industry/food-drink/');
  });

  it('shows a value without a page as plain text', () => {
    const facts = storyFacts(story(), brand, [], () => false, en);
    const regions = facts.find((fact) => fact.term === en.t.story.regions);
    expect(regions?.values).toEqual([{ label: en.label('regions', 'middle-east-north-africa') }]);
  });

  it('labels taxonomy values in the reader’s language', () => {
    const facts = storyFacts(story(), brand, [], hasPage, ar);
    const industry = facts.find((fact) => fact.term === ar.t.story.industry);
    expect(industry?.values[0]?.label).toBe(ar.label('industries', 'food-drink'));
    expect(industry?.values[0]?.label).not.toBe(en.label('industries', 'food-drink'));
  });
});

describe('storyJsonLd', () => {
  it('describes the story as an Article in the language of its text', () => {
    const data = storyJsonLd(
      story(),
      {
        url: 'https://casebook.example/ar/stories/a-story/',
        image: 'https://casebook.example/og/ar/stories/a-story.png',
        home: 'https://casebook.example/ar/',
        brand: 'Mahmas Roastery',
        creators: ['عائشة بن حارب'],
        inLanguage: 'ar',
      },
      ar,
    );
    expect(data).toMatchObject({
      '@type': 'Article',
      inLanguage: 'ar',
      headline: 'A title',
      datePublished: '2026-03-04',
      about: { '@type': 'Organization', name: 'Mahmas Roastery' },
      mentions: [{ '@type': 'Person', name: 'عائشة بن حارب' }],
      keywords: ar.label('themes', 'authenticity'),
    });
    expect(data.keywords).not.toBe(en.label('themes', 'authenticity'));
  });
});

describe('shareLinks', () => {
  it('encodes the title and address into each link', () => {
    const links = shareLinks('Ramen & rice?', 'https://casebook.example/stories/a/', en);
    expect(links.map((link) => link.label)).toEqual([
      en.t.story.shareBy.email,
      en.t.story.shareBy.linkedin,
      en.t.story.shareBy.x,
    ]);
    expect(links[0]?.href).toBe(
      'mailto:?subject=Ramen%20%26%20rice%3F&body=https%3A%2F%2Fcasebook.example%2Fstories%2Fa%2F',
    );
    for (const link of links.slice(1)) expect(new URL(link.href).protocol).toBe('https:');
  });
});

describe('creator view', () => {
  const creator: CreatorViewFacts = {
    data: {
      handle: 'chikage-eats',
      region: 'east-southeast-asia',
      country: 'JP',
      languages: ['ja', 'en'],
      niches: ['food'],
      platforms: [],
    },
  };

  it('describes a creator with handle, place, niches and counts', () => {
    const text = creatorDescription(creator, 'Chikage Morishita', 2, 1, en);
    expect(text).toContain('Chikage Morishita (@chikage-eats)');
    expect(text).toContain('Japan');
    expect(text).toContain(en.plural(en.t.creator.storyCount, 2));
    expect(text).toContain(en.plural(en.t.creator.mentionCount, 1));
  });

  it('describes the creator in Japanese with Japanese labels', () => {
    const text = creatorDescription(creator, '森下千景', 2, 1, ja);
    expect(text).toContain('森下千景');
    expect(text).toContain(ja.label('countries', 'JP'));
    expect(text).not.toContain('Japan');
  });

  it('links a value with pages of its own to them, and others to the filtered search', () => {
    const facts = creatorFacts(creator, ar);
    const place = facts.find((fact) => fact.term === ar.t.creator.based);
    expect(place?.values[0]?.href).toBe('/ar/creators/?country=JP');
    const region = facts.find((fact) => fact.term === ar.t.creator.region);
    expect(region?.values[0]?.href).toBe('/ar/creators/region/east-southeast-asia/');
  });

  it('says "not stated" for unknown facts, and shows a language’s own name beside its label', () => {
    const facts = creatorFacts(creator, en);
    const audience = facts.find((fact) => fact.term === en.t.creator.audience);
    expect(audience?.values).toEqual([{ label: en.t.story.notStated }]);
    const languages = facts.find((fact) => fact.term === en.t.creator.languages);
    expect(languages?.values[0]).toEqual({
      label: 'Japanese',
      href: '/creators/language/ja/',
      native: { text: '日本語', lang: 'ja', dir: 'ltr' },
    });
    // In Japanese the label is the own name, so it is not repeated.
    const inJapanese = creatorFacts(creator, ja).find(
      (fact) => fact.term === ja.t.creator.languages,
    );
    expect(inJapanese?.values[0]).toEqual({ label: '日本語', href: '/ja/creators/language/ja/' });
  });
});
