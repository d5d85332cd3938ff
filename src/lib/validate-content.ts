/**
 * Reads every file under content/ and reports every problem at once, each with its file, line,
 * field and fix. Runs without Astro, so it is fast enough for tests and editor tooling, and the
 * build calls it too, so both enforce the same rules.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { z } from 'astro/zod';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { contentDir } from './content-files';
import type { Problem } from './problems';
import { brandSchema, creatorSchema, storySchema, type SchemaHelpers } from './schema';
import { missingSections } from './section-headings';

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
        problems.push({ file, line: 1, field: '(front matter)', message: 'The story has no front matter; start the file with --- and the fields, then --- again (run npm run new:story for a template).' });
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
        message: `The YAML cannot be read: ${error.message.split('\n')[0]}. Check indentation and quotes around text containing ":".`,
      });
    }
    if (document.errors.length > 0) return;
    if (!slugPattern.test(id)) {
      problems.push({ file, line: 1, field: '(file name)', message: `"${id}" is not a valid name; use lowercase letters, digits and single hyphens, for example ${id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}.` });
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

function schemaFor(entry: RawEntry, ids: Record<'creators' | 'brands', string[]>, today: () => Date): z.ZodType {
  const folder = dirname(entry.absolute);
  const helpers: SchemaHelpers = {
    image: () =>
      z.string({ error: 'Give the image path as text, for example ./hero.jpg.' }).superRefine((src, ctx) => {
        if (!existsSync(resolve(folder, src))) {
          ctx.addIssue({ code: 'custom', message: `No image at ${relative(process.cwd(), resolve(folder, src))}; put the file beside the story or fix the path.` });
        }
      }),
    reference: (collection) => z.string({ error: `Give the ${collection === 'creators' ? 'creator' : 'brand'} as its file name, without .yaml.` }).transform((id) => ({ id, collection })),
    existingIds: (collection) => ids[collection],
    today,
  };
  if (entry.collection === 'stories') return storySchema(helpers);
  if (entry.collection === 'creators') return creatorSchema(helpers);
  return brandSchema(helpers);
}

function crossChecks(entry: RawEntry, data: unknown, problems: Problem[]): void {
  const record = data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  if (entry.collection === 'creators' && typeof record['handle'] === 'string' && record['handle'] !== entry.id) {
    problems.push({ file: entry.file, ...locate(entry, ['handle']), field: 'handle', message: `The handle "${record['handle']}" does not match the file name "${entry.id}"; rename the file to ${record['handle']}.yaml or change the handle.` });
  }
  if (entry.collection === 'stories') {
    for (const section of missingSections(entry.body)) {
      problems.push({ file: entry.file, line: entry.bodyLine, field: '(body)', message: `The section "## ${section}" is missing; every story has The challenge, The approach, What was hard, Results and Takeaways.` });
    }
  }
}

export interface ValidateOptions {
  /** Today's date, for the future-date rule; defaults to now. */
  today?: () => Date;
}

/** Every problem in the content under `root`, in file order. An empty list means all is well. */
export function validateContent(root: string, options: ValidateOptions = {}): Problem[] {
  const problems: Problem[] = [];
  const entries = readEntries(root, problems);
  const ids = {
    creators: entries.filter((entry) => entry.collection === 'creators').map((entry) => entry.id),
    brands: entries.filter((entry) => entry.collection === 'brands').map((entry) => entry.id),
  };
  const seen = new Map<string, RawEntry>();
  for (const entry of entries) {
    const key = `${entry.collection}/${entry.id}`;
    const earlier = seen.get(key);
    if (earlier) {
      problems.push({ file: entry.file, line: 1, field: '(file name)', message: `"${entry.id}" is used twice (also ${earlier.file}); rename one of them.` });
    }
    seen.set(key, entry);
    const data: unknown = entry.document.toJS();
    const result = schemaFor(entry, ids, options.today ?? (() => new Date())).safeParse(data ?? {});
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({ file: entry.file, ...locate(entry, issue.path), field: issue.path.join('.') || '(file)', message: issue.message });
      }
    }
    crossChecks(entry, data, problems);
  }
  return problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}
