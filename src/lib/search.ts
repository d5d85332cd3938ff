/**
 * Creator search over the build-time index: facet filtering on bitsets, facet counts that
 * follow the rule people expect (a facet's counts ignore that facet's own selection), and
 * typo-forgiving text search with Fuse.js, whose match indices drive highlighting.
 */
import Fuse, { type FuseResultMatch } from 'fuse.js';
import { facetNames, rowValues, type CreatorRow, type FacetName, type SearchIndex } from './search-index.ts';
import { latinName } from './names.ts';
import type { SearchState } from './search-state.ts';

/** A set of creators, one bit each. */
type Bits = Uint32Array;

function popcount(word: number): number {
  let value = word - ((word >>> 1) & 0x55555555);
  value = (value & 0x33333333) + ((value >>> 2) & 0x33333333);
  return (((value + (value >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Text a creator is found by, besides codes. */
export interface SearchDocument {
  index: number;
  name: string;
  aliases: string[];
  handle: string;
  topics: string[];
  brands: string[];
}

export interface SearchResult {
  row: CreatorRow;
  /** 0 is a perfect match; undefined without a text query. */
  score: number | undefined;
  /** Matched character ranges per field, for highlighting. */
  matches: readonly FuseResultMatch[];
}

export interface SearchOutcome {
  results: SearchResult[];
  /** For each facet, the count per code, ignoring that facet's own selection. */
  counts: Record<FacetName, number[]>;
}

/** Labels the engine searches as text: niche and theme labels by id. */
export interface SearchLabels {
  niche: (id: string) => string;
  theme: (id: string) => string;
}

export const fuseOptions = {
  keys: [
    { name: 'name', weight: 3 },
    { name: 'aliases', weight: 2.5 },
    { name: 'handle', weight: 2 },
    { name: 'brands', weight: 1.5 },
    { name: 'topics', weight: 1 },
  ],
  includeScore: true,
  includeMatches: true,
  ignoreLocation: true,
  threshold: 0.34,
  minMatchCharLength: 1,
};

/** The documents Fuse searches, one per creator, in index order. */
export function searchDocuments(index: SearchIndex, labels: SearchLabels): SearchDocument[] {
  return index.creators.map((row, position) => ({
    index: position,
    name: row[1],
    aliases: row[2],
    handle: row[0],
    topics: [...row[6].map((code) => labels.niche(index.vocab.niche[code] ?? '')), ...row[13].map((code) => labels.theme(index.themes[code] ?? ''))],
    brands: [...new Set([...row[9], ...row[10]])].map((code) => index.brandNames[code] ?? ''),
  }));
}

export class CreatorSearch {
  readonly #index: SearchIndex;
  readonly #words: number;
  readonly #bits: Record<FacetName, Bits[]>;
  readonly #fuse: Fuse<SearchDocument>;
  readonly #codes: Record<FacetName, Map<string, number>>;
  readonly #collator = new Intl.Collator('en', { sensitivity: 'base' });

  constructor(index: SearchIndex, labels: SearchLabels) {
    this.#index = index;
    this.#words = Math.ceil(index.creators.length / 32);
    this.#bits = Object.fromEntries(facetNames.map((facet) => [facet, index.vocab[facet].map(() => new Uint32Array(this.#words))])) as Record<FacetName, Bits[]>;
    index.creators.forEach((row, position) => {
      for (const facet of facetNames) {
        for (const code of rowValues(row, facet)) {
          const bits = this.#bits[facet][code];
          if (bits) bits[position >>> 5] = (bits[position >>> 5] ?? 0) | (1 << (position & 31));
        }
      }
    });
    this.#codes = Object.fromEntries(facetNames.map((facet) => [facet, new Map(index.vocab[facet].map((id, code) => [id, code]))])) as Record<FacetName, Map<string, number>>;
    this.#fuse = new Fuse(searchDocuments(index, labels), fuseOptions);
  }

  #all(): Bits {
    const bits = new Uint32Array(this.#words).fill(0xffffffff);
    const extra = this.#index.creators.length & 31;
    if (extra && this.#words > 0) bits[this.#words - 1] = (1 << extra) - 1;
    return bits;
  }

  /** Creators matching one facet's selection, or undefined when nothing is selected in it. */
  #selection(state: SearchState, facet: FacetName): Bits | undefined {
    const { values, mode, exclude } = state.facets[facet];
    if (values.length === 0 && exclude.length === 0) return undefined;
    const bitsOf = (id: string) => this.#bits[facet][this.#codes[facet].get(id) ?? -1] ?? new Uint32Array(this.#words);
    let result: Bits;
    if (values.length === 0) result = this.#all();
    else if (mode === 'all') {
      result = this.#all();
      for (const id of values) bitsOf(id).forEach((word, i) => (result[i] = (result[i] ?? 0) & word));
    } else {
      result = new Uint32Array(this.#words);
      for (const id of values) bitsOf(id).forEach((word, i) => (result[i] = (result[i] ?? 0) | word));
    }
    for (const id of exclude) bitsOf(id).forEach((word, i) => (result[i] = (result[i] ?? 0) & ~word));
    return result;
  }

  /** Runs a search: text first (when there is text), then facets, then counts and sorting. */
  search(state: SearchState): SearchOutcome {
    const text = state.q.trim();
    // One Latin letter says too little to search on; one character of a name in Chinese or
    // Japanese can be the whole first name, so it counts.
    const hits = text.length > 1 || /[^\u0000-\u024f]/u.test(text) ? this.#fuse.search(text) : undefined;
    const textBits = hits ? new Uint32Array(this.#words) : undefined;
    hits?.forEach((hit) => {
      const i = hit.item.index;
      if (textBits) textBits[i >>> 5] = (textBits[i >>> 5] ?? 0) | (1 << (i & 31));
    });

    const selections = Object.fromEntries(facetNames.map((facet) => [facet, this.#selection(state, facet)])) as Record<FacetName, Bits | undefined>;
    const combine = (skip?: FacetName) => {
      const bits = textBits ? textBits.slice() : this.#all();
      for (const facet of facetNames) {
        const selection = selections[facet];
        if (facet !== skip && selection) selection.forEach((word, i) => (bits[i] = (bits[i] ?? 0) & word));
      }
      return bits;
    };

    const counts = Object.fromEntries(
      facetNames.map((facet) => {
        const base = combine(facet);
        return [facet, this.#bits[facet].map((bits) => bits.reduce((sum, word, i) => sum + popcount(word & (base[i] ?? 0)), 0))];
      }),
    ) as Record<FacetName, number[]>;

    const matching = combine();
    const has = (i: number) => ((matching[i >>> 5] ?? 0) & (1 << (i & 31))) !== 0;
    let results: SearchResult[] = hits
      ? hits.filter((hit) => has(hit.item.index)).map((hit) => ({ row: this.#row(hit.item.index), score: hit.score, matches: hit.matches ?? [] }))
      : this.#index.creators.flatMap((row, i) => (has(i) ? [{ row, score: undefined, matches: [] }] : []));

    const name = (row: CreatorRow) => latinName(row[1], row[2]);
    const byName = (a: SearchResult, b: SearchResult) => this.#collator.compare(name(a.row), name(b.row)) || a.row[0].localeCompare(b.row[0]);
    if (state.sort === 'name' || (state.sort === 'relevance' && !hits)) results = results.sort(byName);
    if (state.sort === 'audience') results = results.sort((a, b) => b.row[8] - a.row[8] || byName(a, b));
    if (state.sort === 'latest') results = results.sort((a, b) => b.row[12] - a.row[12] || byName(a, b));
    return { results, counts };
  }

  #row(i: number): CreatorRow {
    const row = this.#index.creators[i];
    if (!row) throw new Error(`No creator at ${i}`);
    return row;
  }
}

/** A string cut into plain and matched parts, from Fuse's match indices, for rendering as text. */
export function highlight(text: string, indices: readonly (readonly [number, number])[] = []): { text: string; match: boolean }[] {
  const parts: { text: string; match: boolean }[] = [];
  let at = 0;
  for (const [start, end] of [...indices].sort((a, b) => a[0] - b[0])) {
    if (end < at) continue;
    const from = Math.max(start, at);
    if (from > at) parts.push({ text: text.slice(at, from), match: false });
    parts.push({ text: text.slice(from, end + 1), match: true });
    at = end + 1;
  }
  if (at < text.length) parts.push({ text: text.slice(at), match: false });
  // Touching ranges read as one highlighted run.
  return parts.reduce<{ text: string; match: boolean }[]>((merged, part) => {
    const last = merged.at(-1);
    if (last && last.match === part.match) last.text += part.text;
    else if (part.text) merged.push({ ...part });
    return merged;
  }, []);
}
