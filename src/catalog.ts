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
  translationIndex,
} from '#lib/content/queries.ts';
import { similarCreatorsIndex } from '#lib/content/similar.ts';
import { storyInLocale, type StoryShown } from '#lib/content/translation-view.ts';
import { validateContent } from '#lib/content/validate-content-fs.ts';
import { latinName as latinSpelling } from '#lib/names.ts';
import {
  buildCreatorIndex,
  buildMentionEvidence,
  storiesByCreator,
} from '#lib/search/creators/build-index.ts';
import { creatorFacets } from '#lib/search/creators/facets.ts';
import { facetGroups, facetPageFinder } from '#lib/search/facet-pages.ts';
import { buildStoryIndex } from '#lib/search/stories/build-index.ts';
import { storyFacets } from '#lib/search/stories/facets.ts';
import { vocabulariesOf } from '#lib/search/vocabularies.ts';
import { localeOf, taxonomyLabel, type Locale } from '#lib/strings/index.ts';

export type Story = CollectionEntry<'stories'>;
export type Translation = CollectionEntry<'translations'>;
export type Creator = CollectionEntry<'creators'>;
export type Brand = CollectionEntry<'brands'>;
export type Mention = Creator['data']['mentions'][number];

/**
 * A story as a page in one locale shows it: `story` is the entry with its words in the page's
 * language where a translation gives them (for cards, lists, feeds and share cards), `entry` the
 * one whose body the page renders (the translation, or the original).
 */
export interface StoryInLocale extends StoryShown<Story['data']> {
  story: Story;
  entry: Story | Translation;
}

/** A value worked out the first time it is asked for, then kept. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

const collator = new Intl.Collator('en', { sensitivity: 'base' });

/** The Latin spelling of a creator's or brand's name, for sorting and share cards. */
function latinName(entry: { data: { name: string; aliases: string[] } }): string {
  return latinSpelling(entry.data.name, entry.data.aliases);
}

async function load() {
  const problems = validateContent(process.cwd());
  if (problems.length > 0) throw new Error(`\n${formatProblems(problems)}\n`);

  const [stories, translations, creators, brands] = await Promise.all([
    getCollection('stories'),
    getCollection('translations'),
    getCollection('creators'),
    getCollection('brands'),
  ]);
  stories.sort(byPublishedDesc);
  creators.sort((a, b) => collator.compare(latinName(a), latinName(b)) || a.id.localeCompare(b.id));
  brands.sort((a, b) => collator.compare(latinName(a), latinName(b)) || a.id.localeCompare(b.id));

  const storyById = new Map(stories.map((story) => [story.id, story]));
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

  const translated = translationIndex(translations);
  const shown = new Map<string, StoryInLocale>();
  /** A story as pages in a locale show it, worked out once per story and locale. */
  const inLocale = (story: Story, value: string | undefined): StoryInLocale => {
    const locale = localeOf(value);
    const key = `${locale}:${story.id}`;
    let view = shown.get(key);
    if (!view) {
      const translation = translated.translationOf(story.id, locale);
      const original = storyById.get(story.id) ?? story;
      const words = storyInLocale(original.data, translation?.data, locale);
      // An untranslated story is the entry itself, so lookups by entry (related stories) still find it.
      const inWords = translation ? { ...original, data: words.data } : original;
      view = { ...words, story: inWords, entry: translation ?? original };
      shown.set(key, view);
    }
    return view;
  };
  const storiesIn = (locale: string | undefined) =>
    stories.map((story) => inLocale(story, locale).story);

  const brandMentions = mentionsByBrand(creators);
  const similar = similarCreatorsIndex(creators, storiesWithCreator, latinName);
  const related = relatedStoriesIndex(stories);

  const brandNames = brands.map((brand) => ({ id: brand.id, name: brand.data.name }));
  const vocabularies = vocabulariesOf(brandNames);

  /** Creators with the stories they appear in, as the facet declaration reads them. */
  const creatorFacts = creators.map((entry) => ({ entry, stories: storiesWithCreator(entry) }));
  /** For each creator facet with pages, each value some creator has, in display order, with those creators. */
  const creatorFacetPages = once(() =>
    facetGroups(creatorFacets, creatorFacts, vocabularies.order),
  );
  /** The static story list's order: real partnerships first, then the illustrative ones. */
  const storyList = [
    ...stories.filter((story) => !story.data.illustrative),
    ...stories.filter((story) => story.data.illustrative),
  ];
  /** For each story facet with pages, each value some story has, in display order, with those stories in list order. */
  const storyFacetPages = once(() => facetGroups(storyFacets, storyList, vocabularies.order));
  const storyPageFinder = once(() => facetPageFinder(storyFacetPages()));

  const storyBrand = (story: Story) => must(brandById, story.data.brand.id, 'brand');
  const storyCreators = (story: Story) =>
    story.data.creators.map((ref) => must(creatorById, ref.id, 'creator'));
  const creatorNames = (story: Story) => storyCreators(story).map((creator) => creator.data.name);
  /** A story's brand's and creators' other names, which the story search finds it by. */
  const storyAliases = (story: Story) => [
    ...storyBrand(story).data.aliases,
    ...storyCreators(story).flatMap((creator) => creator.data.aliases),
  ];
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
        stories: buildStoryIndex(storiesIn(locale), creatorNames, labelled, storyAliases),
      };
      indexes.set(locale, built);
    }
    return built;
  };

  return {
    stories,
    creators,
    brands,
    /** A story as a page in a locale (pageLocale(Astro.url)) shows it: translated, or the original with its language. */
    inLocale,
    /** Every story, newest first, in the words of a locale where translated. */
    storiesIn,
    /** The creator search index in a locale. */
    searchIndex: (locale: string | undefined) => indexesIn(locale).creators,
    /** The story search index in a locale. */
    storyIndex: (locale: string | undefined) => indexesIn(locale).stories,
    mentionEvidence: () => buildMentionEvidence(creators),
    vocabularies,
    creatorFacetPages,
    /** Every story in the order of the static list (/stories/ and the facet pages). */
    storyList,
    storyFacetPages,
    /** Whether a story facet's value has a static page (/stories/theme/inclusion/): some story has it. */
    hasStoryFacetPage: (facet: string, id: string) => storyPageFinder()(facet, id),
    figures: showcaseFigures(stories, creators, brands.length),
    latinName,
    creator: (id: string) => must(creatorById, id, 'creator'),
    brand: (id: string) => must(brandById, id, 'brand'),
    storyBrand,
    storyCreators,
    storiesWithCreator,
    /** Up to six creators most like this one, best first, each with what they share. */
    similarTo: (creator: Creator) => similar(creator),
    storiesWithBrand: (brand: Brand) => brandStories.get(brand.id) ?? [],
    mentionsOf: (brand: Brand) => brandMentions.get(brand.id) ?? [],
    related: (story: Story) => related(storyById.get(story.id) ?? story),
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
