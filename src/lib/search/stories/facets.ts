/**
 * The story search's facets, declared once (see ../facets.ts). Adding a facet is a change to
 * this declaration and to its strings (the legend in strings/en.ts `storySearch.facets`, and
 * page titles in `facetPages.stories` when it has pages).
 */
import type { Facet, PagedFacet, SearchShape } from '../facets.ts';
import { shapeOf } from '../facets.ts';

/** What the facets read of a story entry. */
export interface StoryFacts {
  data: {
    objectives: readonly string[];
    formats: readonly string[];
    themes: readonly string[];
    industry?: string | undefined;
    regions: readonly string[];
    brand: { id: string };
  };
}

/** In display order. */
export const storyFacets = {
  objective: {
    vocabulary: 'objectives',
    multi: true,
    read: (story) => story.data.objectives,
    pages: true,
  },
  format: { vocabulary: 'formats', multi: true, read: (story) => story.data.formats, pages: true },
  theme: { vocabulary: 'themes', multi: true, read: (story) => story.data.themes, pages: true },
  industry: {
    vocabulary: 'industries',
    multi: false,
    read: (story) => story.data.industry,
    pages: true,
  },
  region: { vocabulary: 'regions', multi: true, read: (story) => story.data.regions, pages: true },
  brand: { vocabulary: 'brands', multi: false, read: (story) => story.data.brand.id },
} as const satisfies Record<string, Facet<StoryFacts>>;

export type StoryFacet = keyof typeof storyFacets;

/** The story facets that have static pages (/stories/theme/inclusion/). */
export type StoryPageFacet = PagedFacet<typeof storyFacets>;

export const storySorts = ['relevance', 'newest', 'oldest'] as const;
export type StorySort = (typeof storySorts)[number];

export const storyShape: SearchShape<StoryFacet, StorySort> = shapeOf(storyFacets, storySorts);
