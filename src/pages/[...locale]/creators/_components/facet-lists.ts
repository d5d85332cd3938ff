/**
 * The creator facet pages' lists: for each facet with pages, each value some creator has, with
 * those creators and, for the links at the foot of every page, how many each value has.
 */
import type { Catalog } from '../../../../catalog';

export function facetLists(catalog: Catalog) {
  return catalog.creatorFacetPages().flatMap(({ facet, values }) => {
    const siblings = values.map(({ id, members }) => ({ id, count: members.length }));
    return values.map(({ id, members }) => ({
      facet,
      id,
      members: members.map((fact) => fact.entry),
      siblings,
    }));
  });
}
