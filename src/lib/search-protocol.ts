/**
 * Messages between the search island and its worker. The worker loads the index and runs every
 * search, so typing never waits on the main thread; replies carry only what the page shows.
 */
import type { FuseResultMatch } from 'fuse.js';
import type { CreatorRow, FacetName, MentionEvidence, SearchIndex } from './search-index.ts';
import type { SearchState } from './search-state.ts';

export type ToWorker =
  | { type: 'load'; url: string; evidenceUrl: string }
  | {
      type: 'search';
      /** Increases with every request; replies carry it back so older ones can be dropped. */
      id: number;
      state: SearchState;
      pageSize: number;
      /** Creators to return rows for, whether or not they match (the shortlists). */
      handles: string[];
    };

/** A mention shown as evidence under a result. */
export type Evidence = MentionEvidence[string][number] & { brand: string };

export interface ShownResult {
  row: CreatorRow;
  /** Matched character ranges of each matched field value, for highlighting. */
  matches: readonly { key: string; value: string; indices: FuseResultMatch['indices'] }[];
  /** Mentions of the picked brands, newest first. */
  evidence: Evidence[];
}

export type FromWorker =
  | { type: 'ready'; size: number; vocab: SearchIndex['vocab']; labels: SearchIndex['labels'] }
  | { type: 'failed'; reason: string }
  | {
      type: 'results';
      id: number;
      /** The query text these results are for. */
      q: string;
      total: number;
      page: number;
      pages: number;
      results: ShownResult[];
      counts: Record<FacetName, number[]>;
      /** Rows of the requested handles that exist. */
      rows: CreatorRow[];
      /** Set when a brand is picked and its evidence could not be loaded. */
      evidenceFailed: boolean;
    };
