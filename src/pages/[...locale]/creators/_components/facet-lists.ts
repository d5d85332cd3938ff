/**
 * The creator facet pages' lists: for each facet with pages, each value some creator has, with
 * those creators and, for the links at the foot of every page, how many each value has.
 */
import type { Catalog } from '../../../../catalog';
import { facetLists as lists } from '#lib/search/facet-pages.ts';

export const facetLists = (catalog: Catalog) =>
  lists(catalog.creatorFacetPages(), (fact) => fact.entry);
