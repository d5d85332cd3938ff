/**
 * Summarises what a branch changes in the editors' world, as Markdown for a pull request's job
 * summary: new, changed and removed stories, creators and brands, and new taxonomy values.
 *
 *   npm run report:changes                 compares HEAD with origin/main (or main)
 *   npm run report:changes -- <base>       compares HEAD with another branch, tag or commit
 *
 * Like a pull request, it compares HEAD with the point where it branched off the base
 * (`git diff <base>...HEAD`), so commits that landed on the base since then are not reported.
 * Exits 2, with one sentence saying what to do, when the base or the repository is unusable.
 */
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { labelOf } from '#lib/taxonomy.ts';

/** A story as the report shows it, read from its front matter. */
export interface StoryInfo {
  /** Folder (or file) name under content/stories/. */
  slug: string;
  title: string;
  brand?: string | undefined;
  creators?: readonly string[] | undefined;
  /** `illustrative` from the front matter; undefined when it is missing. */
  illustrative?: boolean | undefined;
  /** The old slug, when the story's folder was renamed. */
  renamedFrom?: string | undefined;
}

/** A creator as the report shows it, read from content/creators/<handle>.yaml. */
export interface CreatorInfo {
  handle: string;
  name: string;
  /** ISO 3166-1 alpha-2 id from src/lib/taxonomy.ts. */
  country?: string | undefined;
  illustrative?: boolean | undefined;
  renamedFrom?: string | undefined;
}

/** A brand as the report shows it, read from content/brands/<slug>.yaml. */
export interface BrandInfo {
  slug: string;
  name: string;
  illustrative?: boolean | undefined;
  renamedFrom?: string | undefined;
}

/** Items added, changed and removed in one kind of content. */
export interface ChangeSet<T> {
  added: readonly T[];
  changed: readonly T[];
  removed: readonly T[];
}

/** One value of a vocabulary in src/lib/taxonomy.ts. */
export interface TaxonomyEntry {
  /** The `export const` name, for example `niches`. */
  vocabulary: string;
  id: string;
  label?: string | undefined;
}

/** Everything the report shows: plain data, so it can be built by hand in tests. */
export interface ContentChanges {
  /** The base as the user named it, for example `origin/main`. */
  base: string;
  stories: ChangeSet<StoryInfo>;
  creators: ChangeSet<CreatorInfo>;
  brands: ChangeSet<BrandInfo>;
  taxonomy: {
    /** Whether src/lib/taxonomy.ts differs at all. */
    changed: boolean;
    added: readonly TaxonomyEntry[];
    removed?: readonly TaxonomyEntry[] | undefined;
  };
  /** Other changed files under content/, as `status path` (for example `M content/README.md`). */
  otherFiles?: readonly string[] | undefined;
}

/* ------------------------------------------------------------------------------------------ */
/* Rendering                                                                                   */
/* ------------------------------------------------------------------------------------------ */

/** Text that Markdown shows as written: on one line, with its markup characters escaped. */
function text(value: string): string {
  return value
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|#]/g, (char) => `\\${char}`);
}

/** An id in a code span (a backtick inside would end the span early, so it is replaced). */
function code(value: string): string {
  return `\`${value.replace(/\s+/g, ' ').replaceAll('`', "'")}\``;
}

