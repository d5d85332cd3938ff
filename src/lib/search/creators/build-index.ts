/**
 * Builds the creator search index and the mention evidence from content entries. Plain
 * functions over plain data: src/catalog.ts calls them with the collections, the benchmarks and
 * tests with synthetic entries. Linear in the entries: stories are grouped by creator once.
 */
import { dayNumber } from '../days.ts';
import { encodeFacets } from '../encode.ts';
import { creatorFacets, type CreatorFacet, type CreatorFacts } from './facets.ts';
import type { CreatorRow, MentionEvidence, SearchIndex } from './index-format.ts';

/** What the builder reads of a creator entry. */
export interface CreatorEntry {
  id: string;
  data: CreatorFacts['entry']['data'] & {
    name: string;
    aliases: readonly string[];
    handle?: string | undefined;
    mentions: readonly {
      brand: { id: string };
      title: string;
      date: Date;
      platform: string;
      url?: string | undefined;
    }[];
  };
}

/** What the builder reads of a story entry. */
export interface StoryEntry {
  id: string;
  data: {
    brand: { id: string };
    creators: readonly { id: string }[];
    published: Date;
    industry?: string | undefined;
    themes: readonly string[];
  };
}

import type { Vocabularies } from '../vocabularies.ts';

/** Each creator's stories, newest first, found in one pass over the stories. */
export function storiesByCreator<S extends StoryEntry>(stories: readonly S[]): Map<string, S[]> {
  const byCreator = new Map<string, S[]>();
  for (const story of stories) {
    for (const { id } of story.data.creators) {
      const list = byCreator.get(id);
      if (list) list.push(story);
      else byCreator.set(id, [story]);
    }
  }
  for (const list of byCreator.values())
    list.sort(
      (a, b) => b.data.published.getTime() - a.data.published.getTime() || a.id.localeCompare(b.id),
    );
  return byCreator;
}

/** The creator search index, creators in the order given. */
export function buildCreatorIndex(
  creators: readonly CreatorEntry[],
  stories: readonly StoryEntry[],
  vocabularies: Vocabularies,
): SearchIndex {
  const byCreator = storiesByCreator(stories);
  const facts = creators.map((entry) => ({ entry, stories: byCreator.get(entry.id) ?? [] }));
  // Partnerships are searched by brand name, so the brand vocabulary holds partners as well as mentioned brands.
  const partners = facts.flatMap((fact) => fact.stories.map((story) => story.data.brand.id));
  const { vocab, labels, encode, codes } = encodeFacets(
    creatorFacets,
    facts,
    vocabularies.order,
    vocabularies.label,
    { brand: partners },
    // Similar creators' reasons name shared values in the creator's own order (similar.ts).
    { entryOrder: true },
  );
  const usedThemes = new Set(
    facts.flatMap((fact) => fact.stories.flatMap((story) => story.data.themes)),
  );
  const themes = vocabularies.order('themes').filter((id) => usedThemes.has(id));
  const themeCode = new Map(themes.map((id, index) => [id, index]));
  return {
    v: 3,
    facets: Object.keys(creatorFacets) as CreatorFacet[],
    vocab,
    themes,
    labels: { ...labels, theme: themes.map((id) => vocabularies.label('themes', id)) },
    creators: facts.map(({ entry, stories: own }): CreatorRow => [
      entry.id,
      entry.data.name,
      [...entry.data.aliases],
      entry.data.handle ?? '',
      codes(
        'brand',
        own.map((story) => story.data.brand.id),
      ),
      own[0] ? dayNumber(own[0].data.published) : 0,
      [...new Set(own.flatMap((story) => story.data.themes))]
        .map((id) => themeCode.get(id) ?? -1)
        .filter((found) => found >= 0),
      ...encode({ entry, stories: own }),
    ]),
  };
}

/** Every brand's mentions with their evidence, newest first, for the search's brand view. */
export function buildMentionEvidence(creators: readonly CreatorEntry[]): MentionEvidence {
  const evidence: MentionEvidence = {};
  for (const creator of creators) {
    for (const mention of creator.data.mentions) {
      (evidence[mention.brand.id] ??= []).push({
        id: creator.id,
        title: mention.title,
        date: mention.date.toISOString().slice(0, 10),
        platform: mention.platform,
        ...(mention.url ? { url: mention.url } : {}),
      });
    }
  }
  for (const items of Object.values(evidence))
    items.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
  return evidence;
}
