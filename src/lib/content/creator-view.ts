/**
 * What a creator's profile shows besides its lists, worked out from plain data so the page
 * stays thin and is tested without Astro: the description for search results and previews, and
 * the facts beside the bio.
 */
import { plural, fill } from '#lib/strings/format.ts';
import type { Strings } from '#lib/strings/types.ts';
import { labelOf, languageOf } from '#lib/taxonomy.ts';

/** What the view reads of a creator. */
export interface CreatorViewFacts {
  data: {
    handle?: string | undefined;
    region?: string | undefined;
    country?: string | undefined;
    languages: readonly string[];
    niches: readonly string[];
    audience?: string | undefined;
    platforms: readonly string[];
  };
}

/** One fact: its term, and its values; a language may show its own name too, marked with its language and direction. */
export interface CreatorFact {
  term: string;
  values: { label: string; native?: { text: string; lang: string; dir: 'ltr' | 'rtl' } }[];
}

/** "Name (@handle), Country: niches. 2 partnership stories, 3 brand mentions." */
export function creatorDescription(creator: CreatorViewFacts, latinName: string, stories: number, mentions: number, t: Strings, locale = 'en'): string {
  const { data } = creator;
  const name = data.handle ? `${latinName} (@${data.handle})` : latinName;
  const place = data.country ? fill(t.creator.descriptionPlace, { place: labelOf('countries', data.country) }) : '';
  return fill(t.creator.description, {
    name,
    place,
    niches: data.niches.map((niche) => labelOf('niches', niche).toLowerCase()).join(t.searchCommon.listSeparator),
    stories: plural(t.creator.storyCount, stories, locale),
    mentions: plural(t.creator.mentionCount, mentions, locale),
  }, locale);
}

/** The facts beside the bio; what is not known says "not stated". */
export function creatorFacts(creator: CreatorViewFacts, t: Strings): CreatorFact[] {
  const { data } = creator;
  const notStated = [{ label: t.story.notStated }];
  const labels = (values: { label: string }[]) => (values.length > 0 ? values : notStated);
  return [
    { term: t.creator.region, values: labels(data.region ? [{ label: labelOf('regions', data.region) }] : []) },
    { term: t.creator.based, values: labels(data.country ? [{ label: labelOf('countries', data.country) }] : []) },
    {
      term: t.creator.languages,
      values: labels(
        data.languages.map((id) => {
          const language = languageOf(id);
          return { label: labelOf('languages', id), ...(language && language.native !== language.label ? { native: { text: language.native, lang: id, dir: language.dir } } : {}) };
        }),
      ),
    },
    { term: t.creator.niches, values: data.niches.map((id) => ({ label: labelOf('niches', id) })) },
    { term: t.creator.audience, values: labels(data.audience ? [{ label: labelOf('audienceBands', data.audience) }] : []) },
    { term: t.creator.platforms, values: labels(data.platforms.map((id) => ({ label: labelOf('platforms', id) }))) },
  ];
}
