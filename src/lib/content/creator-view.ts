/**
 * What a creator's profile shows besides its lists, worked out from plain data so the page
 * stays thin and is tested without Astro: the description for search results and previews, and
 * the facts beside the bio.
 */
import { creatorFacets, type CreatorFacet } from '#lib/search/creators/facets.ts';
import { facetValuePath } from '#lib/search/facet-pages.ts';
import type { Speaker } from '#lib/strings/index.ts';
import { languageOf } from '#lib/taxonomy.ts';

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
  values: {
    label: string;
    href?: string;
    native?: { text: string; lang: string; dir: 'ltr' | 'rtl' };
  }[];
}

/**
 * Where a taxonomy value of a creator leads: the static page of creators who share it where the
 * facet has pages (so it works without JavaScript), else the directory search filtered by it.
 */
export function creatorFilterHref(
  facet: CreatorFacet,
  id: string,
  l: Pick<Speaker, 'href'>,
): string {
  return l.href(facetValuePath('creators', facet, id, 'pages' in creatorFacets[facet]));
}

/** "Name (@handle), Country: niches. 2 partnership stories, 3 brand mentions." */
export function creatorDescription(
  creator: CreatorViewFacts,
  latinName: string,
  stories: number,
  mentions: number,
  l: Speaker,
): string {
  const { data } = creator;
  const { t } = l;
  const name = data.handle ? `${latinName} (@${data.handle})` : latinName;
  const place = data.country
    ? l.fill(t.creator.descriptionPlace, { place: l.label('countries', data.country) })
    : '';
  return l.fill(t.creator.description, {
    name,
    place,
    niches: data.niches
      .map((niche) => l.label('niches', niche).toLocaleLowerCase(l.lang))
      .join(t.searchCommon.listSeparator),
    stories: l.plural(t.creator.storyCount, stories),
    mentions: l.plural(t.creator.mentionCount, mentions),
  });
}

/** The facts beside the bio; what is not known says "not stated". */
export function creatorFacts(creator: CreatorViewFacts, l: Speaker): CreatorFact[] {
  const { data } = creator;
  const { t } = l;
  const notStated = [{ label: t.story.notStated }];
  const labels = (values: CreatorFact['values']) => (values.length > 0 ? values : notStated);
  return [
    {
      term: t.creator.region,
      values: labels(
        data.region
          ? [
              {
                label: l.label('regions', data.region),
                href: creatorFilterHref('region', data.region, l),
              },
            ]
          : [],
      ),
    },
    {
      term: t.creator.based,
      values: labels(
        data.country
          ? [
              {
                label: l.label('countries', data.country),
                href: creatorFilterHref('country', data.country, l),
              },
            ]
          : [],
      ),
    },
    {
      term: t.creator.languages,
      values: labels(
        data.languages.map((id) => {
          const language = languageOf(id);
          const label = l.label('languages', id);
          return {
            label,
            href: creatorFilterHref('language', id, l),
            ...(language && language.native !== label
              ? { native: { text: language.native, lang: id, dir: language.dir } }
              : {}),
          };
        }),
      ),
    },
    {
      term: t.creator.niches,
      values: data.niches.map((id) => ({
        label: l.label('niches', id),
        href: creatorFilterHref('niche', id, l),
      })),
    },
    {
      term: t.creator.audience,
      values: labels(
        data.audience
          ? [
              {
                label: l.label('audienceBands', data.audience),
                href: creatorFilterHref('audience', data.audience, l),
              },
            ]
          : [],
      ),
    },
    {
      term: t.creator.platforms,
      values: labels(data.platforms.map((id) => ({ label: l.label('platforms', id) }))),
    },
  ];
}
