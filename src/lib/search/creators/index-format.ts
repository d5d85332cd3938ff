/**
 * The search index: a compact JSON document generated at build time from the collections
 * (src/pages/search-index.json.ts). Facet values are small integer codes into per-facet
 * vocabularies, and each creator is one array row holding only what search needs, so the file
 * stays small as the directory grows.
 */

/** Evidence for "creators who already mention this brand": per brand id, mentions newest first. */
export type MentionEvidence = Record<string, { handle: string; title: string; date: string; platform: string; url?: string }[]>;

/** Facets a visitor can filter creators by. */
export const facetNames = ['region', 'country', 'language', 'niche', 'community', 'audience', 'industry', 'brand'] as const;
export type FacetName = (typeof facetNames)[number];

/** Facets where a creator can have several values (any/all applies to these). */
export const multiValued: readonly FacetName[] = ['language', 'niche', 'community', 'industry', 'brand'];

/** One creator, as the index stores it: codes instead of ids. */
export type CreatorRow = [
  handle: string,
  name: string,
  aliases: string[],
  region: number,
  country: number,
  languages: number[],
  niches: number[],
  communities: number[],
  audience: number,
  /** Brands the creator mentions in videos. */
  mentions: number[],
  /** Brands the creator has partnered with in a story. */
  partners: number[],
  /** Industries of those partnerships. */
  industries: number[],
  /** Day number (days since 1970-01-01) of the latest partnership story, 0 when none. */
  latest: number,
  /** Themes of those partnerships (codes into `themes`), searched as text. */
  themes: number[],
  /** The platform handle, without @; empty when the creator has none. */
  handle: string,
];

/** Reader-facing labels, parallel to the vocabularies (and to `themes`). */
export type SearchLabels = Record<FacetName | 'theme', string[]>;

export interface SearchIndex {
  v: 2;
  /** For each facet, the ids its codes stand for: code n means vocab[facet][n]. */
  vocab: Record<FacetName, string[]>;
  /** Theme ids that partnerships carry, for text search; rows refer to them by position. */
  themes: string[];
  /** What readers see for each code, so the browser needs no taxonomy module. */
  labels: SearchLabels;
  creators: CreatorRow[];
}

/** What the builder needs to know about a creator. */
export interface CreatorInput {
  /** The creator's id on this site (its file name). */
  id: string;
  /** The platform handle, when the creator has one. */
  handle?: string | undefined;
  name: string;
  aliases: readonly string[];
  region?: string | undefined;
  country?: string | undefined;
  languages: readonly string[];
  niches: readonly string[];
  communities: readonly string[];
  audience?: string | undefined;
  mentions: readonly string[];
  partners: readonly string[];
  industries: readonly string[];
  themes: readonly string[];
  latest?: Date | undefined;
}

const day = 86_400_000;

/**
 * Builds the index. Vocabularies hold only values that occur, in the order given by
 * `order` (the taxonomy's display order), so codes are stable for the same content.
 */
export function buildSearchIndex(
  creators: readonly CreatorInput[],
  order: Record<FacetName, readonly string[]>,
  label: (facet: FacetName | 'theme', id: string) => string,
  themeOrder: readonly string[],
): SearchIndex {
  const used = Object.fromEntries(facetNames.map((facet) => [facet, new Set<string>()])) as Record<FacetName, Set<string>>;
  for (const creator of creators) {
    if (creator.region) used.region.add(creator.region);
    if (creator.country) used.country.add(creator.country);
    if (creator.audience) used.audience.add(creator.audience);
    creator.languages.forEach((value) => used.language.add(value));
    creator.niches.forEach((value) => used.niche.add(value));
    creator.communities.forEach((value) => used.community.add(value));
    creator.industries.forEach((value) => used.industry.add(value));
    [...creator.mentions, ...creator.partners].forEach((value) => used.brand.add(value));
  }
  const vocab = Object.fromEntries(facetNames.map((facet) => [facet, order[facet].filter((id) => used[facet].has(id))])) as Record<FacetName, string[]>;
  const codes = Object.fromEntries(facetNames.map((facet) => [facet, new Map(vocab[facet].map((id, code) => [id, code]))])) as Record<FacetName, Map<string, number>>;
  const one = (facet: FacetName, id: string | undefined) => (id === undefined ? -1 : (codes[facet].get(id) ?? -1));
  const many = (facet: FacetName, ids: readonly string[]) => [...new Set(ids)].map((id) => codes[facet].get(id) ?? -1).filter((code) => code >= 0).sort((a, b) => a - b);

  const usedThemes = new Set(creators.flatMap((creator) => creator.themes));
  const themes = themeOrder.filter((id) => usedThemes.has(id));
  const themeCodes = new Map(themes.map((id, code) => [id, code]));
  const labels = Object.fromEntries(facetNames.map((facet) => [facet, vocab[facet].map((id) => label(facet, id))])) as SearchLabels;
  labels.theme = themes.map((id) => label('theme', id));
  return {
    v: 2,
    vocab,
    themes,
    labels,
    creators: creators.map((creator): CreatorRow => [
      creator.id,
      creator.name,
      [...creator.aliases],
      one('region', creator.region),
      one('country', creator.country),
      many('language', creator.languages),
      many('niche', creator.niches),
      many('community', creator.communities),
      one('audience', creator.audience),
      many('brand', creator.mentions),
      many('brand', creator.partners),
      many('industry', creator.industries),
      creator.latest ? Math.floor(creator.latest.getTime() / day) : 0,
      [...new Set(creator.themes)].map((id) => themeCodes.get(id) ?? -1).filter((code) => code >= 0).sort((a, b) => a - b),
      creator.handle ?? '',
    ]),
  };
}
