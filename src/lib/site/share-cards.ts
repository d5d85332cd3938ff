/**
 * Which share cards the site has and what each shows: a card per story, a card per creator who
 * appears in a story, and one card for the directory, which the profiles of other creators
 * share (their own card would only repeat the profile's first line, and at a directory of
 * thousands it would be most of the build's drawing).
 */
import { fill } from '#lib/strings/format.ts';
import type { Strings } from '#lib/strings/types.ts';
import { labelOf } from '#lib/taxonomy.ts';
import type { ShareCard } from './share-card.ts';

/** What a story's card shows. */
export interface StoryCardFacts {
  id: string;
  title: string;
  summary: string;
  illustrative: boolean;
  brand: string;
  /** Its creators' names in Latin script. */
  creators: readonly string[];
}

/** What a creator's card shows. */
export interface CreatorCardFacts {
  id: string;
  /** The name in Latin script. */
  name: string;
  handle?: string | undefined;
  country?: string | undefined;
  region?: string | undefined;
  niches: readonly string[];
  illustrative: boolean;
  /** Whether the creator appears in a story; only those have a card of their own. */
  hasStory: boolean;
}

/** The path of a creator's card: their own when they appear in a story, else the directory's. */
export function creatorCardPath(creator: Pick<CreatorCardFacts, 'id' | 'hasStory'>): string {
  return creator.hasStory ? `/og/creators/${creator.id}.png` : '/og/creators.png';
}

/** Every card, with its path under /og/ (without .png). */
export function shareCards(
  stories: readonly StoryCardFacts[],
  creators: readonly CreatorCardFacts[],
  t: Strings,
  lang = 'en',
  dir: 'ltr' | 'rtl' = 'ltr',
): { path: string; card: ShareCard }[] {
  const base = { siteName: t.site.name, lang, dir };
  const label = (illustrative: boolean) =>
    illustrative ? t.provenance.illustrative : t.provenance.real;
  return [
    ...stories.map((story) => ({
      path: `stories/${story.id}`,
      card: {
        ...base,
        eyebrow: story.brand,
        title: story.title,
        detail:
          story.creators.length > 0
            ? fill(t.story.with, { names: story.creators.join(t.searchCommon.listSeparator) })
            : story.summary,
        illustrative: story.illustrative,
        label: label(story.illustrative),
        seed: story.id,
      },
    })),
    ...creators
      .filter((creator) => creator.hasStory)
      .map((creator) => {
        const place = creator.country
          ? labelOf('countries', creator.country)
          : creator.region
            ? labelOf('regions', creator.region)
            : undefined;
        return {
          path: `creators/${creator.id}`,
          card: {
            ...base,
            eyebrow: t.creator.shareCardEyebrow,
            title: creator.name,
            detail: [
              creator.handle && `@${creator.handle}`,
              place,
              creator.niches
                .map((niche) => labelOf('niches', niche))
                .join(t.searchCommon.listSeparator),
            ]
              .filter(Boolean)
              .join(' · '),
            illustrative: creator.illustrative,
            label: label(creator.illustrative),
            seed: creator.id,
          },
        };
      }),
    // The directory holds real and invented creators alike, so its card carries no label.
    {
      path: 'creators',
      card: {
        ...base,
        eyebrow: t.site.name,
        title: t.directory.title,
        detail: t.directory.intro,
        illustrative: false,
        label: '',
        seed: 'creators',
      },
    },
  ];
}
