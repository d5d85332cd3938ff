import type { APIRoute } from 'astro';
import { getCatalog } from '../catalog';
import { buildSearchIndex, type FacetName } from '../lib/search-index';
import { audienceBands, communities, countries, industries, languages, niches, regions, themes } from '../lib/taxonomy';

/** The creator search index, built from the collections; the build log prints its size. */
export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  const ids = (values: readonly { id: string }[]) => values.map((value) => value.id);
  const order: Record<FacetName, readonly string[]> = {
    region: ids(regions),
    country: ids(countries),
    language: ids(languages),
    niche: ids(niches),
    community: ids(communities),
    audience: ids(audienceBands),
    industry: ids(industries),
    brand: catalog.brands.map((brand) => brand.id),
  };
  const index = buildSearchIndex(
    catalog.creators.map((creator) => {
      const stories = catalog.storiesWithCreator(creator);
      return {
        handle: creator.id,
        name: creator.data.name,
        aliases: creator.data.aliases,
        region: creator.data.region,
        country: creator.data.country,
        languages: creator.data.languages,
        niches: creator.data.niches,
        communities: creator.data.communities,
        audience: creator.data.audience,
        mentions: creator.data.mentions.map((mention) => mention.brand.id),
        partners: stories.map((story) => story.data.brand.id),
        industries: stories.flatMap((story) => (story.data.industry ? [story.data.industry] : [])),
        themes: stories.flatMap((story) => story.data.themes),
        latest: stories[0]?.data.published,
      };
    }),
    order,
    new Map(catalog.brands.map((brand) => [brand.id, brand.data.name])),
    ids(themes),
  );
  const body = JSON.stringify(index);
  const gzip = (await import('node:zlib')).gzipSync(body).length;
  console.log(`search-index.json: ${index.creators.length} creators, ${body.length} bytes, ${gzip} bytes gzipped (${(gzip / Math.max(1, index.creators.length)).toFixed(1)} per creator)`);
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
