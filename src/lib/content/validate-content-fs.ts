/**
 * Reads every file under content/ and reports every problem at once, each with its file, line,
 * field and fix. Runs without Astro, so it is fast enough for tests and editor tooling, and the
 * build calls it too, so both enforce the same rules.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { z } from 'astro/zod';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { contentDir } from './content-files-fs.ts';
import { checkImage } from './image-rules-fs.ts';
import { checkStoryBody } from './mdx-rules.ts';
import { splitMessage, type Problem } from './problems.ts';
import { brandSchema, creatorSchema, say, shapeOnlyHelpers, storySchema, type SchemaHelpers } from './schema.ts';
import { missingSections } from './section-headings.ts';
import { didYouMean } from './suggest.ts';

type Collection = 'stories' | 'creators' | 'brands';

interface RawEntry {
  collection: Collection;
  id: string;
  /** Path from the project root. */
  file: string;
  /** Absolute path. */
  absolute: string;
  document: Document;
  lineCounter: LineCounter;
  /** Lines before the YAML starts in the file (1 for MDX front matter after `---`). */
  lineOffset: number;
  body: string;
  /** Line in the file where the body starts. */
  bodyLine: number;
}

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function listFiles(folder: string): string[] {
  try {
    return readdirSync(folder).sort();
  } catch {
    return [];
  }
}

/** Splits an MDX file into its front matter and body. */
function splitFrontMatter(source: string): { yaml: string; body: string; bodyLine: number } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) return undefined;
  const yaml = match[1] ?? '';
  return { yaml, body: source.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

function readEntries(root: string, problems: Problem[]): RawEntry[] {
  const base = join(root, contentDir);
  const entries: RawEntry[] = [];
  const add = (collection: Collection, id: string, absolute: string, isMdx: boolean) => {
    const file = relative(root, absolute);
    const source = readFileSync(absolute, 'utf8');
    let yaml = source;
    let body = '';
    let bodyLine = 1;
    if (isMdx) {
      const split = splitFrontMatter(source);
      if (!split) {
        problems.push({ file, line: 1, field: '(front matter)', ...splitMessage(say('The story has no front matter.', 'start the file with a line ---, the fields, and another line --- (npm run new:story writes a template).')) });
        return;
      }
      ({ yaml, body, bodyLine } = split);
    }
    const lineCounter = new LineCounter();
    const document = parseDocument(yaml, { lineCounter, prettyErrors: false });
    for (const error of document.errors) {
      const position = error.linePos?.[0];
      problems.push({
        file,
        ...(position ? { line: position.line + (isMdx ? 1 : 0), column: position.col } : {}),
        field: '(yaml)',
        ...splitMessage(say(`The YAML cannot be read: ${error.message.split('\n')[0]}.`, 'check the indentation, and put quotes around text that contains ": " or starts with a symbol.')),
      });
    }
    if (document.errors.length > 0) return;
    if (!slugPattern.test(id)) {
      problems.push({ file, line: 1, field: '(file name)', ...splitMessage(say(`"${id}" is not a valid name.`, `rename it with lowercase letters, digits and single hyphens, for example ${id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}.`)) });
    }
    entries.push({ collection, id, file, absolute, document, lineCounter, lineOffset: isMdx ? 1 : 0, body, bodyLine });
  };

  const storiesDir = join(base, 'stories');
  for (const name of listFiles(storiesDir)) {
    const path = join(storiesDir, name);
    if (name.endsWith('.mdx')) add('stories', name.slice(0, -4), path, true);
    else if (statSync(path).isDirectory() && existsSync(join(path, 'index.mdx'))) add('stories', name, join(path, 'index.mdx'), true);
  }
  for (const collection of ['creators', 'brands'] as const) {
    const folder = join(base, collection);
    for (const name of listFiles(folder)) {
      const match = /^(.*)\.ya?ml$/.exec(name);
      if (match?.[1] !== undefined) add(collection, match[1], join(folder, name), false);
    }
  }
  return entries;
}

/** The 1-based line and column of a field in an entry, or of its nearest existing parent. */
function locate(entry: RawEntry, path: readonly PropertyKey[]): { line: number; column: number } {
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const node = entry.document.getIn(path.slice(0, depth).map(String).map((key) => (/^\d+$/.test(key) ? Number(key) : key)), true);
    const range = node && typeof node === 'object' && 'range' in node ? (node.range as [number, number, number] | undefined) : undefined;
    if (range) {
      const position = entry.lineCounter.linePos(range[0]);
      return { line: position.line + entry.lineOffset, column: position.col };
    }
    // A missing key: point at the key of the parent map instead of its value, if there is one.
  }
  return { line: 1, column: 1 };
}

