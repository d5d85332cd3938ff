/**
 * The vocabularies the index builders code facets against: every taxonomy id in display order
 * with its label, and the brands from content. Build-time only (it carries the taxonomy), for
 * src/catalog.ts, the benchmarks and the tests alike.
 */
import { idsOf, labelOf, type TaxonomyName } from '#lib/taxonomy.ts';
import type { Facet } from './facets.ts';

export type Vocabulary = Facet<unknown>['vocabulary'];

export interface Vocabularies {
  /** Every id of a vocabulary, in display order. */
  order: (vocabulary: Vocabulary) => readonly string[];
  /** What a reader sees for an id. */
  label: (vocabulary: Vocabulary, id: string) => string;
}

/** Vocabularies from the taxonomy and a list of brands (in display order, with their names). */
export function vocabulariesOf(
  brands: readonly { id: string; name: string }[],
  label: (vocabulary: TaxonomyName, id: string) => string = labelOf,
): Vocabularies {
  const brandIds = brands.map((brand) => brand.id);
  const brandNames = new Map(brands.map((brand) => [brand.id, brand.name]));
  return {
    order: (vocabulary) => (vocabulary === 'brands' ? brandIds : idsOf(vocabulary)),
    label: (vocabulary, id) =>
      vocabulary === 'brands' ? (brandNames.get(id) ?? id) : label(vocabulary, id),
  };
}
