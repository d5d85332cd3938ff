import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { getCatalog } from '../../catalog';
import { ensureShareCards } from '#lib/site/share-card-cache-fs.ts';
import { shareCards } from '#lib/site/share-cards.ts';
import { builtLocales, localeContext } from '#lib/strings/index.ts';

/**
 * The share cards in every locale: one per story and per creator with a story, at
 * /og/stories/<slug>.png and /og/creators/<id>.png (under /og/<locale>/ for other locales), and
 * one for the directory that profiles without a story share. All are drawn in one run (so the
 * cache knows every card in use), only when missing.
 */
export const getStaticPaths = (async () => {
  const catalog = await getCatalog();
  const wanted = builtLocales.flatMap((locale) =>
    shareCards(
      catalog.storiesIn(locale).map((story) => ({
        id: story.id,
        title: story.data.title,
        summary: story.data.summary,
        illustrative: story.data.illustrative,
        brand: catalog.storyBrand(story).data.name,
        creators: catalog.storyCreators(story).map((creator) => catalog.latinName(creator)),
      })),
      catalog.creators.map((creator) => ({
        ...creator.data,
        id: creator.id,
        name: catalog.latinName(creator),
        hasStory: catalog.storiesWithCreator(creator).length > 0,
      })),
      localeContext(locale),
    ),
  );
  const { paths, run } = await ensureShareCards(wanted.map(({ card }) => card));
  console.log(
    `\nshare cards: ${run.drawn} drawn, ${run.reused} reused from the cache, ${run.removed} unused for a week removed`,
  );
  // A card's file is named by a hash of what it shows and of the code that draws it: the key for Astro's incremental build.
  return wanted.map(({ path }, index) => ({
    params: { card: path },
    props: { file: paths[index] as string },
    cacheKey: basename(paths[index] as string),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: string }> = ({ props }) =>
  new Response(new Uint8Array(readFileSync(props.file)), {
    headers: { 'Content-Type': 'image/png' },
  });
