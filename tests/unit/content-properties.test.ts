import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { load } from 'js-yaml';
import { splitFrontMatter } from '#lib/content/front-matter.ts';
import { brandSchema, creatorSchema, storySchema } from '#lib/content/schema.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem, type Problem } from '#lib/content/problems.ts';
import { validateContent } from '#lib/content/validate-content-fs.ts';
import { isHarmless, mutation, writeMutated, type Mutation } from './content-mutations';
import { stubHelpers } from './helpers';

/**
 * Fixed, so that a failure prints a case that runs again the same way. SEED and RUNS in the
 * environment explore further (SEED=7 RUNS=5000 npx vitest run tests/unit/content-properties.test.ts).
 */
const seed = Number(process.env.SEED ?? 20_261_201);
const runs = (count: number) => Number(process.env.RUNS ?? count);
// One folder per process, so that two runs at once (a watcher and a one-off) do not collide.
const folder = `.tmp/mutations-unit-${process.pid}`;
const today = () => new Date('2026-06-01T00:00:00Z');

afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** What is wrong with a problem as printed, or undefined when it is fit to show an editor. */
function unfit(problem: Problem): string | undefined {
  const line = formatProblem(problem);
  if (!problem.file || !existsSync(problem.file)) return `names no file that exists: ${line}`;
  if (problem.line === undefined || !Number.isInteger(problem.line) || problem.line < 1)
    return `has no line: ${line}`;
  const lines = readFileSync(problem.file, 'utf8').split('\n').length;
  if (problem.line > lines) return `points past the end of the file (${lines} lines): ${line}`;
  if (!problem.field) return `names no field: ${line}`;
  if (!problem.message || !problem.fix) return `has no fix: ${line}`;
  // Zod's and JavaScript's own words: a message we did not write reached the editor.
  if (
    /Invalid input|expected \w+, received|TypeError|ReferenceError|undefined is not|\n\s+at /.test(
      line,
    )
  )
    return `is not in our words: ${line}`;
  return undefined;
}

function check(mutation: Mutation): Problem[] {
  writeMutated(folder, mutation);
  return validateContent(process.cwd(), { today, contentDir: folder });
}

describe('the content checker on randomly broken content', () => {
  it('passes the content every mutation starts from', () => {
    expect(
      validateContent(process.cwd(), { today, contentDir: 'tests/fixtures/valid-variations' }),
    ).toEqual([]);
  });

  it('never crashes, and every problem it prints has a file, a line, a field and a fix', () => {
    fc.assert(
      fc.property(mutation, (mutation) => {
        const problems = check(mutation);
        for (const problem of problems) {
          const reason = unfit(problem);
          if (reason) throw new Error(`The problem ${reason}`);
        }
      }),
      { seed, numRuns: runs(150) },
    );
  }, 120_000);

  it('reports nothing after a byte-order mark, CRLF line endings or a comment is added', () => {
    fc.assert(
      fc.property(
        mutation.filter((mutation) => isHarmless(mutation.kind)),
        (mutation) => {
          expect(check(mutation).map(formatProblem)).toEqual([]);
        },
      ),
      { seed, numRuns: runs(40) },
    );
  }, 60_000);

  it('reports every YAML syntax error it is given at a line of the file it is in', () => {
    fc.assert(
      fc.property(
        mutation.filter((mutation) => mutation.kind === 'yaml-syntax' || mutation.kind === 'tab'),
        (mutation) => {
          const problems = check(mutation);
          const path = join(folder, mutation.file);
          for (const problem of problems.filter((problem) => problem.file === path))
            expect(unfit(problem)).toBeUndefined();
        },
      ),
      { seed, numRuns: runs(40) },
    );
  }, 60_000);

  it('accepts nothing that Astro’s YAML parser and the schemas, as the build runs them, refuse', () => {
    // The build reads YAML with js-yaml, which makes Date objects of dates; the schemas must take
    // whatever the checker lets through in that form too.
    const helpers = stubHelpers({ creators: ['kyne', 'misaki-variations'], brands: ['koho'] });
    const schemas = {
      stories: storySchema(helpers),
      creators: creatorSchema(helpers),
      brands: brandSchema(helpers),
    };
    fc.assert(
      fc.property(mutation, (mutation) => {
        const problems = check(mutation);
        const path = join(folder, mutation.file);
        if (problems.length > 0) return;
        const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
        const split = mutation.file.endsWith('.mdx') ? splitFrontMatter(text) : { yaml: text };
        if (!('yaml' in split))
          throw new Error(
            `The checker passed a story without front matter: ${JSON.stringify(mutation)}`,
          );
        const collection = mutation.file.startsWith('stories/')
          ? 'stories'
          : mutation.file.startsWith('creators/')
            ? 'creators'
            : 'brands';
        const result = schemas[collection].safeParse(load(split.yaml) ?? {});
        expect(result.error?.issues ?? [], JSON.stringify(mutation)).toEqual([]);
      }),
      { seed, numRuns: runs(120) },
    );
  }, 120_000);
});
