import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../catalog';
import { renderShareCard, type ShareCard } from '#lib/site/share-card-fs.ts';
import { fill } from '#lib/strings/format.ts';
import { stringsFor } from '#lib/strings/index.ts';
import { labelOf } from '#lib/taxonomy.ts';

/** One share card per story and per creator, at /og/stories/<slug>.png and /og/creators/<id>.png. */
export const getStaticPaths = (async () => {
  const t = stringsFor(undefined);
  const catalog = await getCatalog();
  const stories = catalog.stories.map((story) => {
    const creators = catalog.storyCreators(story).map((creator) => catalog.latinName(creator));
    const card: ShareCard = {
      eyebrow: catalog.storyBrand(story).data.name,
      title: story.data.title,
      detail: creators.length > 0 ? fill(t.story.with, { names: creators.join(t.searchCommon.listSeparator) }) : story.data.summary,
      illustrative: story.data.illustrative,
      seed: story.id,
    };
    return { params: { kind: 'stories', slug: story.id }, props: { card } };
  });
  const creators = catalog.creators.map((creator) => {
    const place = creator.data.country ? labelOf('countries', creator.data.country) : creator.data.region ? labelOf('regions', creator.data.region) : undefined;
    const card: ShareCard = {
      eyebrow: t.creator.shareCardEyebrow,
      title: catalog.latinName(creator),
      detail: [creator.data.handle && `@${creator.data.handle}`, place, creator.data.niches.map((niche) => labelOf('niches', niche)).join(t.searchCommon.listSeparator)].filter(Boolean).join(' · '),
      illustrative: creator.data.illustrative,
      seed: creator.id,
    };
    return { params: { kind: 'creators', slug: creator.id }, props: { card } };
  });
  return [...stories, ...creators];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: ShareCard }> = async ({ props }) => new Response(new Uint8Array(await renderShareCard(props.card, stringsFor(undefined))), { headers: { 'Content-Type': 'image/png' } });
