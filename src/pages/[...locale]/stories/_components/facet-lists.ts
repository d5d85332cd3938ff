/**
 * The story facet pages' lists: for each facet with pages, each value some story has, with those
 * stories in the order of /stories/ and, for the links at the foot of every page, how many each
 * value has.
 */
import type { Catalog } from '../../../../catalog';
import { facetLists as lists } from '#lib/search/facet-pages.ts';

export const facetLists = (catalog: Catalog) => lists(catalog.storyFacetPages(), (story) => story);
