/**
 * Messages between the search island and the search service, which runs in the page or in a
 * worker; replies carry only what the page shows.
 */
import type { FuzzyMatch } from '../fuzzy.ts';
import type { SearchState } from '../url-state.ts';
import type { CreatorFacet, CreatorSort } from './facets.ts';
import type { CreatorRow, MentionEvidence, SearchIndex } from './index-format.ts';
import type { Shared } from './similar.ts';

/** A creator search's view. */
export type CreatorState = SearchState<CreatorFacet, CreatorSort>;

/**
 * Where the engine's bundle leaves `searchService` when the page imports it rather than
 * running it as a worker (a worker bundle keeps no exports).
 */
export const inPageService = Symbol.for('casebook.searchService');

export type ToWorker =
  | { type: 'load'; url: string; evidenceUrl: string }
  | {
      type: 'search';
      /** Increases with every request; replies carry it back so older ones can be dropped. */
      id: number;
      state: CreatorState;
      pageSize: number;
      /** Creators to return rows for, whether or not they match (the shortlists), by id. */
      ids: string[];
    };

export type SearchRequest = Extract<ToWorker, { type: 'search' }>;

/** A mention shown as evidence under a result. */
export type Evidence = MentionEvidence[string][number] & { brand: string };

export interface ShownResult {
  row: CreatorRow;
  /** Matched character ranges of each matched field value, for highlighting. */
  matches: readonly FuzzyMatch[];
  /** Mentions of the picked brands, newest first. */
  evidence: Evidence[];
  /** In a "More like this" view: what the creator shares with the one the view is about (index codes). */
  shared?: Shared<number> | undefined;
}

export type FromWorker =
  | {
      type: 'ready';
      facets: SearchIndex['facets'];
      vocab: SearchIndex['vocab'];
      labels: SearchIndex['labels'];
    }
  | { type: 'failed' }
  | {
      type: 'results';
      id: number;
      /** The view these results are for. */
      state: CreatorState;
      /** How long the engine took, in milliseconds, where it ran. */
      took: number;
      total: number;
      page: number;
      pages: number;
      results: ShownResult[];
      counts: Record<CreatorFacet, number[]>;
      /** Rows of the requested ids that exist. */
      rows: CreatorRow[];
      /** Set when a brand is picked and its evidence could not be loaded. */
      evidenceFailed: boolean;
      /** The creator a "More like this" view is about, when the view asks for one the index holds. */
      liked: CreatorRow | undefined;
      /** Set when the view asks for creators like one the index does not hold (the view shows everyone). */
      likeUnknown: boolean;
    };
