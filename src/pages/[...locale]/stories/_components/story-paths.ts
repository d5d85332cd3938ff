/** The routes of every story, in every locale: one for the story page, one for its embed card. */
import { getCatalog } from '../../../../catalog';
import { inEveryLocale } from '#lib/strings/index.ts';

export async function storyPaths() {
  const { stories } = await getCatalog();
  return inEveryLocale(stories.map((story) => ({ params: { slug: story.id }, props: { story } })));
}
