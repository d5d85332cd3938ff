/**
 * Reads every file under content/ and reports every problem at once, each with its file, line,
 * field and fix. Runs without Astro, so it is fast enough for tests and editor tooling, and the
 * build calls it too, so both enforce the same rules.
 *
 * Each file is read once, each folder listed once, and each collection's schema built once per
 * run: at a thousand stories and a thousand creators the checker stays well under two seconds.
 *
 * Translations (`content/stories/<slug>/ar.mdx`, `ja.mdx`) are read as stories are, and then
 * compared with the story beside them (translation-rules.ts).
 */
import { idPattern } from '#lib/patterns.ts';
import { reservedIds } from '#lib/search/facet-pages.ts';
import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { z } from 'astro/zod';
import { contentDir, readContentText } from './content-files-fs.ts';
import { splitFrontMatter } from './front-matter.ts';
import { checkImage } from './image-rules-fs.ts';
import { checkStoryBody } from './mdx-rules.ts';
import { fixSeparator, say, splitMessage, type Problem } from './problems.ts';
import {
  brandSchema,
  creatorSchema,
  shapeOnlyHelpers,
  storySchema,
  translationSchema,
  type ImageKind,
  type SchemaHelpers,
} from './schema.ts';
import { missingSections } from './section-headings.ts';
import { didYouMean } from './suggest.ts';
import { isTranslationLocale, type TranslationLocale } from './translation-locales.ts';
import {
  originalFieldProblem,
  translationFileProblem,
  translationProblems,
  translationSectionProblems,
  type Original,
} from './translation-rules.ts';
import { readYaml, type YamlPositions } from './yaml-rules.ts';

type Collection = 'stories' | 'translations' | 'creators' | 'brands';
type DataCollection = 'creators' | 'brands';

interface RawEntry {
  collection: Collection;
  id: string;
  /** Path from the project root. */
  file: string;
  /** Absolute path. */
  absolute: string;
  /** The values, as the build reads them. */
  data: unknown;
  /** Where each node is, parsed only for an entry with a problem to point at. */
  positions: () => YamlPositions;
  /** Lines before the YAML starts in the file (1 for MDX front matter after `---`). */
  lineOffset: number;
  body: string;
  /** Line in the file where the body starts. */
  bodyLine: number;
}

/** A file found in a collection folder, before it is read. */
interface Found {
  collection: Collection;
  /** For a translation, `<story folder>/<file name without .mdx>`. */
  id: string;
  absolute: string;
  isMdx: boolean;
}

