/**
 * Small creator directories for the search tests, built the way the site builds them: entries
 * in the shape the collections give, through the same index builder and vocabularies.
 */
import {
  buildCreatorIndex,
  type CreatorEntry,
  type StoryEntry,
} from '#lib/search/creators/build-index.ts';
import { creatorShape, type CreatorFacet } from '#lib/search/creators/facets.ts';
import type { CreatorState } from '#lib/search/creators/protocol.ts';
import { emptyState } from '#lib/search/url-state.ts';
import { vocabulariesOf } from '#lib/search/vocabularies.ts';

/** A creator as a test writes it: brands as ids, partnerships as brand, industry, themes and date. */
export interface TestCreator {
  id: string;
  name?: string;
  handle?: string;
  aliases?: string[];
  region?: string;
  country?: string;
  languages?: string[];
  niches?: string[];
  communities?: string[];
  audience?: string;
  mentions?: string[];
  partnerships?: { brand: string; industry?: string; themes?: string[]; date?: string }[];
}

/** The entries and stories the builder reads. */
export function entriesOf(people: readonly TestCreator[]): {
  creators: CreatorEntry[];
  stories: StoryEntry[];
} {
  const creators = people.map((person): CreatorEntry => ({
    id: person.id,
    data: {
      name: person.name ?? person.id,
      handle: person.handle ?? person.id,
      aliases: person.aliases ?? [],
      region: person.region,
      country: person.country,
      languages: person.languages ?? [],
      niches: person.niches ?? [],
      communities: person.communities ?? [],
      audience: person.audience,
      mentions: (person.mentions ?? []).map((brand, n) => ({
        brand: { id: brand },
        title: `Video ${n + 1}`,
        date: new Date('2025-01-01T00:00:00Z'),
        platform: 'tiktok',
      })),
    },
  }));
  const stories = people.flatMap((person) =>
    (person.partnerships ?? []).map((partnership, n): StoryEntry => ({
      id: `${person.id}-${n}`,
      data: {
        brand: { id: partnership.brand },
        creators: [{ id: person.id }],
        published: new Date(`${partnership.date ?? '2026-01-01'}T00:00:00Z`),
        industry: partnership.industry,
        themes: partnership.themes ?? [],
      },
    })),
  );
  return { creators, stories };
}

/** The search index of some test creators and brands (brands in display order, with names). */
export function indexOf(
  people: readonly TestCreator[],
  brands: readonly { id: string; name: string }[],
) {
  const { creators, stories } = entriesOf(people);
  return buildCreatorIndex(creators, stories, vocabulariesOf(brands));
}

/** A creator search view: everything, changed by `change`. */
export function view(change: (draft: CreatorState) => void = () => undefined): CreatorState {
  const draft = emptyState(creatorShape);
  change(draft);
  return draft;
}

export type { CreatorFacet };
