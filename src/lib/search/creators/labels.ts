/**
 * Facet vocabularies and reader-facing labels for the search. Kept apart from index-format.ts,
 * which the browser loads, so the taxonomy stays on the server: the index carries only the
 * labels it uses.
 */
import type { FacetName } from './index-format.ts';
import { labelOf, type TaxonomyName } from '#lib/taxonomy.ts';

/** The taxonomy vocabulary behind each facet; brands are the one facet that comes from content. */
export const facetVocabulary: Record<Exclude<FacetName, 'brand'>, TaxonomyName> = {
  region: 'regions',
  country: 'countries',
  language: 'languages',
  niche: 'niches',
  community: 'communities',
  audience: 'audienceBands',
  industry: 'industries',
};

/** The reader-facing label of a facet value or theme; brands are labelled by the caller. */
export function taxonomyLabel(facet: Exclude<FacetName, 'brand'> | 'theme', id: string): string {
  return labelOf(facet === 'theme' ? 'themes' : facetVocabulary[facet], id);
}
