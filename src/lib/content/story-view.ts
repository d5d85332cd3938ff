/**
 * What a story page shows besides the story's own body, worked out from plain data so the page
 * stays thin and the pieces are tested without Astro: the table of contents, the facts "at a
 * glance", the structured data, the share links and the reading time line.
 */
import type { Speaker } from '#lib/strings/index.ts';
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

/** The contents: key figures, the body's sections, then quotes and sources when there are any. */
export function tableOfContents(story: StoryViewFacts, headings: readonly { depth: number; slug: string; text: string }[], { t }: Speaker): { slug: string; text: string }[] {
  return [
    { slug: 'key-figures', text: t.story.keyFigures },
    ...headings.filter((heading) => heading.depth === 2).map(({ slug, text }) => ({ slug, text })),
    ...(story.data.quotes.length > 0 ? [{ slug: 'in-their-words', text: t.story.quotes }] : []),
    ...(story.data.sources.length > 0 ? [{ slug: 'sources', text: t.story.sources }] : []),
  ];
}

/**
 * The facts at a glance. A real story says "not stated" where its source is silent; an
 * illustrative one leaves out what it does not have. "Not stated" is never a value to filter by.
 */
export function storyFacts(story: StoryViewFacts, brand: FactValue, creators: readonly FactValue[], l: Speaker): Fact[] {
  const { data } = story;
  const { t } = l;
  const notStated: FactValue[] = data.illustrative ? [] : [{ label: t.story.notStated }];
  const labels = (name: TaxonomyName, ids: readonly string[]) => (ids.length > 0 ? ids.map((id) => ({ label: l.label(name, id) })) : notStated);
  return [
    { term: t.story.brand, values: [brand] },
    { term: t.story.creators, values: creators.length > 0 ? [...creators] : notStated },
    { term: t.story.regions, values: labels('regions', data.regions) },
    { term: t.story.industry, values: labels('industries', data.industry ? [data.industry] : []) },
    { term: t.story.objectives, values: labels('objectives', data.objectives) },
    { term: t.story.formats, values: labels('formats', data.formats) },
    { term: t.story.themes, values: data.themes.map((id) => ({ label: l.label('themes', id) })) },
  ].filter((fact) => fact.values.length > 0);
}

/** schema.org Article data for the story. */
export function storyJsonLd(story: StoryViewFacts, { url, image, home, brand, creators, inLanguage }: { url: string; image: string; home: string; brand: string; creators: readonly string[]; inLanguage: string }, l: Speaker) {
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
    keywords: data.themes.map((theme) => l.label('themes', theme)).join(t.searchCommon.listSeparator),
  };
}

/** Links that share the story by e-mail, on LinkedIn and on X. */
export function shareLinks(title: string, url: string, { t }: Speaker): { label: string; href: string }[] {
  const link = encodeURIComponent(url);
  return [
    { label: t.story.shareBy.email, href: `mailto:?subject=${encodeURIComponent(title)}&body=${link}` },
    { label: t.story.shareBy.linkedin, href: `https://www.linkedin.com/sharing/share-offsite/?url=${link}` },
    { label: t.story.shareBy.x, href: `https://x.com/intent/post?url=${link}&text=${encodeURIComponent(title)}` },
  ];
}
