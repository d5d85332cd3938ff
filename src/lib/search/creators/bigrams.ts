/**
 * Candidate narrowing for the creator search: a bigram index over names, aliases and handles,
 * so the matcher scores only the creators that could match (the q-gram lemma: a text within k edits of
 * an m-letter query shares at least m - 1 - 2k of its bigrams).
 */

/** Most creators whose names are scored per query; those sharing the most letter pairs with the query come first. */
export const maxCandidates = 800;

/**
 * Letter pairs of names, aliases and handles, pointing to the strings that have them. The matcher
 * matches each string on its own, so creators are ranked by their best single string.
 */
export class Bigrams {
  readonly #postings = new Map<number, Int32Array>();
  /** The pairs that start with each character, for patterns whose pairs may all be wrong. */
  readonly #pairsFrom = new Map<number, number[]>();
  /** Per string, whether the three-letter search below has collected it. */
  readonly #seen: Uint8Array;
  /** Every string, and the creator it belongs to. */
  readonly #texts: string[];
  readonly #owner: Int32Array;
  readonly #count: Uint8Array;
  readonly #best: Uint8Array;
  /** Length of each string, and per creator the shortest string with the most shared pairs. */
  readonly #length: Uint16Array;
  readonly #shortest: Uint16Array;

  /** `texts[i]` are the strings of creator i, lowercased. */
  constructor(texts: readonly (readonly string[])[]) {
    this.#texts = texts.flat();
    const owner: number[] = [];
    const lists = new Map<number, number[]>();
    texts.forEach((strings, doc) => {
      for (const text of strings) {
        const id = owner.push(doc) - 1;
        for (let i = 0; i + 1 < text.length; i++) {
          const gram = text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1);
          let list = lists.get(gram);
          if (!list) lists.set(gram, (list = []));
          if (list[list.length - 1] !== id) list.push(id);
        }
      }
    });
    for (const [gram, list] of lists) {
      this.#postings.set(gram, Int32Array.from(list));
      const from = Math.floor(gram / 65536);
      const pairs = this.#pairsFrom.get(from);
      if (pairs) pairs.push(gram);
      else this.#pairsFrom.set(from, [gram]);
    }
    this.#seen = new Uint8Array(owner.length);
    this.#owner = Int32Array.from(owner);
    this.#count = new Uint8Array(owner.length);
    this.#best = new Uint8Array(texts.length);
    this.#length = Uint16Array.from(this.#texts, (text) => text.length);
    this.#shortest = new Uint16Array(texts.length);
  }

  /** Creators with a string that could be within the matcher's error budget of the pattern, best first, at most `limit`. */
  candidates(pattern: string, threshold: number, limit: number): number[] {
    const m = pattern.length;
    if (m < 2) {
      const found: number[] = [];
      this.#texts.forEach((text, id) => {
        const doc = this.#owner[id] as number;
        if (found.length < limit && found.at(-1) !== doc && text.includes(pattern)) found.push(doc);
      });
      return found;
    }
    const grams = new Set<number>();
    for (let i = 0; i + 1 < m; i++)
      grams.add(pattern.charCodeAt(i) * 65536 + pattern.charCodeAt(i + 1));
    const errors = Math.floor(threshold * m);
    const lemma = m - 1 - 2 * errors - (m - 1 - grams.size);
    // Patterns over 32 characters are matched in pieces (as Fuse does), any of which may match alone.
    const need = m > 32 ? 1 : Math.max(1, lemma);
    const count = this.#count;
    const touched: number[] = [];
    for (const gram of grams) {
      const list = this.#postings.get(gram);
      if (!list) continue;
      for (const id of list) {
        if (count[id] === 0) touched.push(id);
        count[id] = (count[id] as number) + 1;
      }
    }
    const best = this.#best;
    const docs: number[] = [];
    for (const id of touched) {
      const doc = this.#owner[id] as number;
      const shared = count[id] as number;
      count[id] = 0;
      if (shared < need) continue;
      if (best[doc] === 0) docs.push(doc);
      if (
        shared > (best[doc] as number) ||
        (shared === best[doc] && (this.#length[id] as number) < (this.#shortest[doc] as number))
      ) {
        best[doc] = shared;
        this.#shortest[doc] = this.#length[id] as number;
      }
    }
    const buckets: number[][] = Array.from({ length: grams.size + 1 }, () => []);
    for (const doc of docs) {
      buckets[best[doc] as number]?.push(doc);
      best[doc] = 0;
    }
    const found: number[] = [];
    for (let shared = grams.size; shared >= need && found.length < limit; shared--) {
      const shortest = this.#shortest;
      const bucket = (buckets[shared] ?? []).sort(
        (a, b) => (shortest[a] as number) - (shortest[b] as number) || a - b,
      );
      for (let i = 0; i < bucket.length && found.length < limit; i++)
        found.push(bucket[i] as number);
    }
    if (m === 3 && lemma <= 0) {
      // A three-letter pattern within one error of a text can share none of its letter pairs:
      // "cia" in "coa" or "ca". Such a text holds the pattern's first and last letters side by
      // side, or one apart, so it is in the postings of "c?" and "?a" for some letter.
      const first = pattern.charCodeAt(0) * 65536;
      const last = pattern.charCodeAt(2);
      const seen = this.#seen;
      const ids: number[] = [];
      const collect = (id: number) => {
        if (seen[id] === 0) {
          seen[id] = 1;
          ids.push(id);
        }
      };
      this.#postings.get(first + last)?.forEach(collect);
      // Strings holding both "c?" and "?a" for some letter: each pair's strings, in ascending
      // order, intersected by walking the two lists side by side.
      for (const gram of this.#pairsFrom.get(first / 65536) ?? []) {
        const left = this.#postings.get(gram);
        const right = this.#postings.get((gram - first) * 65536 + last);
        if (!left || !right) continue;
        for (let i = 0, j = 0; i < left.length && j < right.length;) {
          const a = left[i] as number;
          const b = right[j] as number;
          if (a === b) collect(a);
          if (a <= b) i++;
          if (b <= a) j++;
        }
      }
      for (const id of ids) seen[id] = 0;
      const kept = new Set(found);
      for (const id of Int32Array.from(ids).sort()) {
        const doc = this.#owner[id] as number;
        if (found.length < limit && !kept.has(doc)) {
          kept.add(doc);
          found.push(doc);
        }
      }
    }
    return found;
  }
}
