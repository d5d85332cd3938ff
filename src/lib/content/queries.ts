/**
 * Questions the pages ask of the content, as plain functions over plain data, so they are
 * tested without Astro. `src/catalog.ts` loads the collections once and calls these.
 */
import readingTime from 'reading-time';

interface Ref {
  id: string;
}

/** The fields of a story the queries read. */
export interface StoryFacts {
  id: string;
  data: {
    brand: Ref;
    creators: readonly Ref[];
    published: Date;
    industry?: string | undefined;
    regions: readonly string[];
    themes: readonly string[];
    formats: readonly string[];
  };
}

/** The fields of a creator the queries read. */
export interface CreatorFacts {
  id: string;
  data: {
    region?: string | undefined;
    country?: string | undefined;
    languages: readonly string[];
    mentions: readonly { brand: Ref; date: Date }[];
  };
}

/** Newest first; ties broken by id so builds are reproducible. */
export function byPublishedDesc(a: StoryFacts, b: StoryFacts): number {
  return b.data.published.getTime() - a.data.published.getTime() || a.id.localeCompare(b.id);
}

/** Whole minutes to read a body of text, at least one. */
export function readingMinutes(body: string): number {
  return Math.max(1, Math.round(readingTime(body).minutes));
}

/** What sharing one value of a field adds to two stories' relatedness: shared people weigh most, then brand, industry and ideas. */
const weights = { creators: 4, brand: 3, industry: 2, themes: 2, regions: 1, formats: 1 } as const;

/** A story's values per weighted field. */
function features(story: StoryFacts): [keyof typeof weights, string][] {
  const { data } = story;
  return [
    ...data.creators.map((ref): [keyof typeof weights, string] => ['creators', ref.id]),
    ['brand', data.brand.id],
    ...(data.industry !== undefined ? [['industry', data.industry] as [keyof typeof weights, string]] : []),
    ...[...new Set(data.themes)].map((id): [keyof typeof weights, string] => ['themes', id]),
    ...[...new Set(data.regions)].map((id): [keyof typeof weights, string] => ['regions', id]),
    ...[...new Set(data.formats)].map((id): [keyof typeof weights, string] => ['formats', id]),
  ];
}

/** How closely two stories are related: the weights of the values they share. */
export function relatedness(a: StoryFacts, b: StoryFacts): number {
  const theirs = new Set(features(b).map(([name, id]) => `${name}:${id}`));
  return features(a).reduce((sum, [name, id]) => sum + (theirs.has(`${name}:${id}`) ? weights[name] : 0), 0);
}

/**
 * Related stories for every story, best first, newest first among equals. Each story's scores
 * come from the stories that share a value with it (posting lists built once), never from a
 * scan of the whole list.
 */
export function relatedStoriesIndex<S extends StoryFacts>(all: readonly S[]): (story: S, count?: number) => S[] {
  const postings = new Map<string, number[]>();
  const position = new Map<S, number>();
  all.forEach((story, index) => {
    position.set(story, index);
    for (const [name, id] of features(story)) {
      const key = `${name}:${id}`;
      const list = postings.get(key);
      if (list) list.push(index);
      else postings.set(key, [index]);
    }
  });
  return (story, count = 3) => {
    const self = position.get(story);
    const scores = new Map<number, number>();
    for (const [name, id] of features(story)) {
      for (const other of postings.get(`${name}:${id}`) ?? []) if (other !== self) scores.set(other, (scores.get(other) ?? 0) + weights[name]);
    }
    const ranked = [...scores].map(([index, score]) => ({ other: all[index] as S, score }));
    // When too few stories share anything, the newest of the others fill the places.
    if (ranked.length < count) {
      const rest = all.filter((other) => other !== story && !scores.has(position.get(other) ?? -1)).sort(byPublishedDesc);
      ranked.push(...rest.slice(0, count - ranked.length).map((other) => ({ other, score: 0 })));
    }
    return ranked
      .sort((x, y) => y.score - x.score || byPublishedDesc(x.other, y.other))
      .slice(0, count)
      .map(({ other }) => other);
  };
}

/** The `count` stories most related to `story`, best first, newest first among equals. */
export function relatedStories<S extends StoryFacts>(story: S, all: readonly S[], count = 3): S[] {
  return relatedStoriesIndex(all)(story, count);
}

/** A date as a machine-readable YYYY-MM-DD string for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Figures about the showcase itself, computed from the content. */
export function showcaseFigures(stories: readonly StoryFacts[], creators: readonly CreatorFacts[], brandCount: number) {
  const regions = new Set<string>();
  const countries = new Set<string>();
  const languages = new Set<string>();
  for (const creator of creators) {
    if (creator.data.region) regions.add(creator.data.region);
    if (creator.data.country) countries.add(creator.data.country);
    creator.data.languages.forEach((language) => languages.add(language));
  }
  stories.forEach((story) => story.data.regions.forEach((region) => regions.add(region)));
  return {
    stories: stories.length,
    creators: creators.length,
    brands: brandCount,
    regions: regions.size,
    countries: countries.size,
    languages: languages.size,
    mentions: creators.reduce((sum, creator) => sum + creator.data.mentions.length, 0),
  };
}

/** Every brand's mentions, each with its creator, most recent first: one pass over the creators. */
export function mentionsByBrand<C extends CreatorFacts>(creators: readonly C[]): Map<string, { creator: C; mention: C['data']['mentions'][number] }[]> {
  const byBrand = new Map<string, { creator: C; mention: C['data']['mentions'][number] }[]>();
  for (const creator of creators) {
    for (const mention of creator.data.mentions as readonly C['data']['mentions'][number][]) {
      const list = byBrand.get(mention.brand.id);
      if (list) list.push({ creator, mention });
      else byBrand.set(mention.brand.id, [{ creator, mention }]);
    }
  }
  for (const list of byBrand.values()) list.sort((a, b) => b.mention.date.getTime() - a.mention.date.getTime() || a.creator.id.localeCompare(b.creator.id));
  return byBrand;
}

/** Every mention of a brand, with its creator, most recent first. */
export function mentionsOfBrand<C extends CreatorFacts>(brandId: string, creators: readonly C[]) {
  return mentionsByBrand(creators).get(brandId) ?? [];
}

/** Values of a field counted across entries, most common first, then by id. */
export function tally(values: Iterable<string>): { id: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
}
