/**
 * Facet vocabularies and reader-facing labels for the search. Kept apart from search-index.ts,
 * which the browser loads, so the taxonomy's labels stay on the server: the page hands the
 * island only the labels its index uses.
 */
import type { FacetName, SearchIndex } from './search-index.ts';
import { labelOf, type TaxonomyName } from './taxonomy.ts';

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

/** Reader-facing labels parallel to an index's vocabularies, so the browser needs no taxonomy. */
export function searchLabels(index: SearchIndex): Record<FacetName | 'theme', string[]> {
  const labels = { brand: index.brandNames, theme: index.themes.map((id) => labelOf('themes', id)) } as Record<FacetName | 'theme', string[]>;
  for (const [facet, vocabulary] of Object.entries(facetVocabulary) as [Exclude<FacetName, 'brand'>, TaxonomyName][]) {
    labels[facet] = index.vocab[facet].map((id) => labelOf(vocabulary, id));
  }
  return labels;
}