function schemaFor(root: string, entry: RawEntry, ids: Record<'creators' | 'brands', string[]>, today: () => Date): z.ZodType {
  const folder = dirname(entry.absolute);
  const helpers: SchemaHelpers = {
    image: (kind) =>
      z.string({ error: say('The image path is missing.', 'write src: ./file.jpg, relative to this file.') }).superRefine((src, ctx) => {
        const path = resolve(folder, src);
        const problem = checkImage(path, relative(root, path), kind);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }),
    reference: (collection) =>
      z.string({ error: say(`This ${collection === 'creators' ? 'creator' : 'brand'} is not a name.`, 'write the file name without .yaml.') }).transform((id) => ({ id, collection })),
    existingIds: (collection) => ids[collection],
    today,
  };
  if (entry.collection === 'stories') return storySchema(helpers);
  if (entry.collection === 'creators') return creatorSchema(helpers);
  return brandSchema(helpers);
}

function crossChecks(entry: RawEntry, problems: Problem[]): void {
  if (entry.collection === 'stories') {
    for (const section of missingSections(entry.body)) {
      problems.push({ file: entry.file, line: entry.bodyLine, field: '(body)', ...splitMessage(say(`The section "## ${section}" is missing.`, 'add it; every story has The challenge, The approach, What was hard, Results and Takeaways.')) });
    }
    for (const problem of checkStoryBody(entry.body)) {
      problems.push({ file: entry.file, line: entry.bodyLine + problem.line - 1, column: problem.column, field: '(body)', ...splitMessage(problem.message) });
    }
  }
}

/** Problems for one schema issue; an unknown field is reported at the field itself. */
function issueProblems(entry: RawEntry, issue: z.core.$ZodIssue): Problem[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const path = [...issue.path, key];
      return { file: entry.file, ...locate(entry, path), field: path.join('.'), ...splitMessage(say(`"${key}" is not a field we know.${didYouMean(key, knownFields(entry))}`, 'remove it or correct its spelling; CONTRIBUTING.md lists every field.')) };
    });
  }
  return [{ file: entry.file, ...locate(entry, issue.path), field: issue.path.join('.') || '(file)', ...splitMessage(issue.message) }];
}

/** Top-level field names of each collection, for "did you mean" on unknown fields. */
const fieldNames = {
  stories: Object.keys(storySchema(shapeOnlyHelpers).shape),
  creators: Object.keys(creatorSchema(shapeOnlyHelpers).shape),
  brands: Object.keys(brandSchema(shapeOnlyHelpers).shape),
};

function knownFields(entry: RawEntry): string[] {
  return fieldNames[entry.collection];
}

export interface ValidateOptions {
  /** Today's date, for the future-date rule; defaults to now. */
  today?: () => Date;
}

/** Every problem in the content under `root`, in file order. An empty list means all is well. */
export function validateContent(root: string, options: ValidateOptions = {}): Problem[] {
  return inspectContent(root, options).problems;
}

/** Every problem, and how many entries of each collection were checked. */
export function inspectContent(root: string, options: ValidateOptions = {}): { problems: Problem[]; counts: Record<Collection, number> } {
  const problems: Problem[] = [];
  const entries = readEntries(root, problems);
  const counts = { stories: 0, creators: 0, brands: 0 };
  for (const entry of entries) counts[entry.collection] += 1;
  const ids = {
    creators: entries.filter((entry) => entry.collection === 'creators').map((entry) => entry.id),
    brands: entries.filter((entry) => entry.collection === 'brands').map((entry) => entry.id),
  };
  const seen = new Map<string, RawEntry>();
  for (const entry of entries) {
    const key = `${entry.collection}/${entry.id}`;
    const earlier = seen.get(key);
    if (earlier) {
      problems.push({ file: entry.file, line: 1, field: '(file name)', ...splitMessage(say(`"${entry.id}" is used twice (also ${earlier.file}).`, 'rename one of them.')) });
    }
    seen.set(key, entry);
    const data: unknown = entry.document.toJS();
    const result = schemaFor(root, entry, ids, options.today ?? (() => new Date())).safeParse(data ?? {});
    if (!result.success) {
      for (const issue of result.error.issues) problems.push(...issueProblems(entry, issue));
    }
    crossChecks(entry, problems);
  }
  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { problems, counts };
}
