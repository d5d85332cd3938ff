/**
 * Creator search over the build-time index: facet filtering on bitsets, facet counts that
 * follow the rule people expect (a facet's counts ignore that facet's own selection), and
 * typo-forgiving text search that ranks exactly as Fuse.js does over the whole list, without
 * scoring the whole list on every keystroke:
 *
 * - Brands and topics come from small vocabularies, so the matcher scores each distinct string
 *   once per query and every creator multiplies in the scores of the strings it carries.
 * - Names, aliases and handles are personal, so a bigram index narrows them to the creators
 *   that share enough letter pairs with the query (the q-gram lemma: a text within k edits of
 *   an m-letter query shares at least m - 1 - 2k of its bigrams), and only those are scored.
 *
 * The matcher (fuzzy.ts) scores as Fuse does, multiplying one factor per matched field, with
 * each key's weight normalized over all keys; every partial search here carries the same total
 * weight, so the products are the same numbers plain Fuse would compute, multiplied in the
 * same order.
 */
import { FuzzySearch, type FuzzyMatch } from '../fuzzy.ts';
import { latinName } from '#lib/names.ts';
import { dayNumber } from '../days.ts';
import { add, eachBit, FacetBits, pageOf, union, type Bits } from '../facet-bits.ts';
import { fold, foldDocument, fuzzy, searchable, unfoldMatches } from '../text.ts';
import type { SearchState } from '../url-state.ts';
import { Bigrams, maxCandidates } from './bigrams.ts';
import type { CreatorFacet, CreatorSort } from './facets.ts';
import {
  creatorFacetReader,
  field,
  type CreatorRow,
  type MentionEvidence,
  type SearchIndex,
} from './index-format.ts';

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
  /** Position of the creator in the index. */
  index: number;
  row: CreatorRow;
  /** 0 is a perfect match; undefined without a text query. */
  score: number | undefined;
  /** Matched character ranges per field, for highlighting. */
  matches: readonly FuzzyMatch[];
}

export interface SearchOutcome {
  /** How many creators match. */
  total: number;
  /** The page shown (clamped to the pages there are) and how many pages there are. */
  page: number;
  pages: number;
  /** The results on that page, in order. */
  results: SearchResult[];
  /** For each facet, the count per code, ignoring that facet's own selection. */
  counts: Record<CreatorFacet, number[]>;
}

const keys = [
  { name: 'name', weight: 3 },
  { name: 'aliases', weight: 2.5 },
  { name: 'handle', weight: 2 },
  { name: 'brands', weight: 1.5 },
  { name: 'topics', weight: 1 },
] as const;

/** The options of the whole-list Fuse that the engine reproduces (and the benchmark and tests run Fuse with). */
export const fuseOptions = { ...fuzzy, keys: keys.map((key) => ({ ...key })) };

const totalWeight = keys.reduce((sum, key) => sum + key.weight, 0);

/** Options for a search over some of the keys, padded with a key no document has so weights normalize as in the full search. */
function partialOptions(names: readonly (typeof keys)[number]['name'][]) {
  const chosen = keys.filter((key) => names.includes(key.name)).map((key) => ({ ...key }));
  const rest = totalWeight - chosen.reduce((sum, key) => sum + key.weight, 0);
  return {
    ...fuseOptions,
    keys: rest > 0 ? [...chosen, { name: '\u0000', weight: rest }] : chosen,
  };
}

/** The documents plain Fuse would search, one per creator, in index order, folded as the engine folds them. */
export function searchDocuments(index: SearchIndex): SearchDocument[] {
  const facetCodes = creatorFacetReader(index);
  return index.creators.map((row, position) => ({
    index: position,
    ...foldDocument({
      name: row[field.name],
      aliases: row[field.aliases],
      handle: row[field.handle],
      topics: [
        ...facetCodes(row, 'niche').map((code) => index.labels.niche[code] ?? ''),
        ...row[field.themes].map((code) => index.labels.theme[code] ?? ''),
      ],
      brands: brandCodes(row, facetCodes).map((code) => index.labels.brand[code] ?? ''),
    }),
  }));
}

/** Brands a creator is found by: those mentioned, then those partnered with, each once. */
function brandCodes(row: CreatorRow, facetCodes: ReturnType<typeof creatorFacetReader>): number[] {
  return [...new Set([...facetCodes(row, 'brand'), ...row[field.partners]])];
}