function listFiles(folder: string): string[] {
  try {
    return readdirSync(folder).sort();
  } catch {
    return [];
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Every content file, listing each folder once. Every MDX file in a story's folder other than
 * index.mdx is taken for a translation, so that one with the wrong name is reported, not skipped.
 */
function findFiles(base: string): Found[] {
  const found: Found[] = [];
  const storiesDir = join(base, 'stories');
  for (const name of listFiles(storiesDir)) {
    const path = join(storiesDir, name);
    if (name.endsWith('.mdx')) {
      found.push({ collection: 'stories', id: name.slice(0, -4), absolute: path, isMdx: true });
      continue;
    }
    if (!isDirectory(path)) continue;
    for (const file of listFiles(path)) {
      if (file === 'index.mdx')
        found.push({ collection: 'stories', id: name, absolute: join(path, file), isMdx: true });
      else if (file.endsWith('.mdx'))
        found.push({
          collection: 'translations',
          id: `${name}/${file.slice(0, -4)}`,
          absolute: join(path, file),
          isMdx: true,
        });
    }
  }
  for (const collection of ['creators', 'brands'] as const) {
    const folder = join(base, collection);
    for (const name of listFiles(folder)) {
      const match = /^(.*)\.ya?ml$/.exec(name);
      if (match?.[1] !== undefined)
        found.push({ collection, id: match[1], absolute: join(folder, name), isMdx: false });
    }
  }
  return found;
}

/** How to fix a file that cannot be read, by the reason it cannot. */
function unreadableFix(reason: string): string {
  if (reason.includes('UTF-8'))
    return 'save it again as UTF-8 (in most editors: Save with Encoding, then UTF-8).';
  if (reason.includes('folder'))
    return 'move what is in the folder out, and give the entry a file of its own.';
  if (reason.includes('permissions')) return 'make the file readable (chmod a+r on the file).';
  return 'check that the file exists and can be opened.';
}

/** "A tab is used …." as it reads inside another sentence: "a tab is used …". */
function inSentence(what: string): string {
  const trimmed = what.replace(/\.$/, '');
  // Lower the first letter of a sentence, but not of a name in capitals such as YAML or MDX.
  return /^[A-Z](?![A-Z])/.test(trimmed)
    ? trimmed.charAt(0).toLowerCase() + trimmed.slice(1)
    : trimmed;
}

interface ReadResult {
  entries: RawEntry[];
  /** Ids of every file found, readable or not, per data collection. */
  ids: Record<DataCollection, string[]>;
  /** Why a creator, brand or story could not be read, by `collection/id`. */
  unreadable: Map<string, string>;
}

function readEntries(root: string, folder: string, problems: Problem[]): ReadResult {
  const entries: RawEntry[] = [];
  const ids: Record<DataCollection, string[]> = { creators: [], brands: [] };
  const unreadable = new Map<string, string>();
  for (const { collection, id, absolute, isMdx } of findFiles(join(root, folder))) {
    const file = relative(root, absolute);
    if (collection === 'creators' || collection === 'brands') ids[collection].push(id);
    if (collection === 'translations') {
      const problem = translationFileProblem(basename(absolute));
      if (problem) {
        problems.push({ file, line: 1, field: '(file name)', ...splitMessage(problem) });
        continue;
      }
    }
    const fail = (reason: string) => {
      if (collection !== 'translations')
        unreadable.set(`${collection}/${id}`, `${file} could not be read (${reason})`);
    };
    const read = readContentText(absolute);
    if ('reason' in read) {
      problems.push({
        file,
        line: 1,
        field: '(file)',
        ...splitMessage(
          say(`The file cannot be read: ${read.reason}.`, unreadableFix(read.reason)),
        ),
      });
      fail(read.reason);
      continue;
    }
    let yaml = read.text;
    let lineOffset = 0;
    let body = '';
    let bodyLine = 1;
    if (isMdx) {
      const split = splitFrontMatter(read.text);
      if ('problem' in split) {
        const [kind, command] =
          collection === 'translations'
            ? ['translation', 'npm run new:translation']
            : ['story', 'npm run new:story'];
        const message =
          split.problem === 'no-opening'
            ? say(
                `The ${kind} has no front matter.`,
                `start the file with a line ---, the fields, and another line --- (${command} writes a template).`,
              )
            : say(
                'The front matter is never closed.',
                `end the fields with a line that holds only ---, before the ${kind} text.`,
              );
        problems.push({
          file,
          line: split.line,
          column: 1,
          field: '(front matter)',
          ...splitMessage(message),
        });
        fail(
          split.problem === 'no-opening'
            ? 'it has no front matter'
            : 'its front matter is never closed',
        );
        continue;
      }
      ({ yaml, body, bodyLine } = split);
      lineOffset = split.yamlLineOffset;
    }
    const { data, positions, problems: yamlProblems } = readYaml(yaml, lineOffset);
    for (const problem of yamlProblems)
      problems.push({
        file,
        line: problem.line,
        column: problem.column,
        field: problem.field,
        ...splitMessage(problem.message),
      });
    const first = yamlProblems[0];
    if (first) {
      fail(`line ${first.line}: ${inSentence(splitMessage(first.message).message)}`);
      continue;
    }
    // A translation's id is its story's folder and its locale; the folder's name is the story's to report.
    if (collection !== 'translations' && !idPattern.test(id)) {
      problems.push({
        file,
        line: 1,
        field: '(file name)',
        ...splitMessage(
          say(
            `"${id}" is not a valid name.`,
            `rename it with lowercase letters, digits and single hyphens, for example ${
              id
                .toLowerCase()
                .replace(/[^a-z0-9]+/g, '-')
                .replace(/^-|-$/g, '') || 'my-entry'
            }.`,
          ),
        ),
      });
    }
    // /stories/page/2/, /stories/theme/…, /creators/compare/: an entry named so would collide with those pages.
    if (
      (collection === 'creators' || collection === 'stories') &&
      reservedIds[collection].includes(id)
    ) {
      const what = collection === 'creators' ? 'profile' : 'story';
      const folder = collection === 'stories' && file.endsWith('index.mdx');
      const renamed =
        collection === 'creators'
          ? `${id}-studio.yaml`
          : folder
            ? `${id}-story`
            : `${id}-story.mdx`;
      problems.push({
        file,
        line: 1,
        field: '(file name)',
        ...splitMessage(
          say(
            `"${id}" is the start of other pages' addresses (/${collection}/${id}/…), so no ${what} can have it.`,
            `rename the ${folder ? 'folder' : 'file'}, for example to ${renamed}.`,
          ),
        ),
      });
    }
    entries.push({
      collection,
      id,
      file,
      absolute,
      data: data ?? {},
      positions,
      lineOffset,
      body,
      bodyLine,
    });
  }
  return { entries, ids, unreadable };
}

/** The 1-based line and column of a field in an entry, or of its nearest existing parent. */
function locate(entry: RawEntry, path: readonly PropertyKey[]): { line: number; column: number } {
  const { document, lineCounter } = entry.positions();
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const node = document.getIn(
      path
        .slice(0, depth)
        .map(String)
        .map((key) => (/^\d+$/.test(key) ? Number(key) : key)),
      true,
    );
    const range =
      node && typeof node === 'object' && 'range' in node
        ? (node.range as [number, number, number] | undefined)
        : undefined;
    if (range) {
      const position = lineCounter.linePos(range[0]);
      return { line: position.line + entry.lineOffset, column: position.col };
    }
  }
  return { line: entry.lineOffset + 1, column: 1 };
}

/** The entry being checked, read by the image rule; the schemas are built once per run. */
interface Current {
  folder: string;
}

/** Why an image path cannot be used, before the file itself is looked at. */
function imagePathProblem(root: string, folder: string, src: string): string | undefined {
  const name = basename(src.replace(/[?#].*$/, '')) || 'image.jpg';
  const where = relative(root, join(folder, name));
  if (/^[a-z][a-z0-9+.-]*:/i.test(src))
    return say(
      `The image "${src}" is an address, not a file beside the entry.`,
      `download it, save it as ${where} and write ./${name}.`,
    );
  if (src.startsWith('/'))
    return say(
      `The image path "${src}" starts with /, so it does not point beside this file.`,
      `write it relative to this file, as ./${name}, with the image at ${where}.`,
    );
  if (!src.startsWith('./') && !src.startsWith('../'))
    return say(
      `The image path "${src}" does not start with ./, so it is not read as a file beside this one.`,
      `write ./${src}.`,
    );
  return undefined;
}

function checkerHelpers(
  root: string,
  current: Current,
  ids: Record<DataCollection, string[]>,
  unreadable: Map<string, string>,
  today: () => Date,
): SchemaHelpers {
  return {
    image: (kind: ImageKind) =>
      z
        .string({
          error: (issue) =>
            issue.input === undefined
              ? say(
                  '"src" is missing.',
                  `add src: ./${kind}.jpg, the image's path relative to this file.`,
                )
              : say(
                  'The image path is not text.',
                  `write src: ./${kind}.jpg, relative to this file.`,
                ),
        })
        .superRefine((src, ctx) => {
          const pathProblem = imagePathProblem(root, current.folder, src);
          const path = resolve(current.folder, src);
          const problem = pathProblem ?? checkImage(path, relative(root, path), kind);
          if (problem) ctx.addIssue({ code: 'custom', message: problem });
        }),
    reference: (collection) => z.string().transform((id) => ({ id, collection })),
    existingIds: (collection) => ids[collection],
    unreadable: (collection, id) => unreadable.get(`${collection}/${id}`),
    today,
  };
}

/** The locale of a translation entry, from its id (`<folder>/<locale>`); its file name was checked when it was read. */
function localeOf(entry: RawEntry): TranslationLocale {
  const locale = entry.id.slice(entry.id.lastIndexOf('/') + 1);
  if (!isTranslationLocale(locale))
    throw new Error(
      `${entry.file} was read as a translation without a translation's name; this is a bug in the content checker.`,
    );
  return locale;
}

function crossChecks(entry: RawEntry, problems: Problem[]): void {
  if (entry.collection === 'stories') {
    for (const section of missingSections(entry.body)) {
      problems.push({
        file: entry.file,
        line: entry.bodyLine,
        field: '(body)',
        ...splitMessage(
          say(
            `The section "## ${section}" is missing.`,
            'add it; every story has The challenge, The approach, What was hard, Results and Takeaways.',
          ),
        ),
      });
    }
  }
  if (entry.collection === 'translations') {
    for (const problem of translationSectionProblems(entry.body, entry.bodyLine, localeOf(entry))) {
      problems.push({
        file: entry.file,
        line: problem.line,
        field: '(body)',
        ...splitMessage(problem.message),
      });
    }
  }
  if (entry.collection === 'stories' || entry.collection === 'translations') {
    for (const problem of checkStoryBody(entry.body, entry.bodyLine)) {
      problems.push({
        file: entry.file,
        line: problem.line,
        column: problem.column,
        field: '(body)',
        ...splitMessage(problem.message),
      });
    }
  }
}

/** The stories a translation can be compared with. */
interface Originals {
  /** Readable stories by the absolute path of their file. */
  byPath: Map<string, RawEntry>;
  /** The id of every story found, readable or not. */
  ids: ReadonlySet<string>;
  /** Why a story could not be read, by `stories/id` (and creators and brands by theirs). */
  unreadable: Map<string, string>;
}

/** The story in a translation's folder (its index.mdx, or else a single-file story of that name), as far as it could be read. */
function originalOf(
  root: string,
  entry: RawEntry,
  originals: Originals,
): { original: Original | undefined; originalPath: string } {
  const folder = dirname(entry.absolute);
  const candidates = [join(folder, 'index.mdx'), `${folder}.mdx`];
  for (const absolute of candidates) {
    const file = relative(root, absolute);
    const story = originals.byPath.get(absolute);
    if (story) return { original: { file, data: story.data }, originalPath: file };
  }
  const id = basename(folder);
  const reason = originals.unreadable.get(`stories/${id}`);
  const originalPath = relative(root, join(folder, 'index.mdx'));
  return {
    original: reason === undefined ? undefined : { file: originalPath, unreadable: reason },
    originalPath,
  };
}

function translationChecks(
  root: string,
  entry: RawEntry,
  originals: Originals,
  problems: Problem[],
): void {
  const { original, originalPath } = originalOf(root, entry, originals);
  const facts = {
    folder: basename(dirname(entry.absolute)),
    locale: localeOf(entry),
    data: entry.data,
    original,
    originalPath,
    storyIds: originals.ids,
  };
  for (const problem of translationProblems(facts)) {
    problems.push({
      file: entry.file,
      ...locate(entry, problem.path),
      field: problem.path.join('.'),
      ...splitMessage(problem.message),
    });
  }
}

const kindNames: Record<string, string> = {
  array: 'a list, written [a, b] or as lines starting with "- "',
  object: 'a group of fields, each on its own line indented under it',
  record: 'a group of fields, each on its own line indented under it',
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  date: 'a date, as YYYY-MM-DD',
};

/**
 * The issue's message in our words. Every schema field gives its own message; this is the net
 * under them, so that no message of Zod's own ("Invalid input: expected array, received null")
 * ever reaches an editor, whatever shape of mistake the schemas did not foresee.
 */
function inOurWords(issue: z.core.$ZodIssue, field: string): string {
  if (issue.message.includes(fixSeparator)) return issue.message;
  const name = `"${field.split('.').at(-1) ?? field}"`;
  if (issue.code === 'invalid_type') {
    const expected = kindNames[issue.expected] ?? issue.expected;
    if (issue.input === null)
      return say(`${name} is empty.`, `write ${expected} after it, or remove the line.`);
    return say(
      `${name} is not ${expected}.`,
      `write ${expected}; CONTRIBUTING.md shows the form of every field.`,
    );
  }
  return say(
    `${name} is not in the expected form.`,
    'write it as CONTRIBUTING.md shows for this field.',
  );
}

/** Problems for one schema issue; an unknown field is reported at the field itself. */
function issueProblems(root: string, entry: RawEntry, issue: z.core.$ZodIssue): Problem[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const path = [...issue.path, key];
      const fromOriginal =
        entry.collection === 'translations'
          ? originalFieldProblem(path, relative(root, join(dirname(entry.absolute), 'index.mdx')))
          : undefined;
      const message =
        fromOriginal ??
        say(
          `"${key}" is not a field we know.${didYouMean(key, knownFields(entry))}`,
          'remove it or correct its spelling; CONTRIBUTING.md lists every field.',
        );
      return {
        file: entry.file,
        ...locate(entry, path),
        field: path.join('.'),
        ...splitMessage(message),
      };
    });
  }
  const field = issue.path.join('.') || '(file)';
  return [
    {
      file: entry.file,
      ...locate(entry, issue.path),
      field,
      ...splitMessage(inOurWords(issue, field)),
    },
  ];
}

/** Top-level field names of each collection, for "did you mean" on unknown fields. */
const fieldNames = {
  stories: Object.keys(storySchema(shapeOnlyHelpers).shape),
  translations: Object.keys(translationSchema(shapeOnlyHelpers).shape),
  creators: Object.keys(creatorSchema(shapeOnlyHelpers).shape),
  brands: Object.keys(brandSchema(shapeOnlyHelpers).shape),
};

function knownFields(entry: RawEntry): string[] {
  return fieldNames[entry.collection];
}

export interface ValidateOptions {
  /** Today's date, for the future-date rule; defaults to now. */
  today?: () => Date;
  /** The content folder under `root`; defaults to content/ (or CASEBOOK_CONTENT_DIR). */
  contentDir?: string;
}

/** Every problem in the content under `root`, in file order. An empty list means all is well. */
export function validateContent(root: string, options: ValidateOptions = {}): Problem[] {
  return inspectContent(root, options).problems;
}

/** Every problem, and how many entries of each collection were checked. */
export function inspectContent(
  root: string,
  options: ValidateOptions = {},
): { problems: Problem[]; counts: Record<Collection, number> } {
  const problems: Problem[] = [];
  const { entries, ids, unreadable } = readEntries(
    root,
    options.contentDir ?? contentDir,
    problems,
  );
  const counts = { stories: 0, translations: 0, creators: 0, brands: 0 };
  for (const entry of entries) counts[entry.collection] += 1;
  const current: Current = { folder: root };
  const helpers = checkerHelpers(
    root,
    current,
    ids,
    unreadable,
    options.today ?? (() => new Date()),
  );
  const schemas: Record<Collection, z.ZodType> = {
    stories: storySchema(helpers),
    translations: translationSchema(helpers),
    creators: creatorSchema(helpers),
    brands: brandSchema(helpers),
  };
  const stories = entries.filter((entry) => entry.collection === 'stories');
  const storyIds = new Set([
    ...stories.map((story) => story.id),
    ...[...unreadable.keys()]
      .filter((key) => key.startsWith('stories/'))
      .map((key) => key.slice('stories/'.length)),
  ]);
  const originals: Originals = {
    byPath: new Map(stories.map((story) => [story.absolute, story])),
    ids: storyIds,
    unreadable,
  };
  const seen = new Map<string, RawEntry>();
  for (const entry of entries) {
    const key = `${entry.collection}/${entry.id}`;
    const earlier = seen.get(key);
    if (earlier) {
      problems.push({
        file: entry.file,
        line: 1,
        field: '(file name)',
        ...splitMessage(
          say(`"${entry.id}" is used twice (also ${earlier.file}).`, 'rename one of them.'),
        ),
      });
    }
    seen.set(key, entry);
    current.folder = dirname(entry.absolute);
    // The input is kept on each issue so that the net in inOurWords can tell an empty field from a wrong one.
    const result = schemas[entry.collection].safeParse(entry.data, { reportInput: true });
    if (!result.success) {
      for (const issue of result.error.issues) problems.push(...issueProblems(root, entry, issue));
    }
    crossChecks(entry, problems);
    if (entry.collection === 'translations') translationChecks(root, entry, originals, problems);
  }
  problems.sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0),
  );
  return { problems, counts };
}
