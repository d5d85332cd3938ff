/**
 * Taxonomy labels as each locale's strings module holds them: one label per id, per vocabulary
 * a reader sees. English comes from src/lib/taxonomy.ts itself (where editors add a value and
 * its label); other locales write theirs, and may leave out countries and languages, which
 * Intl.DisplayNames names in the reader's language.
 */
import { regions, taxonomy, type RegionId, type TaxonomyId } from '#lib/taxonomy.ts';

/** The vocabularies whose labels every locale writes out. */
export const writtenVocabularies = [
  'regions',
  'niches',
  'communities',
  'audienceBands',
  'industries',
  'objectives',
  'formats',
  'themes',
] as const;
export type WrittenVocabulary = (typeof writtenVocabularies)[number];

/** Labels for every id of the written vocabularies; countries and languages where Intl has no name. */
export type TaxonomyLabels = {
  readonly [N in WrittenVocabulary]: Readonly<Record<TaxonomyId<N>, string>>;
} & {
  readonly countries: Readonly<Partial<Record<TaxonomyId<'countries'>, string>>>;
  readonly languages: Readonly<Partial<Record<TaxonomyId<'languages'>, string>>>;
  /** A sentence on each region's page: who its creators are. */
  readonly regionBlurbs: Readonly<Record<RegionId, string>>;
};

function labels<N extends WrittenVocabulary | 'countries' | 'languages'>(
  name: N,
): Record<TaxonomyId<N>, string> {
  const values: readonly { id: string; label: string }[] = taxonomy[name];
  return Object.fromEntries(values.map((value) => [value.id, value.label])) as Record<
    TaxonomyId<N>,
    string
  >;
}

/** The English labels, from the taxonomy. */
export const englishLabels: TaxonomyLabels = {
  regions: labels('regions'),
  niches: labels('niches'),
  communities: labels('communities'),
  audienceBands: labels('audienceBands'),
  industries: labels('industries'),
  objectives: labels('objectives'),
  formats: labels('formats'),
  themes: labels('themes'),
  countries: labels('countries'),
  languages: labels('languages'),
  regionBlurbs: Object.fromEntries(regions.map((region) => [region.id, region.blurb])) as Record<
    RegionId,
    string
  >,
};
