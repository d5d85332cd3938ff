/**
 * Random mistakes in valid content, for the property tests of the content checker: the unit test
 * runs the checker on many of them, the integration test compares a few with the build. Each
 * mutation is plain data (which file, which kind of mistake, which line, which bad value), so a
 * failing case prints as something an editor could have written, and a seed reproduces it.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';

/** The valid content every mutation starts from: one story, two creators, one brand. */
export const baseFolder = 'tests/fixtures/valid-variations';

/** The files a mutation may change, relative to the content folder. */
export const mutableFiles = [
  'stories/bom-crlf/index.mdx',
  'creators/misaki-variations.yaml',
  'creators/kyne.yaml',
  'brands/koho.yaml',
] as const;

/** Mutations that leave content valid: the checker must report nothing after them. */
export const harmlessKinds = ['bom', 'crlf', 'comment'] as const;

const kinds = [
  'delete-field',
  'change-type',
  'break-date',
  'yaml-syntax',
  'tab',
  'change-reference',
  'bad-url',
  'body',
  'random-character',
  ...harmlessKinds,
] as const;

export type MutationKind = (typeof kinds)[number];

export interface Mutation {
  file: (typeof mutableFiles)[number];
  kind: MutationKind;
  /** Chooses the line (or position) to change, modulo the number of candidates. */
  pick: number;
  /** Chooses the bad value, modulo the number of values of that kind. */
  variant: number;
}

/** Every kind of mutation, on any file, at any line, with any value. */
export const mutation: fc.Arbitrary<Mutation> = fc.record({
  file: fc.constantFrom(...mutableFiles),
  kind: fc.constantFrom(...kinds),
  pick: fc.nat({ max: 10_000 }),
  variant: fc.nat({ max: 10_000 }),
});

const wrongValues = ['[a, b]', '42', 'true', '{x: 1}', '', 'null', '"  "', '- item', '2025-01-01'];
const badDates = [
  '2025-02-30',
  '2025-13-01',
  '03/02/2025',
  '2025-2-3',
  '2025-02-28T10:00:00Z',
  'yesterday',
  '0000-00-00',
  '2025-04-31',
  '"2023-02-29"',
  '2099-01-01',
];
const syntaxErrors = [
  'title: "never closed',
  "bio: 'never closed",
  'note: a: b',
  '   stray: indented',
  'handle2: @someone',
  'alias: *nothing',
  'tagged: !oops',
  'list: [open',
  'map: {open',
  'key "quoted" value',
  '- loose item',
  '? complex',
];
const badUrls = [
  'javascript:alert(1)',
  'data:text/html,hi',
  'vbscript:msgbox',
  'htps://example.org',
  'example.org/page',
  '""',
  'https://',
  'https//example.org',
  'mailto:team@example.org',
  'ftp://example.org',
  'JAVASCRIPT:alert(1)',
  '" https://example.org"',
  'http://example.org',
  '//example.org',
];
const bodyBreaks = [
  '[x](javascript:alert(1))',
  '<Foo',
  '{1 + 1}',
  '<https://example.org>',
  '[x](htps://example.org)',
  '<q cite="data:x">y</q>',
  'import x from "y"',
  '<Callout>',
  '[x](example.org)',
  '<abbr onclick="x">y</abbr>',
];
const randomCharacters = [
  '\t',
  ':',
  ': ',
  '"',
  "'",
  '#',
  '-',
  ' ',
  '\n',
  '[',
  ']',
  '{',
  '}',
  '@',
  '`',
  '|',
  '>',
  '&',
  '*',
  '!',
  '%',
  ',',
  '\r',
  '\uFEFF',
  '\u0000',
  'é',
  '林',
];
const references = ['ghost', 'kyn', 'koho ', 'KOHO', '', 'misaki-variations.yaml', '../koho'];

function at<T>(values: readonly T[], index: number): T {
  const value = values[index % values.length];
  if (value === undefined) throw new Error('at() needs a non-empty list');
  return value;
}

/** The line numbers (0-based) of the YAML part of a file: between `---` lines in a story. */
function yamlLines(lines: readonly string[], isStory: boolean): number[] {
  if (!isStory) return lines.map((_, index) => index);
  const close = lines.findIndex((line, index) => index > 0 && /^---\s*$/.test(line));
  return lines.map((_, index) => index).filter((index) => index > 0 && index < close);
}