/** Per-string scores for one vocabulary (brand names, topic labels): each factor is what plain Fuse multiplies in. */
function vocabularyScores(
  search: FuzzySearch<{ v: string }>,
  size: number,
  pattern: string,
): Float64Array | undefined {
  const hits = search.search(pattern);
  if (hits.length === 0) return undefined;
  const factors = new Float64Array(size).fill(1);
  for (const hit of hits) factors[hit.refIndex] = hit.score;
  return factors;
}

/** Lists of numbers, one per item, laid end to end: where each item's list starts (and the last ends), and the numbers. */
function flat(size: number, listOf: (item: number) => readonly number[]): [Int32Array, Int32Array] {
  const start = new Int32Array(size + 1);
  const lists: (readonly number[])[] = [];
  for (let item = 0; item < size; item++) {
    const list = listOf(item);
    lists.push(list);
    start[item + 1] = (start[item] as number) + list.length;
  }
  const numbers = new Int32Array(start[size] as number);
  lists.forEach((list, item) => numbers.set(list, start[item]));
  return [start, numbers];
}

type PersonalText = Pick<SearchDocument, 'name' | 'aliases' | 'handle'>;

export class CreatorSearch {
  readonly #index: SearchIndex;
  readonly #facets: FacetBits<CreatorFacet>;
  readonly #people: FuzzySearch<PersonalText>;
  readonly #bigrams: Bigrams;
  readonly #brands: FuzzySearch<{ v: string }>;
  readonly #topics: FuzzySearch<{ v: string }>;
  /**
   * Per creator, flat: the brand codes it is found by, and its topic codes (niches, then themes
   * after the niches), read from `#brandStart[doc]` to `#brandStart[doc + 1]` and likewise, so
   * scoring a creator reads numbers in place rather than building lists.
   */
  readonly #brandStart: Int32Array;
  readonly #brandList: Int32Array;
  readonly #topicStart: Int32Array;
  readonly #topicList: Int32Array;
  /** Per brand code, creators who mention or partnered with it; per theme code, creators whose partnerships carry it. */
  readonly #brandBits: Bits[];
  readonly #themeBits: Bits[];
  /** Orders for the sorts that do not depend on the query. */
  readonly #byName: Int32Array;
  readonly #byAudience: Int32Array;
  readonly #byLatest: Int32Array;
  /** Per brand code: the day of each creator's latest mention, once the evidence is known. */
  #mentionDays: Map<number, Map<number, number>> | undefined;

