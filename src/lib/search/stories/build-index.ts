/**
 * Builds the story search index from story entries: plain data in, plain data out, so
 * src/catalog.ts, the benchmarks and the tests call the same function.
 */
import { dayNumber } from '../days.ts';
import { encodeFacets } from '../encode.ts';
import type { Vocabularies } from '../vocabularies.ts';
import { storyFacets, type StoryFacet, type StoryFacts } from './facets.ts';
import type { StoryIndex, StoryRow } from './index-format.ts';

/** What the builder reads of a story entry, with its creators' names. */
export interface StoryEntry extends StoryFacts {
  id: string;
  data: StoryFacts['data'] & {
    title: string;
    summary: string;
    published: Date;
    illustrative: boolean;
  };
}

/**
 * The story index, stories in the order given. `otherNames` gives a story's brand's and creators'
 * aliases, so a story is found by any name its brand or creators go by.
 */
export function buildStoryIndex<S extends StoryEntry>(
  stories: readonly S[],
  creatorNames: (story: S) => readonly string[],
  vocabularies: Vocabularies,
  otherNames: (story: S) => readonly string[],
): StoryIndex {
  const { vocab, labels, encode } = encodeFacets(
    storyFacets,
    stories,
    vocabularies.order,
    vocabularies.label,
  );
  return {
    facets: Object.keys(storyFacets) as StoryFacet[],
    vocab,
    labels,
    stories: stories.map((story): StoryRow => [
      story.id,
      story.data.title,
      story.data.summary,
      [...creatorNames(story)],
      dayNumber(story.data.published),
      story.data.illustrative ? 1 : 0,
      [...new Set(otherNames(story))],
      ...encode(story),
    ]),
  };
}
