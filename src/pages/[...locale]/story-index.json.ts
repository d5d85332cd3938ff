import type { APIRoute } from 'astro';
import { getCatalog } from '../../catalog';
import { localeParams, pageLocale } from '#lib/strings/index.ts';

export function getStaticPaths() {
  return localeParams().map((params) => ({ params }));
}

/** The story search index in each locale, which the island on /stories/ loads (kept out of the page, whose HTML would grow with every story). */
export const GET: APIRoute = async ({ url }) => {
  const index = (await getCatalog()).storyIndex(pageLocale(url));
  return new Response(JSON.stringify(index), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
