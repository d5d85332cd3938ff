/**
 * A search's facets, declared once: for each facet (its id is also its URL key), where its
 * values come from, whether an entry can have several, how to read them from an entry, and
 * whether static pages list entries by it. Each search (creators, stories) has one declaration;
 * the index builder, URL state, filter panel and facet pages derive from it.
 */
import type { TaxonomyName } from '#lib/taxonomy.ts';

export interface Facet<Entry> {
  /** Where the values come from: a taxonomy vocabulary, or the brands in content. */
  vocabulary: TaxonomyName | 'brands';
  /** Whether an entry can have several values; any/all applies to these. */
  multi: boolean;
  /** The entry's values, as ids. */
  read: (entry: Entry) => string | undefined | readonly string[];
  /** Whether static pages list entries by each value of this facet. */
  pages?: boolean;
}

/** What a search over some list offers: its facets, which take several values, and its sorts (the first is the default). */
export interface SearchShape<F extends string, S extends string> {
  facets: readonly F[];
  multi: readonly F[];
  sorts: readonly [S, ...S[]];
  /** Whether a view can ask for the entries most like one (`?like=<id>`). */
  like?: boolean;
}

/** The shape of a search from its facet declaration and its sorts. */
export function shapeOf<F extends string, S extends string>(
  facets: Record<F, { multi: boolean }>,
  sorts: readonly [S, ...S[]],
): SearchShape<F, S> {
  const ids = Object.keys(facets) as F[];
  return { facets: ids, multi: ids.filter((id) => facets[id].multi), sorts };
}

/** The ids of a declaration's facets that have static pages. */
export type PagedFacet<D> = { [F in keyof D]: D[F] extends { pages: true } ? F : never }[keyof D] &
  string;

/** The facets of a declaration that have static pages, in declaration order. */
export function pageFacets<D extends { [K in keyof D]: { multi: boolean; pages?: boolean } }>(
  facets: D,
): PagedFacet<D>[] {
  return (Object.keys(facets) as (keyof D & string)[]).filter(
    (id): id is PagedFacet<D> => facets[id].pages === true,
  );
}

/** An entry's values in one facet, as a list. */
export function valuesOf<E>(facet: Facet<E>, entry: E): readonly string[] {
  const value = facet.read(entry);
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : value;
}