function count(n: number, singular: string, plural: string): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** "a", "a and b", "a, b and c". */
function sentenceList(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

function renamed(from: string | undefined): string {
  return from === undefined ? '' : `, renamed from ${code(from)}`;
}

function kindOfStory(illustrative: boolean | undefined): string {
  if (illustrative === true) return 'illustrative';
  if (illustrative === false) return 'real partnership';
  return '**illustrative not set**';
}

function kindOfEntity(illustrative: boolean | undefined): string {
  if (illustrative === true) return 'illustrative';
  if (illustrative === false) return 'real';
  return '**illustrative not set**';
}

function countryText(country: string | undefined): string {
  if (country === undefined || country === '') return 'no country';
  const label = labelOf('countries', country);
  return label === country ? code(country) : `${text(label)} (${text(country)})`;
}

function storyLine(story: StoryInfo, detail: boolean): string {
  const head = `- **${text(story.title)}** (${code(story.slug)}${renamed(story.renamedFrom)})`;
  if (!detail) return head;
  const creators = story.creators ?? [];
  const facts = [
    `brand ${story.brand === undefined ? 'not set' : code(story.brand)}`,
    creators.length === 0
      ? 'no creators'
      : `${creators.length === 1 ? 'creator' : 'creators'} ${creators.map(code).join(', ')}`,
    kindOfStory(story.illustrative),
  ];
  return `${head}: ${facts.join('; ')}`;
}

function creatorLine(creator: CreatorInfo, detail: boolean): string {
  const head = `- ${text(creator.name)} (${code(`@${creator.handle}`)}${renamed(creator.renamedFrom)})`;
  return detail
    ? `${head}: ${countryText(creator.country)}; ${kindOfEntity(creator.illustrative)}`
    : head;
}

function brandLine(brand: BrandInfo, detail: boolean): string {
  const head = `- ${text(brand.name)} (${code(brand.slug)}${renamed(brand.renamedFrom)})`;
  return detail ? `${head}: ${kindOfEntity(brand.illustrative)}` : head;
}

/** Taxonomy entries as one line per vocabulary, vocabularies in their order of first appearance. */
function taxonomyLines(entries: readonly TaxonomyEntry[]): string[] {
  const byVocabulary = new Map<string, TaxonomyEntry[]>();
  for (const entry of entries) {
    const list = byVocabulary.get(entry.vocabulary) ?? [];
    list.push(entry);
    byVocabulary.set(entry.vocabulary, list);
  }
  return [...byVocabulary].map(([vocabulary, list]) => {
    const values = list.map((entry) =>
      entry.label === undefined ? code(entry.id) : `${code(entry.id)} (${text(entry.label)})`,
    );
    return `- ${text(vocabulary)}: ${values.join(', ')}`;
  });
}

function section(title: string, lines: readonly string[]): string[] {
  return lines.length === 0 ? [] : ['', `### ${title}`, '', ...lines];
}

/**
 * Renders the changes as Markdown for a GitHub job summary: a "Content changes" heading, one
 * sentence of counts, then a list per kind of change that has any entries. When nothing changed
 * the sentence says so and there are no lists. Pure: the same changes always give the same text.
 *
 * @param changes What changed, as returned by {@link gatherChanges} or built by hand.
 * @returns The report, ending with a newline.
 */
export function renderReport(changes: ContentChanges): string {
  const { stories, creators, brands, taxonomy } = changes;
  const removedValues = taxonomy.removed ?? [];
  const otherFiles = changes.otherFiles ?? [];
  const since = `compared with ${code(changes.base)}`;

  const counts = [
    [stories.added.length, 'new story', 'new stories'],
    [stories.changed.length, 'changed story', 'changed stories'],
    [stories.removed.length, 'removed story', 'removed stories'],
    [creators.added.length, 'new creator', 'new creators'],
    [creators.changed.length, 'changed creator', 'changed creators'],
    [creators.removed.length, 'removed creator', 'removed creators'],
    [brands.added.length, 'new brand', 'new brands'],
    [brands.changed.length, 'changed brand', 'changed brands'],
    [brands.removed.length, 'removed brand', 'removed brands'],
    [taxonomy.added.length, 'new taxonomy value', 'new taxonomy values'],
    [removedValues.length, 'removed taxonomy value', 'removed taxonomy values'],
    [otherFiles.length, 'other content file', 'other content files'],
  ] as const;
  const parts = counts
    .filter(([n]) => n > 0)
    .map(([n, singular, plural]) => count(n, singular, plural));
  if (taxonomy.changed && taxonomy.added.length === 0 && removedValues.length === 0) {
    parts.push('edits to src/lib/taxonomy.ts that add no values');
  }

  const lines = ['## Content changes', ''];
  if (parts.length === 0) {
    lines.push(`Nothing changed under content/ or in src/lib/taxonomy.ts, ${since}.`);
    return `${lines.join('\n')}\n`;
  }
  const summary = sentenceList(parts);
  lines.push(`${summary.charAt(0).toUpperCase()}${summary.slice(1)}, ${since}.`);

  lines.push(
    ...section(
      'New stories',
      stories.added.map((story) => storyLine(story, true)),
    ),
    ...section(
      'Changed stories',
      stories.changed.map((story) => storyLine(story, false)),
    ),
    ...section(
      'Removed stories',
      stories.removed.map((story) => storyLine(story, false)),
    ),
    ...section(
      'New creators',
      creators.added.map((creator) => creatorLine(creator, true)),
    ),
    ...section(
      'Changed creators',
      creators.changed.map((creator) => creatorLine(creator, false)),
    ),
    ...section(
      'Removed creators',
      creators.removed.map((creator) => creatorLine(creator, false)),
    ),
    ...section(
      'New brands',
      brands.added.map((brand) => brandLine(brand, true)),
    ),
    ...section(
      'Changed brands',
      brands.changed.map((brand) => brandLine(brand, false)),
    ),
    ...section(
      'Removed brands',
      brands.removed.map((brand) => brandLine(brand, false)),
    ),
    ...section('New taxonomy values', taxonomyLines(taxonomy.added)),
    ...section('Removed taxonomy values', taxonomyLines(removedValues)),
    ...section(
      'Other content files',
      otherFiles.map((file) => `- ${code(file)}`),
    ),
  );
  return `${lines.join('\n')}\n`;
}

/* ------------------------------------------------------------------------------------------ */
/* Reading files                                                                               */
/* ------------------------------------------------------------------------------------------ */

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function optionalBoolean(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}

/** Parses YAML, giving an empty record for text that is not a YAML mapping. */
function yamlRecord(source: string): Record<string, unknown> {
  try {
    const parsed: unknown = parseYaml(source);
    return isRecord(parsed) ? parsed : {};
  } catch {
    return {};
  }
}

/**
 * Reads the YAML front matter of a story file (the block between the first two `---` lines).
 * Text without front matter, or with front matter that is not valid YAML, gives `{}`: the
 * content checks report such files, and this report still lists them by slug.
 *
 * @param source The whole text of an .mdx file.
 */
export function readFrontMatter(source: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source.replace(/^\uFEFF/, ''));
  return match?.[1] === undefined ? {} : yamlRecord(match[1]);
}

