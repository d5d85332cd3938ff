/**
 * The story search index: one compact row per story, facet values as codes. It travels with
 * /stories/ as the island's props (stories are few next to creators). Rows are read through the
 * names below, never by bare position.
 */
import { facetReader, type Codes } from '../encode.ts';
import type { StoryFacet } from './facets.ts';

/** One story: the fields below, then one entry per facet, in declaration order. */
export type StoryRow = [
  slug: string,
  title: string,
  summary: string,
  /** Creator names, as written. */
  creators: string[],
  /** Day number of publication. */
  published: number,
  illustrative: 0 | 1,
  /** The brand's and the creators' other names (Kawanami's 川波製麺): searched, not shown. */
  aliases: string[],
  ...facets: Codes[],
];

/** Where each named field sits in a row. */
export const field = {
  slug: 0,
  title: 1,
  summary: 2,
  creators: 3,
  published: 4,
  illustrative: 5,
  aliases: 6,
} as const;

/** Where the facets start in a row; they follow in the order of the index's `facets`. */
export const firstFacet = 7;

/** Reads a row's codes in one facet, as a list, for an index. */
export function storyFacetReader(
  index: Pick<StoryIndex, 'facets'>,
): (row: StoryRow, facet: StoryFacet) => readonly number[] {
  return facetReader(index.facets, firstFacet);
}

export interface StoryIndex {
  /** The facets, in the order rows hold them. */
  facets: StoryFacet[];
  vocab: Record<StoryFacet, string[]>;
  labels: Record<StoryFacet, string[]>;
  stories: StoryRow[];
}
