/**
 * The one place that asks Astro for content. It loads each collection once, checks the rules a
 * schema cannot see on its own (every problem reported at once, with file, line, field and fix),
 * and hands pages ready-made lists and lookups. Pages stay thin and ask only this module.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { formatProblems } from '#lib/content/problems.ts';
import { latinName as latinSpelling } from '#lib/names.ts';
import { byPublishedDesc, mentionsOfBrand, relatedStories, showcaseFigures } from '#lib/content/queries.ts';
import { buildSearchIndex, type FacetName, type MentionEvidence, type SearchIndex } from '#lib/search/creators/index-format.ts';
import { facetVocabulary, taxonomyLabel } from '#lib/search/creators/labels.ts';
import { buildStoryIndex, type StoryFacet } from '#lib/search/stories/engine.ts';
import { idsOf, labelOf } from '#lib/taxonomy.ts';
import { validateContent } from '#lib/content/validate-content-fs.ts';

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
    if (!entry) throw new Error(`Missing ${what} "${id}" after validation; this is a bug in src/catalog.ts.`);
    return entry;
  }

  const storiesWithCreator = (creator: Creator) => stories.filter((story) => story.data.creators.some((ref) => ref.id === creator.id));

  /** The creator search index (see src/lib/search/creators/index-format.ts). */
  function searchIndex(): SearchIndex {
    const order = Object.fromEntries([
      ...Object.entries(facetVocabulary).map(([facet, vocabulary]) => [facet, idsOf(vocabulary)]),
      ['brand', brands.map((brand) => brand.id)],
    ]) as Record<FacetName, readonly string[]>;
    const rows = creators.map((creator) => {
      const partnered = storiesWithCreator(creator);
      return {
        id: creator.id,
        handle: creator.data.handle,
        name: creator.data.name,
        aliases: creator.data.aliases,
        region: creator.data.region,
        country: creator.data.country,
        languages: creator.data.languages,
        niches: creator.data.niches,
        communities: creator.data.communities,
        audience: creator.data.audience,
        mentions: creator.data.mentions.map((mention) => mention.brand.id),
        partners: partnered.map((story) => story.data.brand.id),
        industries: partnered.flatMap((story) => (story.data.industry ? [story.data.industry] : [])),
        themes: partnered.flatMap((story) => story.data.themes),
        latest: partnered[0]?.data.published,
      };
    });
    const brandNames = new Map(brands.map((brand) => [brand.id, brand.data.name]));
    return buildSearchIndex(rows, order, (facet, id) => (facet === 'brand' ? (brandNames.get(id) ?? id) : taxonomyLabel(facet, id)), idsOf('themes'));
  }

  /** Every brand's mentions with their evidence, newest first, for the search's brand view. */
  function mentionEvidence(): MentionEvidence {
    return Object.fromEntries(
      brands.map((brand) => [
        brand.id,
        mentionsOfBrand(brand.id, creators).map(({ creator, mention }) => ({
          handle: creator.id,
          title: mention.title,
          date: mention.date.toISOString().slice(0, 10),
          platform: mention.platform,
          ...(mention.url ? { url: mention.url } : {}),
        })),
      ]),
    );
  }

  const index = searchIndex();

  /** The partnership search index (see src/lib/search/stories/engine.ts). */
  function storyIndex() {
    const vocabularies = { objective: 'objectives', format: 'formats', theme: 'themes', industry: 'industries', region: 'regions' } as const;
    const order: Record<StoryFacet, readonly string[]> = {
      objective: idsOf('objectives'),
      format: idsOf('formats'),
      theme: idsOf('themes'),
      industry: idsOf('industries'),
      region: idsOf('regions'),
      brand: brands.map((brand) => brand.id),
    };
    const brandNames = new Map(brands.map((brand) => [brand.id, brand.data.name]));
    return buildStoryIndex(
      stories.map((story) => ({
        slug: story.id,
        title: story.data.title,
        summary: story.data.summary,
        creators: story.data.creators.map((ref) => must(creatorById, ref.id, 'creator').data.name),
        objectives: story.data.objectives,
        formats: story.data.formats,
        themes: story.data.themes,
        industry: story.data.industry,
        regions: story.data.regions,
        brand: story.data.brand.id,
        published: story.data.published,
        illustrative: story.data.illustrative,
      })),
      order,
      (facet, id) => (facet === 'brand' ? (brandNames.get(id) ?? id) : labelOf(vocabularies[facet], id)),
    );
  }

  return {
    stories,
    creators,
    brands,
    searchIndex: index,
    storyIndex: storyIndex(),
    mentionEvidence,
    figures: showcaseFigures(stories, creators, brands.length),
    latinName,
    creator: (id: string) => must(creatorById, id, 'creator'),
    brand: (id: string) => must(brandById, id, 'brand'),
    storyBrand: (story: Story) => must(brandById, story.data.brand.id, 'brand'),
    storyCreators: (story: Story) => story.data.creators.map((ref) => must(creatorById, ref.id, 'creator')),
    storiesWithCreator,
    storiesWithBrand: (brand: Brand) => stories.filter((story) => story.data.brand.id === brand.id),
    mentionsOf: (brand: Brand) => mentionsOfBrand(brand.id, creators),
    related: (story: Story) => relatedStories(story, stories),
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