/** Applies a mutation to a file's text. */
export function mutate(text: string, { file, kind, pick, variant }: Mutation): string {
  const isStory = file.endsWith('.mdx');
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(/\r?\n/);
  const yaml = yamlLines(lines, isStory);
  const keyed = yaml.filter((index) => /^\s*(?:-\s+)?[\w]+:/.test(lines[index] ?? ''));
  const join = (changed: string[]) => changed.join(newline);
  const replaceLine = (index: number, line: string) =>
    join(lines.map((existing, at) => (at === index ? line : existing)));
  const insertLine = (index: number, line: string) =>
    join([...lines.slice(0, index), line, ...lines.slice(index)]);
  const line = at(keyed.length > 0 ? keyed : yaml, pick);
  const current = lines[line] ?? '';
  const indent = /^\s*(?:-\s+)?/.exec(current)?.[0].replace(/-/g, ' ') ?? '';
  switch (kind) {
    case 'delete-field': {
      // A field and the lines indented under it.
      const depth = /^\s*/.exec(current)?.[0].length ?? 0;
      let end = line + 1;
      while (
        end < lines.length &&
        yaml.includes(end) &&
        ((lines[end] ?? '').trim() === '' ||
          (/^\s*/.exec(lines[end] ?? '')?.[0].length ?? 0) > depth)
      )
        end += 1;
      return join([...lines.slice(0, line), ...lines.slice(end)]);
    }
    case 'change-type':
      return replaceLine(line, current.replace(/:\s.*$|:$/, `: ${at(wrongValues, variant)}`));
    case 'break-date': {
      const dated = yaml.filter((index) => /\d{4}-\d{2}-\d{2}/.test(lines[index] ?? ''));
      if (dated.length === 0)
        return insertLine(at(yaml, pick), `${indent}date: ${at(badDates, variant)}`);
      const index = at(dated, pick);
      return replaceLine(
        index,
        (lines[index] ?? '').replace(/"?\d{4}-\d{2}-\d{2}"?/, at(badDates, variant)),
      );
    }
    case 'yaml-syntax':
      return insertLine(at(yaml, pick) + 1, `${indent}${at(syntaxErrors, variant)}`);
    case 'tab':
      return replaceLine(line, /^ +/.test(current) ? current.replace(/^ +/, '\t') : `\t${current}`);
    case 'change-reference': {
      const referring = yaml.filter((index) =>
        /^\s*(?:-\s+)?(brand|creators):/.test(lines[index] ?? ''),
      );
      if (referring.length === 0)
        return replaceLine(line, current.replace(/:\s.*$/, `: ${at(references, variant)}`));
      const index = at(referring, pick);
      const target = lines[index] ?? '';
      return replaceLine(
        index,
        target.includes('creators:')
          ? target.replace(/\[([^\]]*)\]/, `[$1, ${at(references, variant)}]`)
          : target.replace(/:\s.*$/, `: ${at(references, variant)}`),
      );
    }
    case 'bad-url': {
      const url = at(badUrls, variant);
      const sourceName = yaml.find((index) => /^\s*-\s+name:/.test(lines[index] ?? ''));
      if (file.startsWith('brands/')) return insertLine(at(yaml, pick), `site: ${url}`);
      if (sourceName !== undefined)
        return insertLine(
          sourceName + 1,
          `${/^\s*/.exec(lines[sourceName] ?? '')?.[0] ?? ''}  url: ${url}`,
        );
      if (isStory) return join([...lines, '', `See [the source](${url.replace(/"/g, '')}).`]);
      return join([...lines, 'sources:', '  - name: A source', `    url: ${url}`]);
    }
    case 'body': {
      if (!isStory) return insertLine(at(yaml, pick) + 1, `${indent}${at(bodyBreaks, variant)}`);
      const close = lines.findIndex((text, index) => index > 0 && /^---\s*$/.test(text));
      const bodyLine = close + 1 + (pick % Math.max(1, lines.length - close - 1));
      return insertLine(bodyLine, at(bodyBreaks, variant));
    }
    case 'random-character': {
      const position = pick % Math.max(1, text.length);
      return (
        text.slice(0, position) +
        at(randomCharacters, variant) +
        text.slice(position + (variant % 3 === 0 ? 1 : 0))
      );
    }
    case 'bom':
      return text.startsWith('\uFEFF') ? text.slice(1) : `\uFEFF${text}`;
    case 'crlf':
      return text.includes('\r\n') ? text.replace(/\r\n/g, '\n') : text.replace(/\n/g, '\r\n');
    case 'comment': {
      // Before a top-level field a comment is always valid; inside a block of text it would end it.
      const topLevel = yaml.filter((index) => /^[A-Za-z]\w*:/.test(lines[index] ?? ''));
      return insertLine(at(topLevel, pick), '# an editor’s note');
    }
  }
}

/** True for mutations after which the content must still pass. */
export function isHarmless(kind: MutationKind): boolean {
  return (harmlessKinds as readonly string[]).includes(kind);
}

/**
 * A copy of the base content under `folder` (inside the project, since Astro's loaders take the
 * content folder relative to it), with `mutation` applied; returns the mutated file's path.
 */
export function writeMutated(folder: string, mutation: Mutation): string {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  cpSync(baseFolder, folder, { recursive: true });
  const path = join(folder, mutation.file);
  writeFileSync(path, mutate(readFileSync(path, 'utf8'), mutation));
  return path;
}