/**
 * Describes a story from its slug and the text of its .mdx file.
 *
 * @param slug Folder (or file) name under content/stories/.
 * @param source The .mdx text, or undefined when it cannot be read.
 */
export function storyInfo(slug: string, source: string | undefined): StoryInfo {
  const data = source === undefined ? {} : readFrontMatter(source);
  const creators = Array.isArray(data['creators']) ? data['creators'].map(String) : [];
  return {
    slug,
    title: optionalString(data['title']) ?? slug,
    brand: optionalString(data['brand']),
    creators,
    illustrative: optionalBoolean(data['illustrative']),
  };
}

/**
 * Describes a creator from its handle and the text of its YAML file.
 *
 * @param handle File name under content/creators/ without its extension.
 * @param source The YAML text, or undefined when it cannot be read.
 */
export function creatorInfo(handle: string, source: string | undefined): CreatorInfo {
  const data = source === undefined ? {} : yamlRecord(source);
  return {
    handle,
    name: optionalString(data['name']) ?? handle,
    country: optionalString(data['country']),
    illustrative: optionalBoolean(data['illustrative']),
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
    name: optionalString(data['name']) ?? slug,
    illustrative: optionalBoolean(data['illustrative']),
  };
}

/**
 * Lists the values in the source of src/lib/taxonomy.ts: every `id: '…'` inside an
 * `export const <name> = [` … `]` block, with its vocabulary name and label.
 *
 * @param source The text of src/lib/taxonomy.ts.
 */
export function parseTaxonomy(source: string): TaxonomyEntry[] {
  const entries: TaxonomyEntry[] = [];
  let vocabulary: string | undefined;
  for (const line of source.split(/\r?\n/)) {
    const start = /^export const ([A-Za-z_$][\w$]*)\s*=\s*\[/.exec(line);
    if (start?.[1] !== undefined) {
      vocabulary = start[1];
      continue;
    }
    if (vocabulary === undefined) continue;
    if (/^\]/.test(line)) {
      vocabulary = undefined;
      continue;
    }
    const id = /\bid:\s*'((?:[^'\\]|\\.)*)'/.exec(line)?.[1];
    if (id === undefined) continue;
    const label = /\blabel:\s*'((?:[^'\\]|\\.)*)'/.exec(line)?.[1];
    entries.push({ vocabulary, id, label });
  }
  return entries;
}

