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

function overlap(a: readonly string[], b: readonly string[]): number {
  const set = new Set(a);
  return b.filter((value) => set.has(value)).length;
}

/** How closely two stories are related: shared people weigh most, then brand, industry and ideas. */
export function relatedness(a: StoryFacts, b: StoryFacts): number {
  const ids = (refs: readonly Ref[]) => refs.map((ref) => ref.id);
  return (
    4 * overlap(ids(a.data.creators), ids(b.data.creators)) +
    3 * (a.data.brand.id === b.data.brand.id ? 1 : 0) +
    2 * (a.data.industry !== undefined && a.data.industry === b.data.industry ? 1 : 0) +
    2 * overlap(a.data.themes, b.data.themes) +
    overlap(a.data.regions, b.data.regions) +
    overlap(a.data.formats, b.data.formats)
  );
}

/** The `count` stories most related to `story`, best first, newest first among equals. */
export function relatedStories<S extends StoryFacts>(story: S, all: readonly S[], count = 3): S[] {
  return all
    .filter((other) => other.id !== story.id)
    .map((other) => ({ other, score: relatedness(story, other) }))
    .sort((x, y) => y.score - x.score || byPublishedDesc(x.other, y.other))
    .slice(0, count)
    .map(({ other }) => other);
}

/** A result figure as readers see it: 38%, 2.4×, 1.2M. */
export function formatFigure(value: number, unit: 'count' | 'percent' | 'times'): string {
  if (unit === 'percent') return `${new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(value)}%`;
  if (unit === 'times') return `${new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(value)}×`;
  const compact = Math.abs(value) >= 10_000;
  return new Intl.NumberFormat('en', compact ? { notation: 'compact', maximumFractionDigits: 1 } : {}).format(value);
}

/** A date as readers see it, in UTC so the day never shifts with the build machine's zone. */
export function formatDate(date: Date): string {
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
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

/** Every mention of a brand, with its creator, most recent first. */
export function mentionsOfBrand<C extends CreatorFacts>(brandId: string, creators: readonly C[]) {
  return creators
    .flatMap((creator) =>
      creator.data.mentions
        .filter((mention) => mention.brand.id === brandId)
        .map((mention) => ({ creator, mention: mention as C['data']['mentions'][number] })),
    )
    .sort((a, b) => b.mention.date.getTime() - a.mention.date.getTime() || a.creator.id.localeCompare(b.creator.id));
}

/** Values of a field counted across entries, most common first, then by id. */
export function tally(values: Iterable<string>): { id: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
}
