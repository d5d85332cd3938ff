import { describe, expect, it } from 'vitest';
import { CreatorSearch } from '#lib/search/creators/engine.ts';
import { field } from '#lib/search/creators/index-format.ts';
import type { CreatorState } from '#lib/search/creators/protocol.ts';
import { highlight } from '#lib/search/highlight.ts';
import { indexOf, view, type CreatorFacet, type TestCreator } from './search-fixtures.ts';

const people: TestCreator[] = [
  {
    id: 'the-rollettes',
    name: 'The Rollettes',
    aliases: ['Rollettes'],
    niches: ['dance'],
    communities: ['disability'],
    partnerships: [{ brand: 'comcast', themes: ['accessibility'], date: '2026-11-04' }],
  },
  {
    id: 'kyne',
    name: 'Kyne',
    region: 'east-southeast-asia',
    niches: ['drag'],
    partnerships: [
      { brand: 'koho', industry: 'finance', themes: ['financial-health'], date: '2026-11-03' },
    ],
  },
  {
    id: 'misaki-cooks',
    name: '林美咲',
    aliases: ['Misaki Hayashi'],
    region: 'east-southeast-asia',
    country: 'JP',
    languages: ['ja', 'en'],
    niches: ['food'],
    audience: 'mid',
    mentions: ['sora-noodle'],
  },
  {
    id: 'lena-rollt',
    name: 'Lena Vogt',
    region: 'europe',
    country: 'DE',
    languages: ['de', 'en'],
    niches: ['travel', 'health'],
    communities: ['disability'],
    audience: 'micro',
  },
  {
    id: 'graham-mends-it',
    name: 'Graham Pike',
    region: 'europe',
    country: 'GB',
    languages: ['en'],
    niches: ['home-diy'],
    communities: ['older-adults'],
    audience: 'mega',
    mentions: ['sora-noodle'],
  },
];
const index = indexOf(people, [
  { id: 'comcast', name: 'Comcast' },
  { id: 'koho', name: 'KOHO' },
  { id: 'sora-noodle', name: 'Sora Noodle Co.' },
]);
const engine = new CreatorSearch(index);

const state = view;
const handles = (draft: CreatorState) =>
  engine.search(draft).results.map((result) => result.row[field.id]);
const countsOf = (draft: CreatorState, facet: CreatorFacet) =>
  Object.fromEntries(
    index.vocab[facet].map((id, code) => [id, engine.search(draft).counts[facet][code]]),
  );

describe('search index', () => {
  it('keeps only the facet values that occur, in taxonomy order', () => {
    expect(index.vocab.region).toEqual(['east-southeast-asia', 'europe']);
    const misaki = index.creators[2];
    expect(misaki && [misaki[field.id], misaki[field.name], misaki[field.aliases]]).toEqual([
      'misaki-cooks',
      '林美咲',
      ['Misaki Hayashi'],
    ]);
  });
});

describe('text search', () => {
  it('forgives typos: "rolettes" finds the Rollettes first', () => {
    expect(handles(state((s) => (s.q = 'rolettes')))[0]).toBe('the-rollettes');
  });

  it('finds financial-health creators for "finacial"', () => {
    expect(handles(state((s) => (s.q = 'finacial')))).toEqual(['kyne']);
  });

  it('finds a name written in another script by its Latin spelling', () => {
    expect(handles(state((s) => (s.q = 'misaki')))[0]).toBe('misaki-cooks');
  });

  it('waits for a second Latin letter, but searches a single CJK character', () => {
    expect(handles(state((s) => (s.q = 'k')))).toHaveLength(5);
    expect(handles(state((s) => (s.q = '林')))).toEqual(['misaki-cooks']);
  });

  it('finds creators by a brand they mention', () => {
    expect(handles(state((s) => (s.q = 'sora noodle')))).toEqual(
      expect.arrayContaining(['misaki-cooks', 'graham-mends-it']),
    );
  });
});

describe('facets', () => {
  it('ignores a facet’s own selection in its counts, and applies it to the others', () => {
    const europe = state((s) => (s.facets.region.values = ['europe']));
    expect(countsOf(europe, 'region')).toEqual({ 'east-southeast-asia': 2, europe: 2 });
    expect(countsOf(europe, 'language')).toEqual({ en: 2, de: 1, ja: 0 });
    expect(handles(europe)).toEqual(['graham-mends-it', 'lena-rollt']);
  });

  it('keeps zero counts, so values can be shown and disabled', () => {
    const counts = countsOf(
      state((s) => (s.facets.community.values = ['older-adults'])),
      'niche',
    );
    expect(counts).toEqual({ dance: 0, drag: 0, food: 0, travel: 0, health: 0, 'home-diy': 1 });
  });

  it('matches any or all selected values of a multi-valued facet', () => {
    expect(handles(state((s) => (s.facets.language.values = ['de', 'ja'])))).toEqual([
      'lena-rollt',
      'misaki-cooks',
    ]);
    expect(
      handles(
        state((s) => (s.facets.language = { values: ['de', 'en'], mode: 'all', exclude: [] })),
      ),
    ).toEqual(['lena-rollt']);
  });

  it('filters by a brand the creator mentions, not one they partnered with', () => {
    expect(handles(state((s) => (s.facets.brand.values = ['sora-noodle'])))).toEqual([
      'graham-mends-it',
      'misaki-cooks',
    ]);
    expect(handles(state((s) => (s.facets.brand.values = ['koho'])))).toEqual([]);
  });

  it('excludes a value', () => {
    expect(handles(state((s) => (s.facets.community.exclude = ['disability'])))).toEqual([
      'graham-mends-it',
      'kyne',
      'misaki-cooks',
    ]);
  });

  it('combines text and facets, and counts within the text matches', () => {
    const draft = state((s) => {
      s.q = 'rollettes';
      s.facets.community.values = ['disability'];
    });
    expect(handles(draft)).toEqual(['the-rollettes']);
    expect(countsOf(draft, 'community')).toEqual({ disability: 1, 'older-adults': 0 });
  });
});

describe('sorting', () => {
  it('sorts by name (Latin spelling), audience and latest partnership', () => {
    expect(handles(state())).toEqual([
      'graham-mends-it',
      'kyne',
      'lena-rollt',
      'misaki-cooks',
      'the-rollettes',
    ]);
    expect(handles(state((s) => (s.sort = 'audience'))).slice(0, 3)).toEqual([
      'graham-mends-it',
      'misaki-cooks',
      'lena-rollt',
    ]);
    expect(handles(state((s) => (s.sort = 'latest'))).slice(0, 2)).toEqual([
      'the-rollettes',
      'kyne',
    ]);
  });
});

describe('highlighting', () => {
  it('cuts text into plain and matched parts from match indices', () => {
    expect(highlight('The Rollettes', [[4, 7]])).toEqual([
      { text: 'The ', match: false },
      { text: 'Roll', match: true },
      { text: 'ettes', match: false },
    ]);
  });

  it('merges overlapping ranges and leaves markup as text', () => {
    expect(
      highlight('<b>x</b>', [
        [0, 2],
        [1, 3],
      ]),
    ).toEqual([
      { text: '<b>x', match: true },
      { text: '</b>', match: false },
    ]);
  });
});
