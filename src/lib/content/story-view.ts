/**
 * What a story page shows besides the story's own body, worked out from plain data so the page
 * stays thin and the pieces are tested without Astro: the table of contents, the facts "at a
 * glance", the structured data, the share links and the reading time line.
 */
import type { Speaker } from '#lib/strings/index.ts';
import { facetPagePath, facetSearchPath } from '#lib/search/facet-pages.ts';
import { storyFacets, type StoryFacet } from '#lib/search/stories/facets.ts';
import type { TaxonomyName } from '#lib/taxonomy.ts';

/** What the view reads of a story. */
export interface StoryViewFacts {
  id: string;
  data: {
    title: string;
    summary: string;
    published: Date;
    illustrative: boolean;
    regions: readonly string[];
    industry?: string | undefined;
    objectives: readonly string[];
    formats: readonly string[];
    themes: readonly string[];
    quotes: readonly unknown[];
    sources: readonly unknown[];
  };
}

/** A value in the facts: a label, with a link and a language where it has them. */
export interface FactValue {
  label: string;
  href?: string;
  lang?: string | undefined;
}

export interface Fact {
  term: string;
  values: FactValue[];
}

/** The `lang` and `dir` of text in another language than the page's; none for the page's own. */
export interface TextLanguage {
  lang?: string;
  dir?: 'ltr' | 'rtl';
}

/** An entry of the contents: the body's sections carry the body's language when it is not the page's. */
export interface ContentsItem extends TextLanguage {
  slug: string;
  text: string;
}

/**
 * The contents: key figures, the body's sections, then quotes and sources when there are any.
 * `body` is the language of the body's headings when it is not the page's (an untranslated story).
 */
export function tableOfContents(
  story: StoryViewFacts,
  headings: readonly { depth: number; slug: string; text: string }[],
  { t }: Speaker,
  body: TextLanguage = {},
): ContentsItem[] {
  return [
    { slug: 'key-figures', text: t.story.keyFigures },
    ...headings
      .filter((heading) => heading.depth === 2)
      .map(({ slug, text }) => ({ slug, text, ...body })),
    ...(story.data.quotes.length > 0 ? [{ slug: 'in-their-words', text: t.story.quotes }] : []),
    ...(story.data.sources.length > 0 ? [{ slug: 'sources', text: t.story.sources }] : []),
  ];
}

/** Whether a story facet's value has a static page: the catalog's hasStoryFacetPage. */
export type HasStoryFacetPage = (facet: StoryFacet, id: string) => boolean;

/**
 * Where a story's taxonomy value leads: the static page of the stories that share it
 * (/stories/theme/inclusion/) where it has one, so it works without JavaScript; for a facet
 * without pages (brand), the story search filtered by it. A value of a facet with pages that no
 * story carries (a brand's industry, say) leads nowhere: the search keeps only values some story
 * has, so its link would list every story as if filtered.
 */
export function storyFilterHref(
  facet: StoryFacet,
  id: string,
  hasPage: HasStoryFacetPage,
  l: Pick<Speaker, 'href'>,
): string | undefined {
  if (hasPage(facet, id)) return l.href(facetPagePath('stories', facet, id));
  if ('pages' in storyFacets[facet]) return undefined;
  return l.href(facetSearchPath('stories', facet, id));
}

/**
 * The facts at a glance. A real story says "not stated" where its source is silent; an
 * illustrative one leaves out what it does not have. "Not stated" is never a value to filter by.
 */
export function storyFacts(
  story: StoryViewFacts,
  brand: FactValue,
  creators: readonly FactValue[],
  hasPage: HasStoryFacetPage,
  l: Speaker,
): Fact[] {
  const { data } = story;
  const { t } = l;
  const notStated: FactValue[] = data.illustrative ? [] : [{ label: t.story.notStated }];
  // Each value leads to the stories that share it.
  const labels = (name: TaxonomyName, facet: StoryFacet, ids: readonly string[]) =>
    ids.length > 0
      ? ids.map((id): FactValue => {
          const href = storyFilterHref(facet, id, hasPage, l);
          return { label: l.label(name, id), ...(href ? { href } : {}) };
        })
      : notStated;
  return [
    { term: t.story.brand, values: [brand] },
    { term: t.story.creators, values: creators.length > 0 ? [...creators] : notStated },
    { term: t.story.regions, values: labels('regions', 'region', data.regions) },
    {
      term: t.story.industry,
      values: labels('industries', 'industry', data.industry ? [data.industry] : []),
    },
    { term: t.story.objectives, values: labels('objectives', 'objective', data.objectives) },
    { term: t.story.formats, values: labels('formats', 'format', data.formats) },
    {
      term: t.story.themes,
      values: data.themes.length > 0 ? labels('themes', 'theme', data.themes) : [],
    },
  ].filter((fact) => fact.values.length > 0);
}

/** Where a translated page's original is, and its language. */
export interface OriginalWork {
  url: string;
  inLanguage: string;
}

/**
 * schema.org Article data for the story, in the words and language the page shows it in; a
 * translation names the original it was translated from.
 */
export function storyJsonLd(
  story: StoryViewFacts,
  {
    url,
    image,
    home,
    brand,
    creators,
    inLanguage,
    translationOf,
  }: {
    url: string;
    image: string;
    home: string;
    brand: string;
    creators: readonly string[];
    inLanguage: string;
    translationOf?: OriginalWork | undefined;
  },
  l: Speaker,
) {
  const { data } = story;
  const { t } = l;
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    inLanguage,
    headline: data.title,
    description: data.summary,
    datePublished: data.published.toISOString().slice(0, 10),
    image,
    url,
    mainEntityOfPage: url,
    publisher: { '@type': 'Organization', name: t.site.name, url: home },
    author: { '@type': 'Organization', name: t.site.name },
    about: { '@type': 'Organization', name: brand },
    mentions: creators.map((name) => ({ '@type': 'Person', name })),
    keywords: data.themes
      .map((theme) => l.label('themes', theme))
      .join(t.searchCommon.listSeparator),
    ...(translationOf
      ? {
          translationOfWork: {
            '@type': 'Article',
            url: translationOf.url,
            inLanguage: translationOf.inLanguage,
          },
        }
      : {}),
  };
}

/** Links that share the story by e-mail, on LinkedIn and on X. */
export function shareLinks(
  title: string,
  url: string,
  { t }: Speaker,
): { label: string; href: string }[] {
  const link = encodeURIComponent(url);
  return [
    {
      label: t.story.shareBy.email,
      href: `mailto:?subject=${encodeURIComponent(title)}&body=${link}`,
    },
    {
      label: t.story.shareBy.linkedin,
      href: `https://www.linkedin.com/sharing/share-offsite/?url=${link}`,
    },
    {
      label: t.story.shareBy.x,
      href: `https://x.com/intent/post?url=${link}&text=${encodeURIComponent(title)}`,
    },
  ];
}
