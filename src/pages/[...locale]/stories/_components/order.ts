/** The order of the static story list: real partnerships first, then the illustrative ones. */
import type { Catalog, Story } from '../../../../catalog';

export function storyOrder(catalog: Catalog): Story[] {
  return [
    ...catalog.stories.filter((story) => !story.data.illustrative),
    ...catalog.stories.filter((story) => story.data.illustrative),
  ];
}
