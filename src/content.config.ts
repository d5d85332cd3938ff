/**
 * Content collections. The schemas, with a sentence of help on every field, live in
 * src/lib/content/schema.ts; this file connects them to the folders under content/.
 *
 * Before any collection loads, the content checker runs over every file and the build stops
 * with its list of problems: Astro's own loaders would otherwise meet a YAML syntax error first
 * and stop on a message of their own without file, line or fix, or read 2025-02-30 as 2 March.
 */
import { fileURLToPath } from 'node:url';
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir, listDataIds } from '#lib/content/content-files-fs.ts';
import { formatProblems } from '#lib/content/problems.ts';
import {
  brandSchema,
  creatorSchema,
  storySchema,
  translationSchema,
  type SchemaHelpers,
} from '#lib/content/schema.ts';
import { translationLocales } from '#lib/content/translation-locales.ts';
import { validateContent } from '#lib/content/validate-content-fs.ts';

const projectRoot = fileURLToPath(new URL('../', import.meta.url));

/**
 * Stops `astro build` and `astro sync` on broken content with the checker's messages. The
 * development server reads this file once and not again when content changes, so there the
 * problems are printed and the pages (through src/catalog.ts) show them until they are fixed.
 */
function stopOnBrokenContent(): void {
  const problems = validateContent(projectRoot);
  if (problems.length === 0) return;
  const report = `\n${formatProblems(problems)}\n`;
  // The mode, not DEV: DEV follows NODE_ENV, which test runners set to "test" for every command.
  if (import.meta.env.MODE === 'development') {
    console.error(report);
    return;
  }
  const error = new Error(report);
  // The list is the whole message; a stack trace into this file would only bury it.
  error.stack = report;
  throw error;
}

stopOnBrokenContent();

const helpers = {
  reference,
  existingIds: (collection) => listDataIds(projectRoot, collection),
} satisfies Omit<SchemaHelpers, 'image'>;

const stories = defineCollection({
  loader: glob({ pattern: ['*.mdx', '*/index.mdx'], base: `./${contentDir}/stories` }),
  schema: ({ image }) => storySchema({ ...helpers, image: () => image() }),
});

/**
 * Translations sit beside the story they translate, as `<slug>/ar.mdx` or `<slug>/ja.mdx`
 * (neither matches the stories' patterns); an entry's id is `<slug>/<locale>`.
 */
const translations = defineCollection({
  loader: glob({
    pattern: translationLocales.map((locale) => `*/${locale}.mdx`),
    base: `./${contentDir}/stories`,
  }),
  schema: () => translationSchema(helpers),
});

const creators = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: `./${contentDir}/creators` }),
  schema: ({ image }) => creatorSchema({ ...helpers, image: () => image() }),
});

const brands = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: `./${contentDir}/brands` }),
  schema: ({ image }) => brandSchema({ image: () => image() }),
});

export const collections = { stories, translations, creators, brands };
