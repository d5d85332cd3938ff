import type { APIRoute } from 'astro';
import { getCatalog, type Creator } from '../../../../catalog';
import { compareRecord } from '#lib/compare/record.ts';
import { contentLanguage, inEveryLocale, localeContext } from '#lib/strings/index.ts';

export async function getStaticPaths() {
  const { creators } = await getCatalog();
  return inEveryLocale(
    creators.map((creator) => ({ params: { id: creator.id }, props: { creator } })),
  );
}

/** What the compare page shows of one creator, in each locale (src/lib/compare/record.ts). */
export const GET: APIRoute<{ creator: Creator }> = async ({ props, currentLocale }) => {
  const catalog = await getCatalog();
  const record = compareRecord(
    props.creator,
    catalog.storiesWithCreator(props.creator),
    localeContext(currentLocale),
    (id) => catalog.brand(id).data.name,
    contentLanguage,
  );
  return new Response(JSON.stringify(record), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
