/**
 * Typo-forgiving text matching for both searches, giving the same scores, order and matched
 * ranges as Fuse.js 7.5.0 with the options they use (`fuzzy` in text.ts): a query may match
 * anywhere in a field (Fuse's `ignoreLocation`), weighted keys, lists of strings per key, and
 * Fuse's field-length norm. We keep our own because the creator search page has a JavaScript
 * budget, and Fuse's smallest build also carries what the searches never call (adding and
 * removing documents, token search and its inverted index, logical queries).
 *
 * How a document is scored, as Fuse scores it:
 *
 * - Each string of each key is matched on its own, lowercased, with Bitap (below). A string
 *   equal to the query scores 0; otherwise a string matches when some stretch of it is within
 *   `threshold × query length` edits of the query, and scores errors / query length, at least
 *   0.001. Queries longer than 32 characters are matched in 32-character pieces (Bitap works on
 *   the bits of one 32-bit integer), and score the mean of their pieces.
 * - A matched string counts by its key's weight (over the sum of all weights) times its norm,
 *   1 / √(words in the string) rounded to 3 places, so a match in a short field counts more.
 * - The document's score is the product of score^(weight × norm) over its matched strings, an
 *   exact match counting as 2^-52 so that it still tells weights apart. Lower is better; results
 *   come best first, then in document order.
 */

/** A field documents are searched by, and how much a match in it counts against the others. */
export interface FuzzyKey {
  readonly name: string;
  readonly weight: number;
}

/**
 * What the matcher takes: keys and threshold, and the Fuse options it always behaves as. The
 * fixed ones are spelt out so that options changed for Fuse (the benchmark's and the tests'
 * oracle) stop compiling here rather than quietly ranking differently from it.
 */
export interface FuzzyOptions {
  readonly keys: readonly FuzzyKey[];
  /** Share of the query's length that may be wrong, from 0 (exact) to 1. */
  readonly threshold: number;
  readonly ignoreLocation: true;
  readonly includeScore: true;
  readonly includeMatches: true;
  readonly minMatchCharLength: 1;
}

/** A document: named texts and lists of texts. Keys a document lacks simply never match. */
export type FuzzyDocument = Readonly<Record<string, string | readonly string[] | undefined>>;

/** One matched string, as Fuse reports it. */
export interface FuzzyMatch {
  key: string;
  /** The string as the document holds it (not lowercased). */
  value: string;
  /** Position in the key's list, for a key that holds a list. */
  refIndex?: number;
  /** Matched ranges over the lowercased string, start and end inclusive, in order, never touching. */
  indices: [number, number][];
}

export interface FuzzyResult {
  /** Position of the document in the list given to the search. */
  refIndex: number;
  /** 0 is a perfect match, 1 no match at all. */
  score: number;
  /** Matched strings, by key in the order of the keys, then in list order. */
  matches: FuzzyMatch[];
}

/** Bitap keeps the state of the whole query in the bits of one 32-bit integer. */
const pieceLength = 32;

export class FuzzySearch<D extends FuzzyDocument> {
  /*
   * Every non-blank string of every document, laid end to end (by document, then key, then list
   * position), with its lowercased form (the same string when folding changes nothing), its
   * key's position and its position in the key's list (-1 for a key holding one string). Kept
   * in flat lists, not an object per string, because at 100,000 documents the objects alone
   * would weigh tens of megabytes.
   */
  readonly #texts: string[] = [];
  readonly #lower: string[] = [];
  readonly #key: number[] = [];
  readonly #item: number[] = [];
  /** Where each document's strings start in the lists above, and where the last one's end. */
  readonly #start = [0];
  readonly #keys: readonly string[];
  /** Each key's weight over the sum of all weights. */
  readonly #weights: readonly number[];
  readonly #threshold: number;

