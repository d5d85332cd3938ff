import { describe, expect, it } from 'vitest';
import { StorySearch, type StoryState } from '#lib/search/stories/engine.ts';
import { buildStoryIndex, type StoryEntry } from '#lib/search/stories/build-index.ts';
import { storyShape, type StoryFacet } from '#lib/search/stories/facets.ts';
import { field } from '#lib/search/stories/index-format.ts';
import { emptyState, parseState, serializeState } from '#lib/search/url-state.ts';
import { vocabulariesOf } from '#lib/search/vocabularies.ts';

interface TestStory {
  title?: string;
  creators?: string[];
  /** The brand's and the creators' other names. */
  aliases?: string[];
  objectives?: string[];
  formats?: string[];
  themes?: string[];
  industry?: string;
  regions?: string[];
  brand?: string;
  published?: string;
  illustrative?: boolean;
}

function story(
  slug: string,
  fields: TestStory,
): StoryEntry & { creatorNames: string[]; aliases: string[] } {
  return {
    id: slug,
    creatorNames: fields.creators ?? [],
    aliases: fields.aliases ?? [],
    data: {
      title: fields.title ?? slug,
      summary: '',
      objectives: fields.objectives ?? ['awareness'],
      formats: fields.formats ?? ['short-video'],
      themes: fields.themes ?? [],
      industry: fields.industry,
      regions: fields.regions ?? [],
      brand: { id: fields.brand ?? 'koho' },
      published: new Date(`${fields.published ?? '2026-01-01'}T00:00:00Z`),
      illustrative: fields.illustrative ?? true,
    },
  };
}

const stories = [
  story('koho-kyne-financial-health', {
    title: 'KOHO and Kyne: money talk for a new generation',
    creators: ['Kyne'],
    objectives: ['sign-ups', 'brand-perception'],
    formats: ['series'],
    themes: ['financial-health'],
    industry: 'finance',
    brand: 'koho',
    published: '2026-11-03',
    illustrative: false,
  }),
  story('comcast-team-of-tomorrow', {
    title: 'Comcast #TeamofTomorrow with the Rollettes',
    creators: ['The Rollettes'],
    objectives: ['brand-perception'],
    formats: ['short-video'],
    themes: ['inclusion', 'accessibility'],
    industry: 'telecom-media',
    brand: 'comcast',
    published: '2026-11-04',
    illustrative: false,
  }),
  story('sora-noodle-night-market', {
    title: 'A night-market noodle series',
    creators: ['林美咲'],
    aliases: ['空麺', 'Misaki Hayashi'],
    objectives: ['awareness', 'sales'],
    formats: ['series', 'tutorial'],
    themes: ['local-culture'],
    industry: 'food-drink',
    regions: ['east-southeast-asia'],
    brand: 'sora-noodle',
    published: '2025-06-01',
  }),
  story('qahwa-ramadan', {
    title: 'Ramadan coffee evenings',
    creators: ['عائشة بن حارب'],
    objectives: ['sales'],
    formats: ['live'],
    themes: ['local-culture'],
    industry: 'food-drink',
    regions: ['middle-east-north-africa'],
    brand: 'qahwa-house',
    published: '2025-03-01',
  }),
];
const brands = [
  { id: 'koho', name: 'KOHO' },
  { id: 'comcast', name: 'Comcast' },
  { id: 'sora-noodle', name: 'Sora Noodle Co.' },
  { id: 'qahwa-house', name: 'Qahwa House' },
];
const index = buildStoryIndex(
  stories,
  (entry) => entry.creatorNames,
  vocabulariesOf(brands),
  (entry) => entry.aliases,
);
const engine = new StorySearch(index);

const view = (change: (draft: StoryState) => void = () => undefined) => {
  const draft = emptyState(storyShape);
  change(draft);
  return engine.search(draft);
};
const slugs = (change?: (draft: StoryState) => void) =>
  view(change).results.map((result) => result.row[field.slug]);
const counts = (facet: StoryFacet, change?: (draft: StoryState) => void) =>
  Object.fromEntries(index.vocab[facet].map((id, code) => [id, view(change).counts[facet][code]]));

describe('partnership search', () => {
  it('lists every story, newest first, without a query', () => {
    expect(slugs()).toEqual([
      'comcast-team-of-tomorrow',
      'koho-kyne-financial-health',
      'sora-noodle-night-market',
      'qahwa-ramadan',
    ]);
  });

  it('forgives typos in brands, creators and themes', () => {
    expect(slugs((s) => (s.q = 'rolettes'))[0]).toBe('comcast-team-of-tomorrow');
    expect(slugs((s) => (s.q = 'finacial'))[0]).toBe('koho-kyne-financial-health');
    expect(slugs((s) => (s.q = 'qahwa'))[0]).toBe('qahwa-ramadan');
  });

  it('finds a story by another name of its brand or of a creator', () => {
    expect(slugs((s) => (s.q = '空麺'))).toEqual(['sora-noodle-night-market']);
    expect(slugs((s) => (s.q = 'misaki hayashi'))).toEqual(['sora-noodle-night-market']);
    // Forgiving typos there too.
    expect(slugs((s) => (s.q = 'misaki hayashe'))[0]).toBe('sora-noodle-night-market');
  });

  it('filters by objective, format and theme, with counts that ignore the facet’s own selection', () => {
    const sales = (s: StoryState) => (s.facets.objective.values = ['sales']);
    expect(slugs(sales)).toEqual(['sora-noodle-night-market', 'qahwa-ramadan']);
    expect(counts('objective', sales)).toMatchObject({
      sales: 2,
      'brand-perception': 2,
      awareness: 1,
    });
    expect(counts('format', sales)).toMatchObject({ series: 1, live: 1, 'short-video': 0 });
    expect(
      slugs(
        (s) => ((s.facets.theme.values = ['local-culture']), (s.facets.format.exclude = ['live'])),
      ),
    ).toEqual(['sora-noodle-night-market']);
  });

  it('matches all selected values when asked', () => {
    expect(
      slugs(
        (s) => (s.facets.objective = { values: ['sales', 'awareness'], mode: 'all', exclude: [] }),
      ),
    ).toEqual(['sora-noodle-night-market']);
  });

  it('keeps its state in the URL with its own facets, ignoring the creator search’s', () => {
    const state = parseState(
      new URLSearchParams(
        'q=koho&objective=sales&theme.not=inclusion&region=europe&niche=food&sort=oldest&page=2',
      ),
      index.vocab,
      storyShape,
    );
    expect(state.facets.objective.values).toEqual(['sales']);
    expect(state.facets.theme.exclude).toEqual(['inclusion']);
    expect(state.facets.region.values).toEqual([]);
    expect(serializeState(state, storyShape).toString()).toBe(
      'q=koho&objective=sales&theme.not=inclusion&sort=oldest&page=2',
    );
  });

  it('sorts oldest first and pages', () => {
    const outcome = engine.search({ ...emptyState(storyShape), sort: 'oldest', page: 2 }, 3);
    expect(outcome).toMatchObject({ total: 4, page: 2, pages: 2 });
    expect(outcome.results.map((result) => result.row[field.slug])).toEqual([
      'comcast-team-of-tomorrow',
    ]);
  });
});