/**
 * The values in `after` that are not in `before`, and those in `before` no longer in `after`,
 * compared within each vocabulary.
 *
 * @param before Source of src/lib/taxonomy.ts on the base ('' when it did not exist).
 * @param after Source of src/lib/taxonomy.ts at HEAD ('' when it was deleted).
 */
export function diffTaxonomy(
  before: string,
  after: string,
): { added: TaxonomyEntry[]; removed: TaxonomyEntry[] } {
  const key = (entry: TaxonomyEntry) => `${entry.vocabulary}\u0000${entry.id}`;
  const old = parseTaxonomy(before);
  const now = parseTaxonomy(after);
  const oldKeys = new Set(old.map(key));
  const nowKeys = new Set(now.map(key));
  return {
    added: now.filter((entry) => !oldKeys.has(key(entry))),
    removed: old.filter((entry) => !nowKeys.has(key(entry))),
  };
}

/* ------------------------------------------------------------------------------------------ */
/* Gathering from git                                                                          */
/* ------------------------------------------------------------------------------------------ */

/** A problem the person running the report can fix; its message says how. */
export class ReportError extends Error {
  override name = 'ReportError';
}

const taxonomyPath = 'src/lib/taxonomy.ts';

type Kind =
  | { kind: 'story'; slug: string; index: boolean }
  | { kind: 'creator'; id: string }
  | { kind: 'brand'; id: string }
  | { kind: 'taxonomy' }
  | { kind: 'other' };

/** What a path in the repository is, for this report. */
function classify(path: string): Kind {
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
    const id = name.replace(/\.ya?ml$/, '');
    if (id !== name && id !== '')
      return collection === 'creators' ? { kind: 'creator', id } : { kind: 'brand', id };
  }
  return { kind: 'other' };
}

interface Git {
  (args: readonly string[]): string;
}

/** Runs git in `cwd` without a shell; throws with git's own message on failure. */
function gitIn(cwd: string): Git {
  return (args) =>
    execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 256 * 1024 * 1024,
    });
}

