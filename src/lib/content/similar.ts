/**
 * Similar creators for every profile, worked out at build time from what each creator carries.
 * The ranking and the reasons are the creator search's own (search/creators/similar.ts), so a
 * profile's list is what "More like this" shows for that creator; this module feeds them the
 * content entries, in the order the index rows carry the same values. src/catalog.ts calls it
 * with the collections.
 */
import type { CreatorFacts } from '#lib/search/creators/facets.ts';
import {
  similarityIndex,
  similarReason as reasonOf,
  type KindValues,
  type Shared,
} from '#lib/search/creators/similar.ts';
import type { LocaleContext } from '#lib/strings/index.ts';

export { maxSimilar, minSimilarScore, candidateCap } from '#lib/search/creators/similar.ts';

/** What the ranking reads of a creator: what the creator search's facets read. */
export type SimilarCreatorFacts = CreatorFacts['entry'];

/** What the ranking reads of a story a creator appears in. */
export interface SimilarStoryFacts {
  data: { brand: { id: string }; themes: readonly string[] };
}

export interface SimilarCreator<C> {
  creator: C;
  score: number;
  /** The ids the two share, by kind. */
  shared: Shared<string>;
}

/** A creator's values by kind, as ids: the values the index codes, in the same order. */
function valuesOf(
  creator: SimilarCreatorFacts,
  stories: readonly SimilarStoryFacts[],
): KindValues<string> {
  const { data } = creator;
  return {
    niches: data.niches,
    languages: data.languages,
    mentioned: data.mentions.map((mention) => mention.brand.id),
    partnered: stories.map((story) => story.data.brand.id),
    communities: data.communities,
    country: data.country ? [data.country] : [],
    region: data.region ? [data.region] : [],
    audience: data.audience ? [data.audience] : [],
    themes: stories.flatMap((story) => story.data.themes),
  };
}

/**
 * Similar creators for every creator, best first; equal scores by name, then id. `storiesOf`
 * gives the stories a creator appears in (newest first, as the index takes them), `nameOf` the
 * name creators are sorted by.
 */
export function similarCreatorsIndex<C extends SimilarCreatorFacts>(
  creators: readonly C[],
  storiesOf: (creator: C) => readonly SimilarStoryFacts[],
  nameOf: (creator: C) => string,
  { count, cap }: { count?: number; cap?: number } = {},
): (creator: C) => SimilarCreator<C>[] {
  const position = new Map(creators.map((creator, index) => [creator.id, index]));
  const at = (index: number) => creators[index] as C;
  const ranked = similarityIndex(
    creators.length,
    (index) => valuesOf(at(index), storiesOf(at(index))),
    (index) => nameOf(at(index)),
    (index) => at(index).id,
    cap === undefined ? {} : { cap },
  );
  return (creator) => {
    const index = position.get(creator.id);
    if (index === undefined) return [];
    return ranked(index, count).map((similar) => ({
      creator: at(similar.position),
      score: similar.score,
      shared: similar.shared,
    }));
  };
}

/**
 * Why two creators are similar, in a few words of a page's locale (see search/creators/similar.ts);
 * `brandName` gives a brand's name from its id.
 */
export function similarReason(
  shared: Shared<string>,
  l: Pick<LocaleContext, 't' | 'lang' | 'intl' | 'label'>,
  brandName: (id: string) => string,
): string {
  return reasonOf(shared, {
    lang: l.lang,
    intl: l.intl,
    text: { ...l.t.similar, listSeparator: l.t.searchCommon.listSeparator },
    label: (vocabulary, id) => l.label(vocabulary, id),
    brand: brandName,
  });
}
