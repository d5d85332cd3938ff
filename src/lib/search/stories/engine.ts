/**
 * Partnership search on /stories/: the same facet engine and URL state as the creator search,
 * over stories, with the facets a marketer asks about (objective, format, theme, industry,
 * region, brand) and typo-forgiving text over titles, brands and creators (by any name they go
 * by) and summaries.
 *
 * Stories are few next to creators (a library grows by tens a year), so the matcher scores the
 * whole list; the index travels with the page.
 */
import { FuzzySearch, type FuzzyMatch } from '../fuzzy.ts';
import { FacetBits, pageOf, type Bits, add } from '../facet-bits.ts';
import { fold, foldDocument, fuzzy, searchable, unfoldMatches } from '../text.ts';
import type { SearchState } from '../url-state.ts';
import type { StoryFacet, StorySort } from './facets.ts';
import { field, storyFacetReader, type StoryIndex, type StoryRow } from './index-format.ts';

export type StoryState = SearchState<StoryFacet, StorySort>;

export interface StoryResult {
  row: StoryRow;
  matches: readonly FuzzyMatch[];
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
  readonly #text: FuzzySearch<{
    title: string;
    brand: string;
    creators: string[];
    aliases: string[];
    topics: string[];
    summary: string;
  }>;
  /** What each story is found by, as shown; it is searched folded. */
  readonly #documents: {
    title: string;
    brand: string;
    creators: string[];
    aliases: string[];
    topics: string[];
    summary: string;
  }[];
  readonly #newest: number[];
  readonly #oldest: number[];

  constructor(index: StoryIndex) {
    this.#index = index;
    const rows = index.stories;
    const facetCodes = storyFacetReader(index);
    this.#facets = new FacetBits(rows.length, index.facets, index.vocab, (position, facet) =>
      facetCodes(rows[position] as StoryRow, facet),
    );
    const labels = (row: StoryRow, facet: StoryFacet) =>
      facetCodes(row, facet).map((code) => index.labels[facet][code] ?? '');
    this.#documents = rows.map((row) => ({
      title: row[field.title],
      brand: labels(row, 'brand')[0] ?? '',
      creators: row[field.creators],
      aliases: row[field.aliases],
      topics: [
        ...labels(row, 'objective'),
        ...labels(row, 'format'),
        ...labels(row, 'theme'),
        ...labels(row, 'industry'),
      ],
      summary: row[field.summary],
    }));
    this.#text = new FuzzySearch(
      this.#documents.map(foldDocument),
      // The creator search's typo tolerance, over the fields of a story.
      {
        ...fuzzy,
        keys: [
          { name: 'title', weight: 3 },
          { name: 'brand', weight: 2.5 },
          { name: 'creators', weight: 2.5 },
          { name: 'aliases', weight: 2 },
          { name: 'topics', weight: 1 },
          { name: 'summary', weight: 0.5 },
        ],
      },
    );
    this.#newest = rows
      .map((_, i) => i)
      .sort(
        (a, b) =>
          (rows[b]?.[field.published] ?? 0) - (rows[a]?.[field.published] ?? 0) ||
          (rows[a]?.[field.slug] ?? '').localeCompare(rows[b]?.[field.slug] ?? ''),
      );
    this.#oldest = [...this.#newest].reverse();
  }

  search(state: StoryState, pageSize = Infinity): StoryOutcome {
    const text = state.q.trim();
    const hits = searchable(text) ? this.#text.search(fold(text)) : undefined;
    let textBits: Bits | undefined;
    if (hits) {
      textBits = this.#facets.none();
      for (const hit of hits) add(textBits, hit.refIndex);
    }
    const { matching, total, counts } = this.#facets.filter(textBits, state.facets);
    const order =
      hits && state.sort === 'relevance'
        ? hits.map((hit) => hit.refIndex)
        : state.sort === 'oldest'
          ? this.#oldest
          : this.#newest;
    const { page, pages, positions } = pageOf(order, matching, total, state.page, pageSize);
    const matches = new Map(
      hits?.map((hit) => [
        hit.refIndex,
        unfoldMatches(hit.matches, this.#documents[hit.refIndex] ?? {}),
      ]),
    );
    return {
      total,
      page,
      pages,
      counts,
      results: positions.map((i) => ({
        row: this.#index.stories[i] as StoryRow,
        matches: matches.get(i) ?? [],
      })),
    };
  }
}
