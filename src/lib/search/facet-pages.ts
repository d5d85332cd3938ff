/**
 * Static pages that list entries by one facet value, such as /creators/region/europe/: real,
 * linked pages for visitors without JavaScript and for crawlers. Their path mirrors the search's
 * query string (/creators/?region=europe), so each page can hand over to the interactive search.
 * Which facets have pages is part of each search's facet declaration.
 */
import { valuesOf, type Facet } from './facets.ts';

/** Each value of a facet that some entry has, in `order`, with those entries: one pass over the entries. */
export function groupByFacet<E>(
  facet: Facet<E>,
  entries: readonly E[],
  order: readonly string[],
): { id: string; members: E[] }[] {
  const members = new Map<string, E[]>();
  for (const entry of entries) {
    for (const id of new Set(valuesOf(facet, entry))) {
      const list = members.get(id);
      if (list) list.push(entry);
      else members.set(id, [entry]);
    }
  }
  return order.flatMap((id) => {
    const list = members.get(id);
    return list ? [{ id, members: list }] : [];
  });
}

/** The path of a facet page: the list's own path, then the facet and the value. */
export function facetPagePath(list: 'creators' | 'stories', facet: string, id: string): string {
  return `/${list}/${facet}/${id}/`;
}
