/**
 * Faceted filtering on bitsets, for any list (creators, partnerships): one bit per item and
 * value, selections with any/all and exclusions, and counts that follow the rule people
 * expect: a facet's counts ignore that facet's own selection, so choosing a second value in
 * the same facet stays possible.
 */

/** A set of items, one bit each. */
export type Bits = Uint32Array;

/** What a visitor chose in one facet. */
export interface FacetSelection {
  /** Values that must match. */
  values: string[];
  /** For multi-valued facets: match any selected value, or all of them. */
  mode: 'any' | 'all';
  /** Values that must not match. */
  exclude: string[];
}

function popcount(word: number): number {
  let value = word - ((word >>> 1) & 0x55555555);
  value = (value & 0x33333333) + ((value >>> 2) & 0x33333333);
  return (((value + (value >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Calls `visit` with each member of a set, in ascending order. */
export function eachBit(bits: Bits, visit: (position: number) => void): void {
  for (let i = 0; i < bits.length; i++) {
    let word = bits[i] as number;
    while (word !== 0) {
      const low = word & -word;
      visit(i * 32 + 31 - Math.clz32(low));
      word ^= low;
    }
  }
}

export class FacetBits<F extends string> {
  readonly size: number;
  readonly words: number;
  readonly #facets: readonly F[];
  readonly #bits: Record<F, Bits[]>;
  readonly #codes: Record<F, Map<string, number>>;
  /**
   * Per facet, every item's codes laid end to end: item i's run from `start[i]` to
   * `start[i + 1]`, for counting by visiting items without building a list for each.
   */
  readonly #flat: Record<F, { start: Int32Array; codes: Int32Array }>;
  /** Counts over every item never change; they are what a visitor sees before typing. */
  readonly #everyone = new Map<F, number[]>();

  /** `vocab[facet][code]` is the id of a value; `valuesOf` gives an item's codes in a facet. */
  constructor(
    size: number,
    facets: readonly F[],
    vocab: Record<F, readonly string[]>,
    valuesOf: (position: number, facet: F) => readonly number[],
  ) {
    this.size = size;
    this.words = Math.ceil(size / 32);
    this.#facets = facets;
    this.#bits = Object.fromEntries(
      facets.map((facet) => [facet, vocab[facet].map(() => this.none())]),
    ) as Record<F, Bits[]>;
    this.#codes = Object.fromEntries(
      facets.map((facet) => [facet, new Map(vocab[facet].map((id, code) => [id, code]))]),
    ) as Record<F, Map<string, number>>;
    const starts = facets.map(() => new Int32Array(size + 1));
    const lists = facets.map((): number[] => []);
    for (let position = 0; position < size; position++) {
      facets.forEach((facet, f) => {
        const list = lists[f] as number[];
        const start = starts[f] as Int32Array;
        for (const code of valuesOf(position, facet)) {
          const bits = this.#bits[facet][code];
          if (bits) add(bits, position);
          list.push(code);
        }
        start[position + 1] = list.length;
      });
    }
    this.#flat = Object.fromEntries(
      facets.map((facet, f) => [
        facet,
        { start: starts[f] as Int32Array, codes: Int32Array.from(lists[f] as number[]) },
      ]),
    ) as Record<F, { start: Int32Array; codes: Int32Array }>;
  }

  none(): Bits {
    return new Uint32Array(this.words);
  }

  all(): Bits {
    const bits = new Uint32Array(this.words).fill(0xffffffff);
    const extra = this.size & 31;
    if (extra && this.words > 0) bits[this.words - 1] = (1 << extra) - 1;
    return bits;
  }

  /** The items having a value, by facet and code. */
  of(facet: F, code: number): Bits | undefined {
    return this.#bits[facet][code];
  }

  code(facet: F, id: string): number {
    return this.#codes[facet].get(id) ?? -1;
  }

  /** Items matching one facet's selection, or undefined when nothing is chosen in it. */
  #selection(facet: F, { values, mode, exclude }: FacetSelection): Bits | undefined {
    if (values.length === 0 && exclude.length === 0) return undefined;
    const bitsOf = (id: string) => this.#bits[facet][this.code(facet, id)] ?? this.none();
    const any = values.length > 0 && mode === 'any';
    const result = any ? this.none() : this.all();
    for (const id of values) {
      if (any) union(result, bitsOf(id));
      else intersect(result, bitsOf(id));
    }
    for (const id of exclude) {
      const bits = bitsOf(id);
      for (let i = 0; i < result.length; i++)
        result[i] = (result[i] as number) & ~(bits[i] as number);
    }
    return result;
  }

  /** How many items in `base` have each value of a facet: by intersecting bitsets, or by visiting the items, whichever is less work. */
  #count(facet: F, base: Bits): number[] {
    const values = this.#bits[facet];
    const members = size(base);
    const everyone = members === this.size;
    const cached = everyone ? this.#everyone.get(facet) : undefined;
    if (cached) return cached;
    let counts: number[];
    if (values.length * this.words <= members * 2) {
      counts = values.map((bits) => {
        let count = 0;
        for (let i = 0; i < bits.length; i++)
          count += popcount((bits[i] as number) & (base[i] as number));
        return count;
      });
    } else {
      const tally = new Int32Array(values.length);
      const { start, codes } = this.#flat[facet];
      eachBit(base, (position) => {
        for (let k = start[position] as number; k < (start[position + 1] as number); k++) {
          const code = codes[k] as number;
          // A code outside the vocabulary (a malformed index) has no count to add to.
          if (code < tally.length) tally[code] = (tally[code] as number) + 1;
        }
      });
      counts = Array.from(tally);
    }
    if (everyone) this.#everyone.set(facet, counts);
    return counts;
  }

  /**
   * Applies the selections to `within` (all items when undefined): the items that match, how
   * many, and for each facet the count per code, ignoring that facet's own selection.
   */
  filter(
    within: Bits | undefined,
    selections: Record<F, FacetSelection>,
  ): { matching: Bits; total: number; counts: Record<F, number[]> } {
    const chosen = Object.fromEntries(
      this.#facets.map((facet) => [facet, this.#selection(facet, selections[facet])]),
    ) as Record<F, Bits | undefined>;
    const combine = (skip?: F) => {
      const bits = within ? within.slice() : this.all();
      for (const facet of this.#facets) {
        const selection = chosen[facet];
        if (facet !== skip && selection) intersect(bits, selection);
      }
      return bits;
    };
    const counts = Object.fromEntries(
      this.#facets.map((facet) => [facet, this.#count(facet, combine(facet))]),
    ) as Record<F, number[]>;
    const matching = combine();
    return { matching, total: size(matching), counts };
  }
}

