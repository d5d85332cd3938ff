/**
 * The one place that asks Astro for content. It loads each collection once, checks the rules a
 * schema cannot see on its own (every problem reported at once, with file, line, field and fix),
 * and hands pages ready-made lists and lookups. Pages stay thin and ask only this module.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { formatProblems } from '#lib/content/problems.ts';
import {
  byPublishedDesc,
  mentionsByBrand,
  relatedStoriesIndex,
  showcaseFigures,
} from '#lib/content/queries.ts';
import { validateContent } from '#lib/content/validate-content-fs.ts';
import { latinName as latinSpelling } from '#lib/names.ts';
import {
  buildCreatorIndex,
  buildMentionEvidence,
  storiesByCreator,
} from '#lib/search/creators/build-index.ts';
import { creatorFacets, type CreatorPageFacet } from '#lib/search/creators/facets.ts';
import { groupByFacet } from '#lib/search/facet-pages.ts';
import { pageFacets } from '#lib/search/facets.ts';
import { buildStoryIndex } from '#lib/search/stories/build-index.ts';
import { vocabulariesOf } from '#lib/search/vocabularies.ts';
import { localeOf, taxonomyLabel, type Locale } from '#lib/strings/index.ts';

export type Story = CollectionEntry<'stories'>;
export type Creator = CollectionEntry<'creators'>;
export type Brand = CollectionEntry<'brands'>;
export type Mention = Creator['data']['mentions'][number];

const collator = new Intl.Collator('en', { sensitivity: 'base' });

/** The Latin spelling of a creator's or brand's name, for sorting and share cards. */
function latinName(entry: { data: { name: string; aliases: string[] } }): string {
  return latinSpelling(entry.data.name, entry.data.aliases);
}

async function load() {
  const problems = validateContent(process.cwd());
  if (problems.length > 0) throw new Error(`\n${formatProblems(problems)}\n`);

  const [stories, creators, brands] = await Promise.all([
    getCollection('stories'),
    getCollection('creators'),
    getCollection('brands'),
  ]);
  stories.sort(byPublishedDesc);
  creators.sort((a, b) => collator.compare(latinName(a), latinName(b)) || a.id.localeCompare(b.id));
  brands.sort((a, b) => collator.compare(latinName(a), latinName(b)) || a.id.localeCompare(b.id));

  const creatorById = new Map(creators.map((creator) => [creator.id, creator]));
  const brandById = new Map(brands.map((brand) => [brand.id, brand]));

  /** Looks up a referenced entry; references were checked above, so a miss is a bug. */
  function must<T>(map: Map<string, T>, id: string, what: string): T {
    const entry = map.get(id);
    if (!entry)
      throw new Error(`Missing ${what} "${id}" after validation; this is a bug in src/catalog.ts.`);
    return entry;
  }

  const byCreator = storiesByCreator(stories);
  const storiesWithCreator = (creator: Creator) => byCreator.get(creator.id) ?? [];
  const brandStories = new Map<string, Story[]>();
  for (const story of stories) {
    const list = brandStories.get(story.data.brand.id);
    if (list) list.push(story);
    else brandStories.set(story.data.brand.id, [story]);
  }

  const brandMentions = mentionsByBrand(creators);
  const related = relatedStoriesIndex(stories);

  const brandNames = brands.map((brand) => ({ id: brand.id, name: brand.data.name }));
  const vocabularies = vocabulariesOf(brandNames);

  /** Creators with the stories they appear in, as the facet declaration reads them. */
  const creatorFacts = creators.map((entry) => ({ entry, stories: storiesWithCreator(entry) }));
  let facetPages:
    | { facet: CreatorPageFacet; values: { id: string; members: typeof creatorFacts }[] }[]
    | undefined;
  /** For each creator facet with pages, each value some creator has, in display order, with those creators. */
  const creatorFacetPages = () =>
    (facetPages ??= pageFacets(creatorFacets).map((facet) => {
      const { vocabulary } = creatorFacets[facet];
      return {
        facet,
        values: groupByFacet(creatorFacets[facet], creatorFacts, vocabularies.order(vocabulary)),
      };
    }));

  const creatorNames = (story: Story) =>
    story.data.creators.map((ref) => must(creatorById, ref.id, 'creator').data.name);
  /** What each locale's search islands load: labels in the locale's language. */
  const indexes = new Map<
    Locale,
    { creators: ReturnType<typeof buildCreatorIndex>; stories: ReturnType<typeof buildStoryIndex> }
  >();
  const indexesIn = (value: string | undefined) => {
    const locale = localeOf(value);
    let built = indexes.get(locale);
    if (!built) {
      const labelled = vocabulariesOf(brandNames, (name, id) => taxonomyLabel(locale, name, id));
      built = {
        creators: buildCreatorIndex(creators, stories, labelled),
        stories: buildStoryIndex(stories, creatorNames, labelled),
      };
      indexes.set(locale, built);
    }
    return built;
  };

  return {
    stories,
    creators,
    brands,
    /** The creator search index in a locale (Astro.currentLocale). */
    searchIndex: (locale: string | undefined) => indexesIn(locale).creators,
    /** The story search index in a locale. */
    storyIndex: (locale: string | undefined) => indexesIn(locale).stories,
    mentionEvidence: () => buildMentionEvidence(creators),
    vocabularies,
    creatorFacetPages,
    figures: showcaseFigures(stories, creators, brands.length),
    latinName,
    creator: (id: string) => must(creatorById, id, 'creator'),
    brand: (id: string) => must(brandById, id, 'brand'),
    storyBrand: (story: Story) => must(brandById, story.data.brand.id, 'brand'),
    storyCreators: (story: Story) =>
      story.data.creators.map((ref) => must(creatorById, ref.id, 'creator')),
    storiesWithCreator,
    storiesWithBrand: (brand: Brand) => brandStories.get(brand.id) ?? [],
    mentionsOf: (brand: Brand) => brandMentions.get(brand.id) ?? [],
    related: (story: Story) => related(story),
  };
}

export type Catalog = Awaited<ReturnType<typeof load>>;

let loaded: Promise<Catalog> | undefined;

/** The content, loaded once per build (and afresh on every request in `astro dev`). */
export function getCatalog(): Promise<Catalog> {
  if (import.meta.env.DEV) return load();
  loaded ??= load();
  return loaded;
}

export { render };
