/**
 * The creator search's facets, declared once (see ../facets.ts). Adding a facet is a change to
 * this declaration and to its strings (the legend in strings/en.ts `search.facets`, and page
 * titles in `facetPages.creators` when it has pages).
 */
import type { Facet, PagedFacet, SearchShape } from '../facets.ts';
import { shapeOf } from '../facets.ts';

/** What the facets read: a creator entry, and the stories it appears in. */
export interface CreatorFacts {
  entry: {
    id: string;
    data: {
      region?: string | undefined;
      country?: string | undefined;
      languages: readonly string[];
      niches: readonly string[];
      communities: readonly string[];
      audience?: string | undefined;
      mentions: readonly { brand: { id: string } }[];
    };
  };
  stories: readonly { data: { industry?: string | undefined } }[];
}

/** In display order; the brand facet answers "who already mentions this brand?" (partnerships are searched as text). */
export const creatorFacets = {
  brand: {
    vocabulary: 'brands',
    multi: true,
    read: ({ entry }) => entry.data.mentions.map((mention) => mention.brand.id),
  },
  region: {
    vocabulary: 'regions',
    multi: false,
    read: ({ entry }) => entry.data.region,
    pages: true,
  },
  country: { vocabulary: 'countries', multi: false, read: ({ entry }) => entry.data.country },
  language: {
    vocabulary: 'languages',
    multi: true,
    read: ({ entry }) => entry.data.languages,
    pages: true,
  },
  niche: { vocabulary: 'niches', multi: true, read: ({ entry }) => entry.data.niches, pages: true },
  community: {
    vocabulary: 'communities',
    multi: true,
    read: ({ entry }) => entry.data.communities,
    pages: true,
  },
  audience: { vocabulary: 'audienceBands', multi: false, read: ({ entry }) => entry.data.audience },
  industry: {
    vocabulary: 'industries',
    multi: true,
    read: ({ stories }) =>
      stories.flatMap((story) => (story.data.industry ? [story.data.industry] : [])),
  },
} as const satisfies Record<string, Facet<CreatorFacts>>;

export type CreatorFacet = keyof typeof creatorFacets;

/** The creator facets that have static pages (/creators/region/europe/). */
export type CreatorPageFacet = PagedFacet<typeof creatorFacets>;

export const creatorSorts = ['relevance', 'name', 'audience', 'latest'] as const;
export type CreatorSort = (typeof creatorSorts)[number];

/** The creator search's shape; its views can show the creators most like one ("More like this"). */
export const creatorShape: SearchShape<CreatorFacet, CreatorSort> = {
  ...shapeOf(creatorFacets, creatorSorts),
  like: true,
};
