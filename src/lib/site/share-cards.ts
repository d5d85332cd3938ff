/**
 * Which share cards the site has and what each shows: a card per story, a card per creator who
 * appears in a story, and one card for the directory, which the profiles of other creators
 * share (their own card would only repeat the profile's first line, and at a directory of
 * thousands it would be most of the build's drawing).
 */
import { defaultLocale, type Locale, type Speaker } from '#lib/strings/index.ts';
import type { ShareCard } from './share-card.ts';

/** What the cards need of a locale: its strings, language and direction. */
export type CardSpeaker = Speaker & { locale: Locale; dir: 'ltr' | 'rtl' };

/** Where a locale's cards live: /og/<path>.png in the default locale, /og/<locale>/<path>.png in the others. */
function cardPath(locale: Locale, path: string): string {
  return locale === defaultLocale ? path : `${locale}/${path}`;
}

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
export function creatorCardPath(
  creator: Pick<CreatorCardFacts, 'id' | 'hasStory'>,
  locale: Locale = defaultLocale,
): string {
  return `/og/${cardPath(locale, creator.hasStory ? `creators/${creator.id}` : 'creators')}.png`;
}

/** The path of a story's card in a locale. */
export function storyCardPath(id: string, locale: Locale = defaultLocale): string {
  return `/og/${cardPath(locale, `stories/${id}`)}.png`;
}

/** Every card of a locale, with its path under /og/ (without .png). */
export function shareCards(
  stories: readonly StoryCardFacts[],
  creators: readonly CreatorCardFacts[],
  l: CardSpeaker,
): { path: string; card: ShareCard }[] {
  const { t } = l;
  const base = { siteName: t.site.name, lang: l.lang, dir: l.dir };
  const label = (illustrative: boolean) =>
    illustrative ? t.provenance.illustrative : t.provenance.real;
  return [
    ...stories.map((story) => ({
      path: cardPath(l.locale, `stories/${story.id}`),
      card: {
        ...base,
        eyebrow: story.brand,
        title: story.title,
        detail:
          story.creators.length > 0
            ? l.fill(t.story.with, { names: story.creators.join(t.searchCommon.listSeparator) })
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
          ? l.label('countries', creator.country)
          : creator.region
            ? l.label('regions', creator.region)
            : undefined;
        return {
          path: cardPath(l.locale, `creators/${creator.id}`),
          card: {
            ...base,
            eyebrow: t.creator.shareCardEyebrow,
            title: creator.name,
            detail: [
              creator.handle && `@${creator.handle}`,
              place,
              creator.niches
                .map((niche) => l.label('niches', niche))
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
      path: cardPath(l.locale, 'creators'),
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
