import type { APIRoute } from 'astro';
import { getCatalog } from '../catalog';

/** Brand mentions with their evidence, fetched by the search only when a visitor picks a brand. */
export const GET: APIRoute = async () => {
  const { mentionEvidence } = await getCatalog();
  return new Response(JSON.stringify(mentionEvidence()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
