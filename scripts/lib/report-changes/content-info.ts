/**
 * What a changed path is (a story, a creator, a brand, the taxonomy, something else) and what its
 * file says, as far as the report needs. Files are read the way the content checker and the build
 * read them (`splitFrontMatter`, `readYaml`), but leniently: a file the checker would refuse is
 * still listed, by its file name, with whatever fields could be read.
 */
import { splitFrontMatter } from '#lib/content/front-matter.ts';
import { isRecord } from '#lib/content/records.ts';
import { readYaml } from '#lib/content/yaml-rules.ts';
import { taxonomyPath, type BrandInfo, type CreatorInfo, type StoryInfo } from './changes.ts';

/** What a path in the repository is, for this report. */
export type PathKind =
  | {
      kind: 'story';
      slug: string;
      /** True for the story's .mdx file, false for its other files (the hero image, say). */
      index: boolean;
    }
  | { kind: 'creator'; id: string }
  | { kind: 'brand'; id: string }
  | { kind: 'taxonomy' }
  | { kind: 'other' };

const dataExtension = /\.ya?ml$/;

/**
 * Classifies a path relative to the repository root: stories are `content/stories/<slug>.mdx` or
 * `content/stories/<slug>/index.mdx` (with any other files in that folder), creators and brands
 * `content/{creators,brands}/<id>.yaml` (or `.yml`), as src/content.config.ts loads them.
 *
 * @param path A path as git prints it, with `/` separators.
 */
export function classify(path: string): PathKind {
  if (path === taxonomyPath) return { kind: 'taxonomy' };
  const parts = path.split('/');
  if (parts[0] !== 'content') return { kind: 'other' };
  const [, collection, name, rest] = parts;
  if (collection === 'stories' && name !== undefined) {
    if (parts.length === 3 && name.endsWith('.mdx'))
      return { kind: 'story', slug: name.slice(0, -'.mdx'.length), index: true };
    if (parts.length >= 4)
      return { kind: 'story', slug: name, index: parts.length === 4 && rest === 'index.mdx' };
  }
  if (
    (collection === 'creators' || collection === 'brands') &&
    parts.length === 3 &&
    name !== undefined
  ) {
    const id = name.replace(dataExtension, '');
    if (id !== name && id !== '')
      return collection === 'creators' ? { kind: 'creator', id } : { kind: 'brand', id };
  }
  return { kind: 'other' };
}

/** The id a story, creator or brand path names; undefined for other paths. */
export function idOf(kind: PathKind): string | undefined {
  if (kind.kind === 'story') return kind.slug;
  if (kind.kind === 'creator' || kind.kind === 'brand') return kind.id;
  return undefined;
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function optionalBoolean(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}

/** YAML read as the build reads it; `{}` for text that is not valid YAML or not a mapping. */
function yamlRecord(source: string): Record<string, unknown> {
  const { data } = readYaml(source, 0);
  return isRecord(data) ? data : {};
}

/**
 * Reads the YAML front matter of a story file. Text without front matter, or with front matter
 * that is not valid YAML, gives `{}`: the content checks report such files, and this report still
 * lists them by slug.
 *
 * @param source The whole text of an .mdx file, without a byte-order mark.
 */
export function frontMatterOf(source: string): Record<string, unknown> {
  const split = splitFrontMatter(source);
  return 'problem' in split ? {} : yamlRecord(split.yaml);
}

/**
 * Describes a story from its slug and the text of its .mdx file.
 *
 * @param slug Folder (or file) name under content/stories/.
 * @param source The .mdx text, or undefined when it cannot be read.
 */
export function storyInfo(slug: string, source: string | undefined): StoryInfo {
  const data = source === undefined ? {} : frontMatterOf(source);
  const creators = Array.isArray(data.creators) ? data.creators.map(String) : [];
  return {
    slug,
    title: optionalString(data.title) ?? slug,
    brand: optionalString(data.brand),
    creators,
    illustrative: optionalBoolean(data.illustrative),
  };
}

/**
 * Describes a creator from its id and the text of its YAML file.
 *
 * @param id File name under content/creators/ without its extension.
 * @param source The YAML text, or undefined when it cannot be read.
 */
export function creatorInfo(id: string, source: string | undefined): CreatorInfo {
  const data = source === undefined ? {} : yamlRecord(source);
  return {
    id,
    handle: optionalString(data.handle),
    name: optionalString(data.name) ?? id,
    country: optionalString(data.country),
    illustrative: optionalBoolean(data.illustrative),
  };
}

/**
 * Describes a brand from its slug and the text of its YAML file.
 *
 * @param slug File name under content/brands/ without its extension.
 * @param source The YAML text, or undefined when it cannot be read.
 */
export function brandInfo(slug: string, source: string | undefined): BrandInfo {
  const data = source === undefined ? {} : yamlRecord(source);
  return {
    slug,
    name: optionalString(data.name) ?? slug,
    illustrative: optionalBoolean(data.illustrative),
  };
}
