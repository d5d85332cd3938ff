/**
 * Partnership search on /stories/: the same facet engine and URL state as the creator search,
 * over stories, with the facets a marketer asks about (objective, format, theme, industry,
 * region, brand) and typo-forgiving text over titles, brands, creators and summaries.
 *
 * Stories are few next to creators (a library grows by tens a year), so Fuse scores the whole
 * list; the index travels with the page.
 */
import Fuse, { type FuseResultMatch } from 'fuse.js/min-basic';
import { FacetBits, pageOf, type Bits, add } from '#lib/search/facet-bits.ts';
import { fuseOptions, searchable } from '#lib/search/creators/engine.ts';
import type { SearchShape, SearchState } from '#lib/search/url-state.ts';

export const storyFacetNames = ['objective', 'format', 'theme', 'industry', 'region', 'brand'] as const;
export type StoryFacet = (typeof storyFacetNames)[number];
export const storySorts = ['relevance', 'newest', 'oldest'] as const;
export type StorySort = (typeof storySorts)[number];

export const storyShape: SearchShape<StoryFacet, StorySort> = { facets: storyFacetNames, multi: ['objective', 'format', 'theme', 'region'], sorts: storySorts };
export type StoryState = SearchState<StoryFacet, StorySort>;

/** One story, as the index stores it. */
export type StoryRow = [
  slug: string,
  title: string,
  summary: string,
  /** Creator names, as written. */
  creators: string[],
  objectives: number[],
  formats: number[],
  themes: number[],
  industry: number,
  regions: number[],
  brand: number,
  /** Day number of publication. */
  published: number,
  illustrative: 0 | 1,
];

export interface StoryIndex {
  vocab: Record<StoryFacet, string[]>;
  labels: Record<StoryFacet, string[]>;
  stories: StoryRow[];
}

export interface StoryInput {
  slug: string;
  title: string;
  summary: string;
  creators: readonly string[];
  objectives: readonly string[];
  formats: readonly string[];
  themes: readonly string[];
  industry?: string | undefined;
  regions: readonly string[];
  brand: string;
  published: Date;
  illustrative: boolean;
}

const day = 86_400_000;

/** Builds the index; vocabularies hold the values that occur, in the order given. */
export function buildStoryIndex(stories: readonly StoryInput[], order: Record<StoryFacet, readonly string[]>, label: (facet: StoryFacet, id: string) => string): StoryIndex {
  const valuesOf = (story: StoryInput, facet: StoryFacet): readonly string[] =>
    ({ objective: story.objectives, format: story.formats, theme: story.themes, industry: story.industry ? [story.industry] : [], region: story.regions, brand: [story.brand] })[facet];
  const vocab = Object.fromEntries(storyFacetNames.map((facet) => [facet, order[facet].filter((id) => stories.some((story) => valuesOf(story, facet).includes(id)))])) as Record<StoryFacet, string[]>;
  const codes = (facet: StoryFacet, ids: readonly string[]) => ids.map((id) => vocab[facet].indexOf(id)).filter((code) => code >= 0);
  return {
    vocab,
    labels: Object.fromEntries(storyFacetNames.map((facet) => [facet, vocab[facet].map((id) => label(facet, id))])) as Record<StoryFacet, string[]>,
    stories: stories.map((story): StoryRow => [
      story.slug,
      story.title,
      story.summary,
      [...story.creators],
      codes('objective', story.objectives),
      codes('format', story.formats),
      codes('theme', story.themes),
      story.industry ? vocab.industry.indexOf(story.industry) : -1,
      codes('region', story.regions),
      vocab.brand.indexOf(story.brand),
      Math.floor(story.published.getTime() / day),
      story.illustrative ? 1 : 0,
    ]),
  };
}

function storyValues(row: StoryRow, facet: StoryFacet): readonly number[] {
  switch (facet) {
    case 'objective':
      return row[4];
    case 'format':
      return row[5];
    case 'theme':
      return row[6];
    case 'industry':
      return row[7] >= 0 ? [row[7]] : [];
    case 'region':
      return row[8];
    case 'brand':
      return row[9] >= 0 ? [row[9]] : [];
  }
}

export interface StoryResult {
  row: StoryRow;
  matches: readonly FuseResultMatch[];
}

export interface StoryOutcome {
  total: number;
  page: number;
  pages: number;
  results: StoryResult[];
  counts: Record<StoryFacet, number[]>;
}

export class StorySearch {
  readonly #index: StoryIndex;
  readonly #facets: FacetBits<StoryFacet>;
  readonly #fuse: Fuse<{ title: string; brand: string; creators: string[]; topics: string[]; summary: string }>;
  readonly #newest: number[];
  readonly #oldest: number[];

  constructor(index: StoryIndex) {
    this.#index = index;
    const rows = index.stories;
    this.#facets = new FacetBits(rows.length, storyFacetNames, index.vocab, (position, facet) => storyValues(rows[position] as StoryRow, facet));
    const label = (facet: StoryFacet, codes: readonly number[]) => codes.map((code) => index.labels[facet][code] ?? '');
    this.#fuse = new Fuse(
      rows.map((row) => ({ title: row[1], brand: index.labels.brand[row[9]] ?? '', creators: row[3], topics: [...label('objective', row[4]), ...label('format', row[5]), ...label('theme', row[6]), ...label('industry', row[7] >= 0 ? [row[7]] : [])], summary: row[2] })),
      // The creator search's typo tolerance, over the fields of a story.
      {
        ...fuseOptions,
        keys: [
          { name: 'title', weight: 3 },
          { name: 'brand', weight: 2.5 },
          { name: 'creators', weight: 2.5 },
          { name: 'topics', weight: 1 },
          { name: 'summary', weight: 0.5 },
        ],
      },
    );
    this.#newest = rows.map((_, i) => i).sort((a, b) => (rows[b]?.[10] ?? 0) - (rows[a]?.[10] ?? 0) || (rows[a]?.[0] ?? '').localeCompare(rows[b]?.[0] ?? ''));
    this.#oldest = [...this.#newest].reverse();
  }

  search(state: StoryState, pageSize = Infinity): StoryOutcome {
    const text = state.q.trim();
    const hits = searchable(text) ? this.#fuse.search(text) : undefined;
    let textBits: Bits | undefined;
    if (hits) {
      textBits = this.#facets.none();
      for (const hit of hits) add(textBits, hit.refIndex);
    }
    const { matching, total, counts } = this.#facets.filter(textBits, state.facets);
    const order = hits && state.sort === 'relevance' ? hits.map((hit) => hit.refIndex) : state.sort === 'oldest' ? this.#oldest : this.#newest;
    const { page, pages, positions } = pageOf(order, matching, total, state.page, pageSize);
    const matches = new Map(hits?.map((hit) => [hit.refIndex, hit.matches ?? []]));
    return { total, page, pages, counts, results: positions.map((i) => ({ row: this.#index.stories[i] as StoryRow, matches: matches.get(i) ?? [] })) };
  }
}