/** How many items a set holds. */
function size(bits: Bits): number {
  let count = 0;
  for (const word of bits) count += popcount(word);
  return count;
}

/** Adds the members of `other` to `bits`. */
export function union(bits: Bits, other: Bits | undefined): void {
  if (other)
    for (let i = 0; i < bits.length; i++) bits[i] = (bits[i] as number) | (other[i] as number);
}

/** Keeps in `bits` only the members of `other`. */
function intersect(bits: Bits, other: Bits): void {
  for (let i = 0; i < bits.length; i++) bits[i] = (bits[i] as number) & (other[i] as number);
}

/** Adds an item to a set. */
export function add(bits: Bits, position: number): void {
  bits[position >>> 5] = (bits[position >>> 5] ?? 0) | (1 << (position & 31));
}

/** Whether a set holds an item. */
export function has(bits: Bits, position: number): boolean {
  return ((bits[position >>> 5] ?? 0) & (1 << (position & 31))) !== 0;
}

/** One page of `order` (positions, best first), keeping only those in `matching`; a page past the end gives the last. */
export function pageOf(
  order: Iterable<number>,
  matching: Bits,
  total: number,
  wanted: number,
  pageSize: number,
): { page: number; pages: number; positions: number[] } {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, wanted), pages);
  const from = Number.isFinite(pageSize) ? (page - 1) * pageSize : 0;
  const to = Number.isFinite(pageSize) ? from + pageSize : total;
  const positions: number[] = [];
  let seen = 0;
  for (const position of order) {
    if (!has(matching, position)) continue;
    if (seen >= from) positions.push(position);
    seen += 1;
    if (seen >= to) break;
  }
  return { page, pages, positions };
}