  constructor(documents: readonly D[], options: FuzzyOptions) {
    const { keys, threshold } = options;
    // The options are the searches' own constants: checked in development and tests, and left
    // out of the bundle visitors load (plain Node, the benchmark for one, has no import.meta.env).
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- undefined in plain Node
    if (!import.meta.env || import.meta.env.DEV) {
      for (const key of keys) {
        if (!(key.weight > 0 && Number.isFinite(key.weight)))
          throw new Error(`The weight of search key "${key.name}" must be a positive number.`);
      }
      if (!(threshold >= 0 && threshold <= 1))
        throw new Error(`The search threshold must be between 0 and 1, not ${threshold}.`);
    }
    this.#threshold = threshold;
    this.#keys = keys.map((key) => key.name);
    // Summed in key order, as Fuse sums them, so the quotients are the same numbers.
    let total = 0;
    for (const key of keys) total += key.weight;
    this.#weights = keys.map((key) => key.weight / total);
    const keep = (text: unknown, key: number, item: number) => {
      if (typeof text !== 'string' || !text.trim()) return;
      const lower = text.toLowerCase();
      this.#texts.push(text);
      // Most texts are folded already: sharing the string keeps one copy in memory.
      this.#lower.push(lower === text ? text : lower);
      this.#key.push(key);
      this.#item.push(item);
    };
    documents.forEach((document) => {
      this.#keys.forEach((name, key) => {
        const value = document[name];
        if (Array.isArray(value)) value.forEach((text: unknown, item) => keep(text, key, item));
        else keep(value, key, -1);
      });
      this.#start.push(this.#texts.length);
    });
  }

  /**
   * Documents matching `pattern`, best first, then in document order. With `within`, only the
   * documents at those positions (each given once) are scored, and the others are left out,
   * as Fuse does with `setIndexRecords`. A blank pattern matches every document, unscored
   * (score 1, no matches), as Fuse returns its whole list for one.
   */
  search(pattern: string, within?: Iterable<number>): FuzzyResult[] {
    const size = this.#start.length - 1;
    if (!pattern.trim())
      return this.#start.slice(1).map((_, refIndex) => ({ refIndex, score: 1, matches: [] }));
    const query = new Query(pattern.toLowerCase(), this.#threshold);
    const results: FuzzyResult[] = [];
    const visit = (refIndex: number) => {
      const matches: FuzzyMatch[] = [];
      let score = 1;
      const end = this.#start[refIndex + 1] as number;
      for (let at = this.#start[refIndex] as number; at < end; at++) {
        const found = query.match(this.#lower[at] as string);
        if (!found) continue;
        const text = this.#texts[at] as string;
        const keyIndex = this.#key[at] as number;
        const weight = (this.#weights[keyIndex] as number) * fieldNorm(text);
        // A perfect match counts as 2^-52, not 0, so one in a heavier key, or in more keys, still ranks first.
        score *= Math.pow(found.score === 0 ? Number.EPSILON : found.score, weight);
        const match: FuzzyMatch = {
          key: this.#keys[keyIndex] as string,
          value: text,
          indices: found.indices,
        };
        const item = this.#item[at] as number;
        if (item >= 0) match.refIndex = item;
        matches.push(match);
      }
      if (matches.length > 0) results.push({ refIndex, score, matches });
    };
    if (within) for (const refIndex of within) visit(refIndex);
    else for (let refIndex = 0; refIndex < size; refIndex++) visit(refIndex);
    return results.sort((a, b) =>
      a.score === b.score ? a.refIndex - b.refIndex : a.score < b.score ? -1 : 1,
    );
  }
}

/**
 * 1 / √(words), rounded to 3 places: a match in "Kyne" counts more than the same match in a
 * four-word title. Words are what lies between tabs, line breaks, spaces and no-break spaces.
 */
export function fieldNorm(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const separator = (code >= 9 && code <= 13) || code === 32 || code === 160;
    if (!separator && !inWord) words++;
    inWord = !separator;
  }
  // Math.pow, not Math.sqrt, so that the rounding meets exactly the number Fuse computes.
  return Math.round(1000 / Math.pow(words || 1, 0.5)) / 1000;
}

/** A string's match: its score, and the matched ranges. */
interface TextMatch {
  score: number;
  indices: [number, number][];
}

/** One piece of the query, with each of its characters' bit positions for Bitap. */
interface Piece {
  text: string;
  /** Where the piece starts in the query. */
  offset: number;
  /**
   * Per character: bit m - 1 - i for each position i of it in the piece (m its length), 0 for
   * a character not in it. Most text is ASCII, looked up in an array; the rest in a map.
   */
  ascii: Int32Array;
  other: Map<number, number>;
}

const bitsOf = (piece: Piece, code: number): number =>
  code < 128 ? (piece.ascii[code] as number) : (piece.other.get(code) ?? 0);

/*
 * Scratch space shared by every match, grown as longer strings come: Bitap's current and
 * previous rows, each text character's bits in the current piece, and which characters of the
 * text are marked as matched.
 */
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
let charBits = new Int32Array(64);
let marked = new Uint8Array(64);

function reserve(size: number): void {
  if (rowA.length >= size) return;
  const length = Math.max(size, rowA.length * 2);
  rowA = new Int32Array(length);
  rowB = new Int32Array(length);
  charBits = new Int32Array(length);
  marked = new Uint8Array(length);
}

/** A lowercased, non-blank query, cut into the pieces Bitap can hold. */
class Query {
  readonly #text: string;
  readonly #threshold: number;
  readonly #pieces: Piece[];

  constructor(text: string, threshold: number) {
    this.#text = text;
    this.#threshold = threshold;
    // Whole pieces from the start; a remainder is matched as the last 32 characters, which
    // overlap the piece before it.
    const offsets: number[] = [];
    if (text.length <= pieceLength) offsets.push(0);
    else {
      const whole = text.length - (text.length % pieceLength);
      for (let offset = 0; offset < whole; offset += pieceLength) offsets.push(offset);
      if (whole < text.length) offsets.push(text.length - pieceLength);
    }
    this.#pieces = offsets.map((offset) => {
      const piece: Piece = {
        text: text.slice(offset, offset + pieceLength),
        offset,
        ascii: new Int32Array(128),
        other: new Map(),
      };
      const m = piece.text.length;
      for (let i = 0; i < m; i++) {
        const code = piece.text.charCodeAt(i);
        const bit = 1 << (m - 1 - i);
        if (code < 128) piece.ascii[code] = (piece.ascii[code] as number) | bit;
        else piece.other.set(code, (piece.other.get(code) ?? 0) | bit);
      }
      return piece;
    });
  }

  /** How `text` (lowercased, non-blank) matches, or undefined when it does not. */
  match(text: string): TextMatch | undefined {
    if (text === this.#text) return { score: 0, indices: [[0, text.length - 1]] };
    reserve(text.length + pieceLength + 2);
    marked.fill(0, 0, text.length);
    let total = 0;
    let matched = false;
    for (const piece of this.#pieces) {
      const found = this.#matchPiece(piece, text);
      // A piece that does not match still counts, as 1, in the mean over pieces.
      total += found ? Math.max(0.001, found.errors / piece.text.length) : 1;
      if (found?.marked) matched = true;
    }
    if (!matched) return undefined;
    return { score: total / this.#pieces.length, indices: markedRanges(text.length) };
  }

  /**
   * Bitap (Wu and Manber's bit-parallel matching with errors), as Fuse runs it. Row k holds,
   * for each position of the text, which prefixes of the piece end there with at most k errors
   * (a letter wrong, missing or extra); the text is read from its end, so "ends" reads as
   * "starts". Rows are computed for k = 0, 1, … while k errors are within the threshold, and the
   * first row in which the whole piece matches somewhere gives the score: with the location
   * ignored, every match in a row scores the same, k / length.
   *
   * Marks the matched characters: every exact occurrence of the piece, and, from where the best
   * match starts, each character of the next length + k that occurs in the piece. Returns
   * undefined when no row matches; `marked` is false when nothing was marked, and Fuse then
   * takes the piece as not matching, though its score still counts.
   */
  #matchPiece(piece: Piece, text: string): { errors: number; marked: boolean } | undefined {
    const m = piece.text.length;
    const n = text.length;
    // Fuse still expects each piece at its offset in the query: it looks for exact occurrences
    // from there on, and prefers matches that start near it (see below).
    const expected = Math.min(piece.offset, n);
    let anyMarked = false;
    for (
      let at = text.indexOf(piece.text, expected);
      at > -1;
      at = text.indexOf(piece.text, at + m)
    ) {
      marked.fill(1, at, at + m);
      anyMarked = true;
    }

    // The rows run past the end of the text by the piece's length, where no character matches,
    // so that a match may lack its last letters.
    const end = n + m;
    for (let i = 0; i < n; i++) charBits[i] = bitsOf(piece, text.charCodeAt(i));
    for (let i = n; i <= end; i++) charBits[i] = 0;
    const whole = 1 << (m - 1);
    let previous = rowA;
    let row = rowB;
    let best = -1;
    let errors = 0;
    for (; errors < m && errors / m <= this.#threshold; errors++) {
      // Past the end, the first k letters can always be had with k errors.
      row[end + 1] = (1 << errors) - 1;
      let stop = 1;
      for (let j = end; j >= stop; j--) {
        const at = j - 1;
        let bits = (((row[j + 1] as number) << 1) | 1) & (charBits[at] as number);
        // One more error: a letter substituted or inserted (from either neighbour), or deleted.
        if (errors > 0)
          bits |=
            (((previous[j + 1] as number) | (previous[j] as number)) << 1) |
            1 |
            (previous[j + 1] as number);
        row[j] = bits;
        if (bits & whole) {
          best = at;
          // Reading backwards from the end, Fuse settles for the first match at or before the
          // expected offset, and once it has one after it, reads back only as far before the
          // offset as that match lies after it. The first piece is expected at 0, so its best
          // match is the leftmost of the row.
          if (at <= expected) break;
          stop = Math.max(1, 2 * expected - at);
        }
      }
      if (best >= 0) break;
      const done = previous;
      previous = row;
      row = done;
    }
    if (best < 0) return undefined;

    const last = Math.min(n - 1, best + m - 1 + errors);
    for (let at = best; at <= last; at++) {
      if (charBits[at] !== 0) {
        marked[at] = 1;
        anyMarked = true;
      }
    }
    return { errors, marked: anyMarked };
  }
}

/** Runs of marked characters in the first `length`, as inclusive ranges. */
function markedRanges(length: number): [number, number][] {
  const ranges: [number, number][] = [];
  let start = -1;
  for (let i = 0; i <= length; i++) {
    const on = i < length && marked[i] === 1;
    if (on && start < 0) start = i;
    else if (!on && start >= 0) {
      ranges.push([start, i - 1]);
      start = -1;
    }
  }
  return ranges;
}
