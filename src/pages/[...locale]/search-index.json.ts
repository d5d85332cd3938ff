import type { APIRoute } from 'astro';
import { gzipSync } from 'node:zlib';
import { getCatalog } from '../../catalog';
import { localeParams } from '#lib/strings/index.ts';

export function getStaticPaths() {
  return localeParams().map((params) => ({ params }));
}

/** The creator search index in each locale, built from the collections; the build log prints its size. */
export const GET: APIRoute = async ({ currentLocale }) => {
  const searchIndex = (await getCatalog()).searchIndex(currentLocale);
  const body = JSON.stringify(searchIndex);
  const gzip = gzipSync(body).length;
  const count = searchIndex.creators.length;
  console.log(
    `\n${currentLocale ?? 'en'} search-index.json: ${count} creators, ${body.length} bytes, ${gzip} bytes gzipped (${(gzip / Math.max(1, count)).toFixed(1)} per creator)`,
  );
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
