/**
 * The creator search index: a compact JSON document generated at build time from the
 * collections (build-index.ts, served as /search-index.json). Each creator is one array row
 * holding only what search needs, with facet values as small codes into per-facet vocabularies,
 * so the file stays small as the directory grows. Rows are read through the names below, never
 * by bare position.
 */
import { facetReader, type Codes } from '../encode.ts';
import type { CreatorFacet } from './facets.ts';

/** Evidence for "creators who already mention this brand": per brand id, mentions newest first. */
export type MentionEvidence = Record<
  string,
  { id: string; title: string; date: string; platform: string; url?: string }[]
>;

/**
 * One creator: the fields below, then one entry per facet, in declaration order. Lists of codes
 * keep the creator's own order (its first language first, its newest partnership first), which
 * the reasons of similar creators follow.
 */
export type CreatorRow = [
  id: string,
  name: string,
  aliases: string[],
  /** The platform handle, without @; empty when the creator has none. */
  handle: string,
  /** Brands the creator has partnered with in a story (codes into the brand facet). */
  partners: number[],
  /** Day number of the latest partnership story, 0 when none. */
  latest: number,
  /** Themes of those partnerships (codes into `themes`), searched as text. */
  themes: number[],
  ...facets: Codes[],
];

/** Where each named field sits in a row. */
export const field = {
  id: 0,
  name: 1,
  aliases: 2,
  handle: 3,
  partners: 4,
  latest: 5,
  themes: 6,
} as const;

/** Where the facets start in a row; they follow in the order of the index's `facets`. */
export const firstFacet = 7;

/** Reads a row's codes in one facet, as a list, for an index. */
export function creatorFacetReader(
  index: Pick<SearchIndex, 'facets'>,
): (row: CreatorRow, facet: CreatorFacet) => readonly number[] {
  return facetReader(index.facets, firstFacet);
}

/** Reader-facing labels, parallel to the vocabularies (and to `themes`). */
export type SearchLabels = Record<CreatorFacet | 'theme', string[]>;

export interface SearchIndex {
  v: 3;
  /** The facets, in the order rows hold them. */
  facets: CreatorFacet[];
  /** For each facet, the ids its codes stand for: code n means vocab[facet][n]. */
  vocab: Record<CreatorFacet, string[]>;
  /** Theme ids that partnerships carry, for text search; rows refer to them by position. */
  themes: string[];
  /** What readers see for each code, so the browser needs no taxonomy module. */
  labels: SearchLabels;
  creators: CreatorRow[];
}
