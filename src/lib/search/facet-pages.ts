/**
 * Static pages that list entries by one facet value, such as /creators/region/europe/ and
 * /stories/theme/inclusion/: real, linked pages for visitors without JavaScript and for
 * crawlers. Their path mirrors the search's query string (/creators/?region=europe), so each page
 * can hand over to the interactive search. Which facets have pages is part of each search's
 * facet declaration; the creators' and the stories' pages are built by the same code here.
 */
import { creatorFacets } from './creators/facets.ts';
import { pageFacets, valuesOf, type Facet, type PagedFacet } from './facets.ts';
import { pageCount } from './list-pages.ts';
import { storyFacets } from './stories/facets.ts';
import type { Vocabulary } from './vocabularies.ts';

/** The lists that have facet pages, by their path under the site. */
export type FacetList = 'creators' | 'stories';

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

/** A facet with pages, and each of its values that some entry has, with those entries in list order. */
export interface FacetGroup<F extends string, E> {
  facet: F;
  values: { id: string; members: E[] }[];
}

/**
 * For each facet of a declaration that has pages, in declaration order, each value some entry
 * has, in its vocabulary's order, with those entries in the order given: one pass over the
 * entries per facet, once per build.
 */
export function facetGroups<E, D extends { [K in keyof D]: Facet<E> }>(
  facets: D,
  entries: readonly E[],
  order: (vocabulary: Vocabulary) => readonly string[],
): FacetGroup<PagedFacet<D>, E>[] {
  return pageFacets(facets).map((facet) => {
    const declared: Facet<E> = facets[facet];
    return { facet, values: groupByFacet(declared, entries, order(declared.vocabulary)) };
  });
}

/** Whether a value has a page: some entry has it, and its facet has pages. */
export function facetPageFinder(
  groups: readonly FacetGroup<string, unknown>[],
): (facet: string, id: string) => boolean {
  const paged = new Set(
    groups.flatMap(({ facet, values }) => values.map(({ id }) => `${facet}\u0000${id}`)),
  );
  return (facet, id) => paged.has(`${facet}\u0000${id}`);
}

/** One value's list, as its pages show it; `siblings` are every value of the facet, for the links at the foot. */
export interface FacetValueList<F extends string, M> {
  facet: F;
  id: string;
  members: M[];
  siblings: { id: string; count: number }[];
}

/** Every value's list, its entries read with `entryOf` (a creator's facts hold the entry). */
export function facetLists<F extends string, E, M>(
  groups: readonly FacetGroup<F, E>[],
  entryOf: (entry: E) => M,
): FacetValueList<F, M>[] {
  return groups.flatMap(({ facet, values }) => {
    const siblings = values.map(({ id, members }) => ({ id, count: members.length }));
    return values.map(({ id, members }) => ({
      facet,
      id,
      members: members.map(entryOf),
      siblings,
    }));
  });
}

/** What one facet page shows: its value, this page's entries, where it is in the list, and the facet's other values. */
export interface FacetPageProps<F extends string, M> {
  facet: F;
  id: string;
  /** How many entries have this value, on every page. */
  total: number;
  /** This page's entries. */
  members: M[];
  current: number;
  last: number;
  siblings: { id: string; count: number }[];
}

/** Every page of every value's list, `size` entries a page: the routes of both facet page files. */
function facetPages<F extends string, M>(lists: readonly FacetValueList<F, M>[], size: number) {
  return lists.flatMap(({ members, ...list }) => {
    const last = pageCount(members.length, size);
    return Array.from({ length: last }, (_, index) => {
      // A literal, not the interface: Astro's page props must be a plain record.
      const props = {
        ...list,
        total: members.length,
        members: members.slice(index * size, (index + 1) * size),
        current: index + 1,
        last,
      } satisfies FacetPageProps<F, M>;
      return { params: { facet: list.facet, value: list.id }, props };
    });
  });
}

/** The first page of each value's list, at the value's own path (/stories/theme/inclusion/). */
export function firstFacetPages<F extends string, M>(
  lists: readonly FacetValueList<F, M>[],
  size: number,
) {
  return facetPages(lists, size).filter(({ props }) => props.current === 1);
}

/** Pages 2 and on of each value's list (/stories/theme/inclusion/page/2/). */
export function laterFacetPages<F extends string, M>(
  lists: readonly FacetValueList<F, M>[],
  size: number,
) {
  return facetPages(lists, size)
    .filter(({ props }) => props.current > 1)
    .map(({ params, props }) => ({ params: { ...params, page: String(props.current) }, props }));
}

/** The path of a facet page: the list's own path, then the facet and the value. */
export function facetPagePath(list: FacetList, facet: string, id: string): string {
  return `/${list}/${facet}/${encodeURIComponent(id)}/`;
}

/** The list's search filtered by one value (/stories/?theme=inclusion), where a reader refines a facet page. */
export function facetSearchPath(list: FacetList, facet: string, id: string): string {
  return `/${list}/?${facet}=${encodeURIComponent(id)}`;
}

/**
 * Where a value shown as a fact leads: the static page of the entries that share it where it has
 * one (so the link works without JavaScript), else the list's search filtered by it.
 */
export function facetValuePath(list: FacetList, facet: string, id: string, hasPage: boolean) {
  return hasPage ? facetPagePath(list, facet, id) : facetSearchPath(list, facet, id);
}

/**
 * First path segments under a list that other pages take, so no entry may have one as its id:
 * the list's later pages (/stories/page/2/), its facet pages (/stories/theme/…) and, under
 * /creators/, the compare page. The content check reports an entry named so.
 */
export const reservedIds: Readonly<Record<FacetList, readonly string[]>> = {
  creators: ['page', 'compare', ...pageFacets(creatorFacets)],
  stories: ['page', ...pageFacets(storyFacets)],
};
