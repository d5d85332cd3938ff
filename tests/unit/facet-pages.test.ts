/**
 * The facet pages' lists, worked out once per build for the creators and the stories alike:
 * which values get a page, what each page lists and in what order, how the pages split, and
 * where a fact about a story leads.
 */
import { describe, expect, it } from 'vitest';
import { storyFilterHref } from '#lib/content/story-view.ts';
import { creatorFacets } from '#lib/search/creators/facets.ts';
import {
  facetGroups,
  facetLists,
  facetPageFinder,
  firstFacetPages,
  laterFacetPages,
  reservedIds,
} from '#lib/search/facet-pages.ts';
import { pageFacets } from '#lib/search/facets.ts';
import { storyFacets, type StoryFacts } from '#lib/search/stories/facets.ts';
import { vocabulariesOf } from '#lib/search/vocabularies.ts';
import { localeContext } from '#lib/strings/index.ts';

const vocabularies = vocabulariesOf([{ id: 'koho', name: 'KOHO' }]);

/** A story in the static list's order, with the values the facets read. */
function story(id: string, data: Partial<StoryFacts['data']> = {}): StoryFacts & { id: string } {
  return {
    id,
    data: {
      objectives: [],
      formats: [],
      themes: [],
      regions: [],
      brand: { id: 'koho' },
      ...data,
    },
  };
}

const stories = [
  story('first', { themes: ['inclusion', 'humour'], industry: 'finance', regions: ['europe'] }),
  story('second', { themes: ['humour'], regions: ['oceania', 'europe'] }),
  // A value listed twice is one value: the story is on its page once.
  story('third', { themes: ['humour', 'humour'], formats: ['live'] }),
];
const groups = facetGroups(storyFacets, stories, vocabularies.order);
const ids = (list: { id: string }[]) => list.map((entry) => entry.id);

describe('facet groups', () => {
  it('has a group for each story facet with pages, in declaration order, and none for brands', () => {
    expect(groups.map((group) => group.facet)).toEqual([
      'objective',
      'format',
      'theme',
      'industry',
      'region',
    ]);
  });

  it('gives only values some story carries, in the taxonomy’s order, with those stories in list order', () => {
    const themes = groups.find((group) => group.facet === 'theme')?.values ?? [];
    // The taxonomy lists inclusion before humour.
    expect(themes.map((value) => [value.id, ids(value.members)])).toEqual([
      ['inclusion', ['first']],
      ['humour', ['first', 'second', 'third']],
    ]);
    const regions = groups.find((group) => group.facet === 'region')?.values ?? [];
    expect(regions.map((value) => [value.id, ids(value.members)])).toEqual([
      ['europe', ['first', 'second']],
      ['oceania', ['second']],
    ]);
    expect(groups.find((group) => group.facet === 'objective')?.values).toEqual([]);
  });

  it('knows which values have a page', () => {
    const hasPage = facetPageFinder(groups);
    expect(hasPage('theme', 'humour')).toBe(true);
    expect(hasPage('format', 'live')).toBe(true);
    expect(hasPage('theme', 'sustainability')).toBe(false);
    expect(hasPage('industry', 'europe')).toBe(false);
    expect(hasPage('brand', 'koho')).toBe(false);
  });
});

describe('facet lists', () => {
  it('gives each value its stories and every value of its facet with its count', () => {
    const lists = facetLists(groups, (entry) => entry.id);
    const humour = lists.find((list) => list.facet === 'theme' && list.id === 'humour');
    expect(humour).toEqual({
      facet: 'theme',
      id: 'humour',
      members: ['first', 'second', 'third'],
      siblings: [
        { id: 'inclusion', count: 1 },
        { id: 'humour', count: 3 },
      ],
    });
    expect(lists.map((list) => `${list.facet}/${list.id}`)).toEqual([
      'format/live',
      'theme/inclusion',
      'theme/humour',
      'industry/finance',
      'region/europe',
      'region/oceania',
    ]);
  });

  it('reads creators out of their facts, as the creator pages list them', () => {
    const facts = [
      {
        entry: {
          id: 'a',
          data: { region: 'europe', languages: ['en'], niches: [], communities: [], mentions: [] },
        },
        stories: [],
      },
      {
        entry: {
          id: 'b',
          data: { region: 'europe', languages: [], niches: [], communities: [], mentions: [] },
        },
        stories: [],
      },
    ];
    const lists = facetLists(
      facetGroups(creatorFacets, facts, vocabularies.order),
      (fact) => fact.entry.id,
    );
    expect(lists.map((list) => [list.facet, list.id, list.members])).toEqual([
      ['region', 'europe', ['a', 'b']],
      ['language', 'en', ['a']],
    ]);
  });

  it('splits each list into pages: the first at the value’s path, the rest under page/N/', () => {
    const lists = facetLists(groups, (entry) => entry.id);
    const first = firstFacetPages(lists, 2);
    expect(first).toHaveLength(lists.length);
    const humour = first.find((page) => page.params.value === 'humour');
    expect(humour?.params).toEqual({ facet: 'theme', value: 'humour' });
    expect(humour?.props).toMatchObject({
      members: ['first', 'second'],
      total: 3,
      current: 1,
      last: 2,
    });

    const later = laterFacetPages(lists, 2);
    expect(later.map((page) => page.params)).toEqual([
      { facet: 'theme', value: 'humour', page: '2' },
    ]);
    expect(later[0]?.props).toMatchObject({ members: ['third'], total: 3, current: 2, last: 2 });
  });
});

describe('where a story fact leads', () => {
  const hasPage = facetPageFinder(groups);
  it('goes to the value’s page when a story carries it, nowhere when none does, and to the search for brands', () => {
    expect(storyFilterHref('theme', 'humour', hasPage, localeContext('ar'))).toBe(
      '/ar/stories/theme/humour/',
    );
    expect(
      storyFilterHref('industry', 'agriculture', hasPage, localeContext('en')),
    ).toBeUndefined();
    expect(storyFilterHref('brand', 'koho', hasPage, localeContext('ja'))).toBe(
      '/ja/stories/?brand=koho',
    );
  });
});

describe('reserved ids', () => {
  it('keeps story slugs off the list pages and every story facet page', () => {
    expect(reservedIds.stories).toEqual(['page', ...pageFacets(storyFacets)]);
    expect(reservedIds.stories).toContain('theme');
  });

  it('keeps creator ids off the list pages, the compare page and every creator facet page', () => {
    expect(reservedIds.creators).toEqual([
      'page',
      'compare',
      'region',
      'language',
      'niche',
      'community',
    ]);
  });
});
