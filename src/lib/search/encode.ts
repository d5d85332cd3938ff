/**
 * Facet values as small integer codes, for the compact search indexes: each facet gets a
 * vocabulary of the values that occur (in display order, so codes are stable for the same
 * content), the labels readers see, and each entry its codes. Runs at build time.
 */
import type { Facet } from './facets.ts';
import { recordOf } from './record.ts';

/** A facet's codes on the wire: one code (-1 for none) for a single-valued facet, a list for a multi-valued one (sorted, or in the entry's own order where the index asks for it). */
export type Codes = number | number[];

export interface FacetCodes<F extends string, E> {
  /** For each facet, the ids its codes stand for: code n is `vocab[facet][n]`. */
  vocab: Record<F, string[]>;
  /** For each facet, what readers see for each code. */
  labels: Record<F, string[]>;
  /** An entry's codes, facet by facet in declaration order. */
  encode: (entry: E) => Codes[];
  /** The codes of some ids in one facet's vocabulary, each once (ids not in it are left out). */
  codes: (facet: F, ids: Iterable<string>) => number[];
}

/**
 * Vocabularies, labels and an encoder for a declaration over some entries. `order` gives every
 * possible id of a vocabulary in display order; `label` what a reader sees for an id; `include`
 * ids a facet's vocabulary must hold besides those entries have (values a row carries elsewhere);
 * `entryOrder` keeps each entry's codes in the order it lists its values (a creator's first
 * language first) rather than sorting them.
 */
export function encodeFacets<F extends string, E>(
  facets: Record<F, Facet<E>>,
  entries: readonly E[],
  order: (vocabulary: Facet<E>['vocabulary']) => readonly string[],
  label: (vocabulary: Facet<E>['vocabulary'], id: string) => string,
  include: Partial<Record<F, Iterable<string>>> = {},
  { entryOrder = false }: { entryOrder?: boolean } = {},
): FacetCodes<F, E> {
  const ids = Object.keys(facets) as F[];
  const read = (facet: F, entry: E): readonly string[] => {
    const value = facets[facet].read(entry);
    return value === undefined ? [] : typeof value === 'string' ? [value] : value;
  };
  const used = recordOf(ids, () => new Set<string>());
  for (const entry of entries)
    for (const facet of ids) for (const id of read(facet, entry)) used[facet].add(id);
  for (const facet of ids) for (const id of include[facet] ?? []) used[facet].add(id);
  const vocab = recordOf(ids, (facet) =>
    order(facets[facet].vocabulary).filter((id) => used[facet].has(id)),
  );
  const codeMaps = recordOf(ids, (facet) => new Map(vocab[facet].map((id, code) => [id, code])));
  const codes = (facet: F, values: Iterable<string>) => {
    const found = [...new Set(values)]
      .map((id) => codeMaps[facet].get(id) ?? -1)
      .filter((code) => code >= 0);
    return entryOrder ? found : found.sort((a, b) => a - b);
  };
  return {
    codes,
    vocab,
    labels: recordOf(ids, (facet) => vocab[facet].map((id) => label(facets[facet].vocabulary, id))),
    encode: (entry) =>
      ids.map((facet) => {
        const found = codes(facet, read(facet, entry));
        return facets[facet].multi ? found : (found[0] ?? -1);
      }),
  };
}

/**
 * Reads a facet's codes from a row, by name: rows hold their facets from position `first` on,
 * in the order the index lists them (an index says its own layout, so readers need no facet
 * declaration).
 */
export function facetReader<F extends string>(
  facets: readonly F[],
  first: number,
): (row: readonly unknown[], facet: F) => readonly number[] {
  const at = new Map(facets.map((facet, index) => [facet, first + index]));
  return (row, facet) => codesOf(row[at.get(facet) ?? -1]);
}

/** The codes a row holds for a facet, as a list, whatever the facet's kind (anything else in that place reads as none). */
export function codesOf(value: unknown): readonly number[] {
  if (typeof value === 'number') return value >= 0 ? [value] : [];
  return Array.isArray(value) ? (value as number[]) : [];
}
