import { z } from 'astro/zod';
import type { SchemaHelpers } from '#lib/content/schema.ts';

/** Stand-ins for Astro's schema helpers: images are plain paths, references plain ids. */
export function stubHelpers(ids: { creators?: string[]; brands?: string[] } = {}): SchemaHelpers {
  return {
    image: () => z.string(),
    reference: (collection) => z.string().transform((id) => ({ id, collection })),
    existingIds: (collection) => ids[collection] ?? [],
    today: () => new Date('2026-06-01T00:00:00Z'),
  };
}

/** The messages of a failed parse, keyed by field path. */
export function issuesOf(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  return Object.fromEntries(
    (result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]),
  );
}