  constructor(index: SearchIndex) {
    this.#index = index;
    const rows = index.creators;
    // Most creators have no aliases, partners or themes, and JSON gives each of those rows empty
    // lists of its own: one shared list serves them all, some megabytes fewer at 100,000 creators.
    const none = Object.freeze([]);
    for (const row of rows as unknown[][])
      row.forEach((value, at) => {
        if (Array.isArray(value) && value.length === 0) row[at] = none;
      });
    // The facets come from the index itself, so the engine shares no code with the page that loads it.
    const facetCodes = creatorFacetReader(index);
    this.#facets = new FacetBits(rows.length, index.facets, index.vocab, (position, facet) =>
      facetCodes(this.#row(position), facet),
    );

    // Names are searched folded (text.ts); matches are mapped back onto the names as written.
    const people = rows.map((row): PersonalText =>
      foldDocument({
        name: row[field.name],
        aliases: row[field.aliases],
        handle: row[field.handle],
      }),
    );
    this.#people = new FuzzySearch(people, partialOptions(['name', 'aliases', 'handle']));
    this.#bigrams = new Bigrams(
      people.map(({ name, aliases, handle }) => [name, ...aliases, ...(handle ? [handle] : [])]),
    );
    this.#brands = new FuzzySearch(
      index.labels.brand.map((v) => ({ v: fold(v) })),
      {
        ...partialOptions(['brands']),
        keys: [
          { name: 'v', weight: 1.5 },
          { name: '\u0000', weight: totalWeight - 1.5 },
        ],
      },
    );
    this.#topics = new FuzzySearch(
      [...index.labels.niche, ...index.labels.theme].map((v) => ({ v: fold(v) })),
      {
        ...partialOptions(['topics']),
        keys: [
          { name: 'v', weight: 1 },
          { name: '\u0000', weight: totalWeight - 1 },
        ],
      },
    );
    const brandLists = rows.map((row) => brandCodes(row, facetCodes));
    const setsOf = (size: number, codesOf: (doc: number) => readonly number[]) => {
      const sets = Array.from({ length: size }, () => this.#facets.none());
      rows.forEach((_, doc) => codesOf(doc).forEach((code) => sets[code] && add(sets[code], doc)));
      return sets;
    };
    this.#brandBits = setsOf(index.labels.brand.length, (doc) => brandLists[doc] ?? []);
    this.#themeBits = setsOf(index.themes.length, (doc) => this.#row(doc)[field.themes]);
    const niches = index.labels.niche.length;
    [this.#brandStart, this.#brandList] = flat(rows.length, (doc) => brandLists[doc] ?? []);
    [this.#topicStart, this.#topicList] = flat(rows.length, (doc) => {
      const row = this.#row(doc);
      return [...facetCodes(row, 'niche'), ...row[field.themes].map((code) => niches + code)];
    });

    const collator = new Intl.Collator('en', { sensitivity: 'base' });
    const names = rows.map((row) => latinName(row[field.name], row[field.aliases]));
    const byName = Int32Array.from(rows.keys()).sort(
      (a, b) =>
        collator.compare(names[a] ?? '', names[b] ?? '') ||
        (rows[a]?.[field.id] ?? '').localeCompare(rows[b]?.[field.id] ?? ''),
    );
    const rank = new Int32Array(rows.length);
    byName.forEach((doc, position) => (rank[doc] = position));
    const by = (value: (row: CreatorRow) => number) =>
      Int32Array.from(byName).sort(
        (a, b) => value(this.#row(b)) - value(this.#row(a)) || (rank[a] ?? 0) - (rank[b] ?? 0),
      );
    this.#byName = byName;
    // Audience codes run from the smallest band to the largest; none is -1.
    this.#byAudience = by((row) => facetCodes(row, 'audience')[0] ?? -1);
    this.#byLatest = by((row) => row[field.latest]);
    this.#rank = rank;
    this.#scores = new Float64Array(rows.length);
    this.#marks = new Uint32Array(rows.length);
  }

  /** Scores reused between queries; `#marks` tells which belong to the current one. */
  readonly #scores: Float64Array;
  readonly #marks: Uint32Array;
  #query = 0;

  readonly #rank: Int32Array;

  /** Positions by name (Latin spelling), then id: the order ties go in. */
  nameOrder(): ArrayLike<number> {
    return this.#byName;
  }

  /** Creators by id, for the shortlist. */
  rows(ids: readonly string[]): CreatorRow[] {
    this.#positions ??= new Map(this.#index.creators.map((row, i) => [row[field.id], i]));
    return ids.flatMap((id) => {
      const position = this.#positions?.get(id);
      return position === undefined ? [] : [this.#row(position)];
    });
  }

  #positions: Map<string, number> | undefined;

  /** With the mention evidence known, picking a brand lists its most recent mentions first. */
  useEvidence(evidence: MentionEvidence): void {
    const position = (this.#positions ??= new Map(
      this.#index.creators.map((row, i) => [row[field.id], i]),
    ));
    this.#mentionDays = new Map(
      this.#index.vocab.brand.map((brand, code) => {
        const days = new Map<number, number>();
        for (const item of evidence[brand] ?? []) {
          const doc = position.get(item.id);
          const when = dayNumber(new Date(`${item.date}T00:00:00Z`));
          if (doc !== undefined && when > (days.get(doc) ?? -Infinity)) days.set(doc, when);
        }
        return [code, days];
      }),
    );
  }

  /**
   * Scores the text against every creator as plain Fuse would, visiting only the creators it
   * can match: the name candidates, and those carrying a matching brand or topic. Returns them
   * in Fuse's order: best score first, then position in the list.
   */
  #text(text: string): {
    order: number[];
    score: (doc: number) => number | undefined;
    /** Matched ranges on the creator's name, aliases and handle as written, for the creators on the page shown. */
    matches: (doc: number) => readonly FuzzyMatch[];
  } {
    const pattern = fold(text);
    const labels = this.#index.labels;
    const brands = vocabularyScores(this.#brands, labels.brand.length, pattern);
    const topics = vocabularyScores(
      this.#topics,
      labels.niche.length + labels.theme.length,
      pattern,
    );

    const candidates = this.#bigrams.candidates(pattern, fuseOptions.threshold, maxCandidates);
    const personal = this.#people.search(pattern, candidates);

    const scores = this.#scores;
    const mark = this.#marks;
    const query = (this.#query = (this.#query + 1) >>> 0 || 1);
    const scored: number[] = [];
    const folded = new Map<number, readonly FuzzyMatch[]>();
    for (const hit of personal) {
      scores[hit.refIndex] = hit.score;
      mark[hit.refIndex] = query;
      scored.push(hit.refIndex);
      folded.set(hit.refIndex, hit.matches);
    }
    const matches = (doc: number): readonly FuzzyMatch[] => {
      const found = folded.get(doc);
      if (!found) return [];
      const row = this.#row(doc);
      return unfoldMatches(found, {
        name: row[field.name],
        aliases: row[field.aliases],
        handle: row[field.handle],
      });
    };
    if (brands || topics) {
      // Creators carrying a matching brand or topic, found through the facet bitsets.
      const touched = this.#facets.none();
      const niches = labels.niche.length;
      brands?.forEach((factor, code) => factor < 1 && union(touched, this.#brandBits[code]));
      topics?.forEach(
        (factor, code) =>
          factor < 1 &&
          union(
            touched,
            code < niches ? this.#facets.of('niche', code) : this.#themeBits[code - niches],
          ),
      );
      const brandStart = this.#brandStart;
      const brandList = this.#brandList;
      const topicStart = this.#topicStart;
      const topicList = this.#topicList;
      eachBit(touched, (doc) => {
        // The same factors in the same order as plain Fuse: brands, then niches, then themes.
        let score = 1;
        if (mark[doc] === query) score = scores[doc] as number;
        else {
          mark[doc] = query;
          scored.push(doc);
        }
        if (brands)
          for (let k = brandStart[doc] as number; k < (brandStart[doc + 1] as number); k++)
            score *= brands[brandList[k] as number] ?? 1;
        if (topics)
          for (let k = topicStart[doc] as number; k < (topicStart[doc + 1] as number); k++)
            score *= topics[topicList[k] as number] ?? 1;
        scores[doc] = score;
      });
    }
    // Many creators share a score (the same brand or topic matched), so group by score and sort the groups.
    const groups = new Map<number, number[]>();
    for (const doc of scored) {
      const score = scores[doc] as number;
      const group = groups.get(score);
      if (group) group.push(doc);
      else groups.set(score, [doc]);
    }
    const order = [...groups.keys()]
      .sort((a, b) => a - b)
      .flatMap((score) => (groups.get(score) ?? []).sort((a, b) => a - b));
    return { order, score: (doc) => (mark[doc] === query ? scores[doc] : undefined), matches };
  }

  /**
   * Runs a search: text first (when there is text), then facets, counts, sorting and the page.
   * `among`, when given, keeps only those positions and is the order of the default sort (the
   * creators most like one, best first: like.ts).
   */
  search(
    state: SearchState<CreatorFacet, CreatorSort>,
    pageSize = Infinity,
    among?: readonly number[],
  ): SearchOutcome {
    const text = state.q.trim();
    const found = searchable(text) ? this.#text(text) : undefined;
    let textBits: Bits | undefined;
    if (found) {
      textBits = this.#facets.none();
      for (const i of found.order) add(textBits, i);
    }
    if (among) {
      textBits = this.#facets.none();
      for (const i of among) if (!found || found.score(i) !== undefined) add(textBits, i);
    }
    const { matching, total, counts } = this.#facets.filter(textBits, state.facets);
    let order: Iterable<number>;
    if (among && state.sort === 'relevance') order = among;
    else if (found && state.sort === 'relevance') order = found.order;
    else if (state.sort === 'audience') order = this.#byAudience;
    else if (state.sort === 'latest') order = this.#byLatest;
    else order = this.#latestMentions(state) ?? this.#byName;

    const { page, pages, positions } = pageOf(order, matching, total, state.page, pageSize);
    const results = positions.map((i): SearchResult => ({
      index: i,
      row: this.#row(i),
      score: found?.score(i),
      matches: found?.matches(i) ?? [],
    }));
    return { total, page, pages, results, counts };
  }

  /** With brands picked and no other order asked for, the most recent mention of them comes first. */
  #latestMentions(state: SearchState<CreatorFacet, CreatorSort>): number[] | undefined {
    const picked = state.facets.brand.values;
    if (state.sort !== 'relevance' || picked.length === 0 || !this.#mentionDays) return undefined;
    const latest = new Map<number, number>();
    for (const brand of picked) {
      for (const [doc, when] of this.#mentionDays.get(this.#facets.code('brand', brand)) ?? [])
        if (when > (latest.get(doc) ?? -Infinity)) latest.set(doc, when);
    }
    const rest = [...this.#byName].filter((doc) => !latest.has(doc));
    return [
      ...[...latest.keys()].sort(
        (a, b) =>
          (latest.get(b) ?? 0) - (latest.get(a) ?? 0) ||
          (this.#rank[a] ?? 0) - (this.#rank[b] ?? 0),
      ),
      ...rest,
    ];
  }

  /** The row at a position; positions come from the index itself, so there always is one. */
  #row(i: number): CreatorRow {
    return this.#index.creators[i] as CreatorRow;
  }
}
