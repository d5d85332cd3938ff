/**
 * What the compare page (/creators/compare/?c=a,b) knows of one creator: a small JSON record per
 * creator and locale, built at build time (/creators/<id>/compare.json), with every label already
 * in the locale's language. The page fetches only the creators it shows, so what it loads does
 * not grow with the directory. Values carry the id they are compared by, so differences are found
 * by id, never by label.
 */
import type { SimilarCreatorFacts } from '#lib/content/similar.ts';
import type { LocaleContext } from '#lib/strings/index.ts';

/** One value in a row of the comparison. */
export interface CompareItem {
  /** What the value is compared by: a taxonomy id, a brand id, a story id. */
  k: string;
  /** What readers see. */
  t: string;
  /** The value's page, where it has one. */
  href?: string;
  /** The language and direction of `t`, where it is not the page's (story titles). */
  lang?: string;
  dir?: 'ltr' | 'rtl';
  /** For a brand mentioned: the day of the latest video that mentions it (YYYY-MM-DD), and that day as readers read it. */
  date?: string;
  when?: string;
  /** For a partnership: the brand, shown before the story's title. */
  brand?: string;
}

/** The rows of the table, in order. */
export const compareRows = [
  'region',
  'country',
  'languages',
  'niches',
  'communities',
  'audience',
  'platforms',
  'mentions',
  'partnerships',
] as const;
export type CompareRow = (typeof compareRows)[number];

export interface CompareRecord {
  v: 1;
  id: string;
  name: string;
  /** The language of the name when it is not in Latin script. */
  nameLang?: string;
  handle?: string;
  /** The profile, in the record's locale. */
  href: string;
  illustrative: boolean;
  rows: Record<CompareRow, CompareItem[]>;
}

/** What the record reads of a creator: what similarity reads, and its name, provenance, platforms and mention dates. */
export type CompareCreatorFacts = SimilarCreatorFacts & {
  data: {
    name: string;
    nameLang?: string | undefined;
    handle?: string | undefined;
    illustrative: boolean;
    platforms: readonly string[];
    mentions: readonly { brand: { id: string }; date: Date }[];
  };
};

/** What the record reads of a story the creator is in (newest first). */
export interface CompareStoryFacts {
  id: string;
  data: { title: string; brand: { id: string } };
}

type Labeller = Pick<LocaleContext, 'label' | 'href' | 'formatDate' | 'foreign'>;

/** A creator's comparison record in a locale; `brandName` names a brand by id, `storyLang` is the language story titles are written in. */
export function compareRecord(
  creator: CompareCreatorFacts,
  stories: readonly CompareStoryFacts[],
  l: Labeller,
  brandName: (id: string) => string,
  storyLang: string,
): CompareRecord {
  const { data } = creator;
  const taxonomy = (
    name:
      | 'regions'
      | 'countries'
      | 'languages'
      | 'niches'
      | 'communities'
      | 'audienceBands'
      | 'platforms',
    ids: readonly (string | undefined)[],
  ): CompareItem[] => ids.flatMap((id) => (id ? [{ k: id, t: l.label(name, id) }] : []));

  // Each brand once, with the day of its latest mention; latest first, then by name.
  const latest = new Map<string, Date>();
  for (const mention of data.mentions) {
    const seen = latest.get(mention.brand.id);
    if (!seen || mention.date > seen) latest.set(mention.brand.id, mention.date);
  }
  const mentions = [...latest]
    .map(([id, date]) => ({ id, date, name: brandName(id) }))
    .sort((a, b) => b.date.getTime() - a.date.getTime() || a.name.localeCompare(b.name, 'en'))
    .map(({ id, date, name }) => ({
      k: id,
      t: name,
      href: l.href(`/brands/${id}/`),
      date: date.toISOString().slice(0, 10),
      when: l.formatDate(date),
    }));

  return {
    v: 1,
    id: creator.id,
    name: data.name,
    ...(data.nameLang ? { nameLang: data.nameLang } : {}),
    ...(data.handle ? { handle: data.handle } : {}),
    href: l.href(`/creators/${creator.id}/`),
    illustrative: data.illustrative,
    rows: {
      region: taxonomy('regions', [data.region]),
      country: taxonomy('countries', [data.country]),
      languages: taxonomy('languages', data.languages),
      niches: taxonomy('niches', data.niches),
      communities: taxonomy('communities', data.communities),
      audience: taxonomy('audienceBands', [data.audience]),
      platforms: taxonomy('platforms', data.platforms),
      mentions,
      partnerships: stories.map((story) => ({
        k: story.id,
        t: story.data.title,
        href: l.href(`/stories/${story.id}/`),
        ...l.foreign(storyLang),
        brand: brandName(story.data.brand.id),
      })),
    },
  };
}
