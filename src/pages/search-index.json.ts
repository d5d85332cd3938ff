import type { APIRoute } from 'astro';
import { gzipSync } from 'node:zlib';
import { getCatalog } from '../catalog';

/** The creator search index, built from the collections; the build log prints its size. */
export const GET: APIRoute = async () => {
  const { searchIndex } = await getCatalog();
  const body = JSON.stringify(searchIndex);
  const gzip = gzipSync(body).length;
  const count = searchIndex.creators.length;
  console.log(
    `\nsearch-index.json: ${count} creators, ${body.length} bytes, ${gzip} bytes gzipped (${(gzip / Math.max(1, count)).toFixed(1)} per creator)`,
  );
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
