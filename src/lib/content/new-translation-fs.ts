/**
 * What `npm run new:translation -- <slug> <locale>` does: reads the story, and writes
 * `content/stories/<slug>/<locale>.mdx` from translation-template.ts beside it, never over a file
 * that exists. The story is read with the content checker's own pieces, so what it cannot read
 * here, the checker explains.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contentDir, listStoryIds, readContentText, writeNewFile } from './content-files-fs.ts';
import { splitFrontMatter } from './front-matter.ts';
import { didYouMean } from './suggest.ts';
import {
  isTranslationLocale,
  localeNames,
  originalLocale,
  translationLocales,
  type TranslationLocale,
} from './translation-locales.ts';
import { translationTemplate } from './translation-template.ts';
import { readYaml } from './yaml-rules.ts';

const localeList = translationLocales
  .map((locale) => `${locale} (${localeNames[locale]})`)
  .join(' or ');

/** A written translation (its path from `root`, and its locale), or why none was written. */
export type StartedTranslation = { file: string; locale: TranslationLocale } | { problem: string };

/** Writes a new translation of the story `slug` into `locale` under `root`'s content folder. */
export function startTranslation(root: string, slug: string, locale: string): StartedTranslation {
  if (!isTranslationLocale(locale)) {
    if (locale === originalLocale)
      return {
        problem: `Stories are written in English: ${contentDir}/stories/${slug}/index.mdx is the English. Give ${localeList}.`,
      };
    return {
      problem: `"${locale}" is not a language stories are translated into. Give ${localeList}.`,
    };
  }
  const stories = join(root, contentDir, 'stories');
  const original = join(stories, slug, 'index.mdx');
  const shown = (path: string) => relative(root, path);
  if (!existsSync(original)) {
    const single = join(stories, `${slug}.mdx`);
    if (existsSync(single))
      return {
        problem: `${shown(single)} is a story in a single file, and a translation sits beside a story's index.mdx. Move it to ${shown(original)} (with its images) first.`,
      };
    const ids = listStoryIds(root);
    const starting = ids.filter((id) => slug !== '' && id.startsWith(slug));
    const hint =
      starting.length === 1 ? ` Did you mean "${starting[0] ?? ''}"?` : didYouMean(slug, ids);
    return {
      problem: `No story "${slug}".${hint} Give the name of a folder in ${shown(stories)}/.`,
    };
  }
  const read = readContentText(original);
  const split = 'text' in read ? splitFrontMatter(read.text) : undefined;
  const yaml = split && 'yaml' in split ? readYaml(split.yaml, split.yamlLineOffset) : undefined;
  if (!split || !('yaml' in split) || !yaml || yaml.problems.length > 0) {
    return {
      problem: `${shown(original)} cannot be read as a story. Run npm run check:content, correct what it lists for that file, and try again.`,
    };
  }
  const file = join(stories, slug, `${locale}.mdx`);
  const problem = writeNewFile(
    file,
    translationTemplate({ data: yaml.data, body: split.body }, slug, locale),
    shown(file),
  );
  return problem ? { problem } : { file: shown(file), locale };
}