/** The commit a ref names, or undefined when git does not know it. */
function commitOf(git: Git, ref: string): string | undefined {
  try {
    return git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** One line of `git diff --name-status`: status letter, and the old and new paths. */
interface DiffEntry {
  status: string;
  oldPath?: string | undefined;
  newPath?: string | undefined;
}

/** Parses `git diff --name-status -z` output. */
function parseNameStatus(output: string): DiffEntry[] {
  const fields = output.split('\0');
  const entries: DiffEntry[] = [];
  for (let i = 0; i < fields.length;) {
    const status = fields[i++] ?? '';
    if (status === '') continue;
    const letter = status.charAt(0);
    if (letter === 'R' || letter === 'C') {
      const from = fields[i++];
      const to = fields[i++];
      entries.push({ status: letter, oldPath: letter === 'R' ? from : undefined, newPath: to });
    } else {
      const path = fields[i++];
      if (letter === 'A') entries.push({ status: 'A', newPath: path });
      else if (letter === 'D') entries.push({ status: 'D', oldPath: path });
      else entries.push({ status: 'M', oldPath: path, newPath: path });
    }
  }
  return entries;
}

interface StoryState {
  index?: 'A' | 'M' | 'D' | undefined;
  renamedFrom?: string | undefined;
  oldIndexPath?: string | undefined;
  newIndexPath?: string | undefined;
  /** Files besides the .mdx changed (the hero image, for example). */
  assets: boolean;
}

/**
 * Finds what HEAD changes under content/ and in src/lib/taxonomy.ts compared with a base ref,
 * the way a pull request would show it: `git diff --name-status -M <base>...HEAD`, reading old
 * files from the merge base and new files from HEAD.
 *
 * @param base A branch, tag or commit; when omitted, `origin/main`, else `main`.
 * @param cwd Any folder inside the repository (defaults to the current one).
 * @throws {ReportError} When git is missing, `cwd` is not in a repository, or the base is unknown
 *   or shares no history with HEAD; the message says how to fix it.
 */
export function gatherChanges(base?: string, cwd: string = process.cwd()): ContentChanges {
  let top: string;
  try {
    top = gitIn(cwd)(['rev-parse', '--show-toplevel']).trim();
  } catch (error) {
    if (isRecord(error) && error['code'] === 'ENOENT') {
      throw new ReportError(
        'git is not installed or not on the PATH; install git and run the report again.',
      );
    }
    throw new ReportError(
      `${cwd} is not inside a git repository; run the report from a clone of the Casebook repository.`,
    );
  }
  const git = gitIn(top);

  if (commitOf(git, 'HEAD') === undefined) {
    throw new ReportError(
      'This repository has no commits yet; commit your work, then run the report again.',
    );
  }

  let baseRef: string;
  if (base === undefined) {
    const found = ['origin/main', 'main'].find((ref) => commitOf(git, ref) !== undefined);
    if (found === undefined) {
      throw new ReportError(
        'Neither origin/main nor main exists here; fetch the main branch (git fetch origin main) or name a base: npm run report:changes -- <branch, tag or commit>.',
      );
    }
    baseRef = found;
  } else {
    if (base.trim() === '' || base.startsWith('-')) {
      throw new ReportError(
        `"${base}" is not a branch, tag or commit name; run npm run report:changes -- <base>, for example origin/main.`,
      );
    }
    if (commitOf(git, base) === undefined) {
      throw new ReportError(
        `git does not know the base "${base}"; fetch it first (for example git fetch origin main) or name an existing branch, tag or commit: npm run report:changes -- origin/main.`,
      );
    }
    baseRef = base;
  }

  let mergeBase: string;
  try {
    mergeBase = git(['merge-base', baseRef, 'HEAD']).trim();
  } catch {
    throw new ReportError(
      `HEAD shares no history with "${baseRef}"; if this is a shallow clone, fetch the full history (git fetch --unshallow, or actions/checkout with fetch-depth: 0) and run the report again.`,
    );
  }

  const diff = parseNameStatus(
    git([
      'diff',
      '--name-status',
      '-z',
      '--no-color',
      '--no-ext-diff',
      '-M',
      `${baseRef}...HEAD`,
      '--',
      'content',
      taxonomyPath,
    ]),
  );

  const show = (rev: string, path: string | undefined): string | undefined => {
    if (path === undefined) return undefined;
    try {
      return git(['show', `${rev}:${path}`]);
    } catch {
      return undefined;
    }
  };
  const before = (path: string | undefined) => show(mergeBase, path);
  const after = (path: string | undefined) => show('HEAD', path);

  const stories = new Map<string, StoryState>();
  const storyState = (slug: string): StoryState => {
    const state = stories.get(slug) ?? { assets: false };
    stories.set(slug, state);
    return state;
  };
  const creators: { added: CreatorInfo[]; changed: CreatorInfo[]; removed: CreatorInfo[] } = {
    added: [],
    changed: [],
    removed: [],
  };
  const brands: { added: BrandInfo[]; changed: BrandInfo[]; removed: BrandInfo[] } = {
    added: [],
    changed: [],
    removed: [],
  };
  const otherFiles: string[] = [];
  let taxonomyChanged = false;

  /** Records one side of a change: a file that appeared, disappeared, or changed in place. */
  const record = (
    status: 'A' | 'M' | 'D',
    path: string,
    oldPath: string,
    renamedFrom?: string,
  ): void => {
    const what = classify(path);
    switch (what.kind) {
      case 'story': {
        const state = storyState(what.slug);
        if (!what.index) {
          state.assets = true;
          return;
        }
        state.index = status;
        if (status !== 'A') state.oldIndexPath = oldPath;
        if (status !== 'D') state.newIndexPath = path;
        if (renamedFrom !== undefined) state.renamedFrom = renamedFrom;
        return;
      }
      case 'creator': {
        const info = creatorInfo(what.id, status === 'D' ? before(oldPath) : after(path));
        if (renamedFrom !== undefined) info.renamedFrom = renamedFrom;
        creators[status === 'A' ? 'added' : status === 'D' ? 'removed' : 'changed'].push(info);
        return;
      }
      case 'brand': {
        const info = brandInfo(what.id, status === 'D' ? before(oldPath) : after(path));
        if (renamedFrom !== undefined) info.renamedFrom = renamedFrom;
        brands[status === 'A' ? 'added' : status === 'D' ? 'removed' : 'changed'].push(info);
        return;
      }
      case 'taxonomy':
        taxonomyChanged = true;
        return;
      case 'other':
        if (path.startsWith('content/')) otherFiles.push(`${status} ${path}`);
        return;
    }
  };

  for (const entry of diff) {
    const { oldPath, newPath } = entry;
    if (oldPath !== undefined && newPath !== undefined && oldPath !== newPath) {
      // A rename within one kind (a story folder, a creator's file) changes that item; any other
      // rename removes one thing and adds another.
      const from = classify(oldPath);
      const to = classify(newPath);
      const sameKind =
        (from.kind === 'story' && to.kind === 'story' && from.index === to.index) ||
        (from.kind === 'creator' && to.kind === 'creator') ||
        (from.kind === 'brand' && to.kind === 'brand');
      if (sameKind) {
        const oldId =
          from.kind === 'story'
            ? from.slug
            : from.kind === 'creator' || from.kind === 'brand'
              ? from.id
              : '';
        const newId =
          to.kind === 'story' ? to.slug : to.kind === 'creator' || to.kind === 'brand' ? to.id : '';
        record('M', newPath, oldPath, oldId === newId ? undefined : oldId);
      } else {
        record('D', oldPath, oldPath);
        record('A', newPath, newPath);
      }
    } else if (entry.status === 'A' && newPath !== undefined) {
      record('A', newPath, newPath);
    } else if (entry.status === 'D' && oldPath !== undefined) {
      record('D', oldPath, oldPath);
    } else if (newPath !== undefined) {
      record('M', newPath, oldPath ?? newPath);
    }
  }

  const storyChanges: { added: StoryInfo[]; changed: StoryInfo[]; removed: StoryInfo[] } = {
    added: [],
    changed: [],
    removed: [],
  };
  for (const [slug, state] of [...stories].sort(([a], [b]) => a.localeCompare(b))) {
    if (state.index === 'A') {
      storyChanges.added.push(storyInfo(slug, after(state.newIndexPath)));
    } else if (state.index === 'D') {
      storyChanges.removed.push(storyInfo(slug, before(state.oldIndexPath)));
    } else {
      // Changed text, or only a changed hero image: describe the story as it is now.
      const source =
        after(state.newIndexPath ?? `content/stories/${slug}/index.mdx`) ??
        after(`content/stories/${slug}.mdx`);
      const info = storyInfo(slug, source);
      if (state.renamedFrom !== undefined) info.renamedFrom = state.renamedFrom;
      storyChanges.changed.push(info);
    }
  }

  let taxonomy: ContentChanges['taxonomy'] = { changed: false, added: [], removed: [] };
  if (taxonomyChanged) {
    const { added, removed } = diffTaxonomy(before(taxonomyPath) ?? '', after(taxonomyPath) ?? '');
    taxonomy = { changed: true, added, removed };
  }

  const byId =
    <T>(id: (item: T) => string) =>
    (a: T, b: T) =>
      id(a).localeCompare(id(b));
  const sortSet = <T>(
    set: { added: T[]; changed: T[]; removed: T[] },
    id: (item: T) => string,
  ): ChangeSet<T> => ({
    added: set.added.sort(byId(id)),
    changed: set.changed.sort(byId(id)),
    removed: set.removed.sort(byId(id)),
  });

  return {
    base: baseRef,
    stories: storyChanges,
    creators: sortSet(creators, (creator) => creator.handle),
    brands: sortSet(brands, (brand) => brand.slug),
    taxonomy,
    otherFiles: otherFiles.sort(),
  };
}

/* ------------------------------------------------------------------------------------------ */
/* Command line                                                                                */
/* ------------------------------------------------------------------------------------------ */

const usage = `Summarises content changes as Markdown (for a pull request's job summary).

  npm run report:changes                 compare HEAD with origin/main (or main)
  npm run report:changes -- <base>       compare HEAD with another branch, tag or commit
`;

/** Runs the command line: prints the report, or one sentence and exit code 2 on a problem. */
function main(args: readonly string[]): void {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(usage);
    return;
  }
  if (args.length > 1) {
    console.error(
      `report:changes: expected at most one base, got ${args.length} arguments; run npm run report:changes -- <base>, for example origin/main.`,
    );
    process.exit(2);
  }
  try {
    process.stdout.write(renderReport(gatherChanges(args[0])));
  } catch (error) {
    if (error instanceof ReportError) {
      console.error(`report:changes: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2));
}
