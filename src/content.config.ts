/**
 * Content collections. The schemas, with a sentence of help on every field, live in
 * src/lib/content/schema.ts; this file connects them to the folders under content/.
 */
import { fileURLToPath } from 'node:url';
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir, listDataIds } from '#lib/content/content-files-fs.ts';
import { brandSchema, creatorSchema, storySchema, type SchemaHelpers } from '#lib/content/schema.ts';

const projectRoot = fileURLToPath(new URL('../', import.meta.url));

const helpers = {
  reference,
  existingIds: (collection) => listDataIds(projectRoot, collection),
} satisfies Omit<SchemaHelpers, 'image'>;

const stories = defineCollection({
  loader: glob({ pattern: ['*.mdx', '*/index.mdx'], base: `./${contentDir}/stories` }),
  schema: ({ image }) => storySchema({ ...helpers, image: () => image() }),
});

const creators = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: `./${contentDir}/creators` }),
  schema: ({ image }) => creatorSchema({ ...helpers, image: () => image() }),
});

const brands = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: `./${contentDir}/brands` }),
  schema: ({ image }) => brandSchema({ image: () => image() }),
});

export const collections = { stories, creators, brands };
