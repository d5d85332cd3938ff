/**
 * Static pages that list creators by one facet value, such as /creators/region/europe/: real,
 * linked pages for visitors without JavaScript and for crawlers. Their path mirrors the search's
 * query string (/creators/?region=europe), so each page can hand over to the interactive search.
 */
import type { FacetName } from './index-format.ts';
import { facetVocabulary } from './labels.ts';
import { taxonomy } from '#lib/taxonomy.ts';

export interface FacetPageKind {
  facet: Extract<FacetName, 'region' | 'niche' | 'language' | 'community'>;
  /** The page heading for a value's label. */
  title: (label: string) => string;
  /** The heading of the list of all values of this facet. */
  browse: string;
}

export const facetPageKinds: readonly FacetPageKind[] = [
  { facet: 'region', title: (label) => `Creators in ${label}`, browse: 'By region' },
  { facet: 'language', title: (label) => `Creators who make videos in ${label}`, browse: 'By language' },
  { facet: 'niche', title: (label) => `${label} creators`, browse: 'By niche' },
  { facet: 'community', title: (label) => `Creators: ${label}`, browse: 'By community' },
];

/** The ids a creator has for a facet-page kind. */
export function creatorValues(creator: { region?: string | undefined; languages: readonly string[]; niches: readonly string[]; communities: readonly string[] }, facet: FacetPageKind['facet']): readonly string[] {
  if (facet === 'region') return creator.region ? [creator.region] : [];
  if (facet === 'language') return creator.languages;
  if (facet === 'niche') return creator.niches;
  return creator.communities;
}

/** Creator fields the facet pages read. */
type FacetFields = Parameters<typeof creatorValues>[0];

/** Each value of a kind that some creator has, in taxonomy order, with those creators. */
export function facetValues<C extends { data: FacetFields }>(kind: FacetPageKind, creators: readonly C[]): { id: string; label: string; members: C[] }[] {
  return taxonomy[facetVocabulary[kind.facet]]
    .map((value) => ({ id: value.id, label: value.label, members: creators.filter((creator) => creatorValues(creator.data, kind.facet).includes(value.id)) }))
    .filter(({ members }) => members.length > 0);
}

/** Path of a facet page. */
export function facetPagePath(facet: FacetPageKind['facet'], id: string): string {
  return `/creators/${facet}/${id}/`;
}
