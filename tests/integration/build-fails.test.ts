import { spawnSync } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';
import { rmSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '#lib/content/problems.ts';
import { validateContent } from '#lib/content/validate-content-fs.ts';
import {
  mutation,
  writeMutated,
  type Mutation,
  type MutationKind,
} from '../unit/content-mutations';

/** Runs an Astro command against a content folder, with colour off so messages can be read. */
function astro(command: string[], contentDir: string) {
  const run = spawnSync('npx', ['astro', ...command], {
    env: { ...process.env, CASEBOOK_CONTENT_DIR: contentDir, FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 180_000,
  });
  // Astro underlines addresses even without colour; the checker's lines are compared without it.
  const output = stripVTControlCharacters(`${run.stdout}\n${run.stderr}`);
  return { status: run.status, output };
}

describe('the build refuses broken content', () => {
  it('fails, naming the file, field and fix, when a story names a creator that does not exist', () => {
    const { status, output } = astro(['sync'], 'tests/fixtures/dangling');
    expect(status, output).not.toBe(0);
    expect(output).toContain('broken-story');
    expect(output).toContain('creators.1');
    expect(output).toContain('No creator "ghost-creator" exists');
    expect(output).toContain('add content/creators/ghost-creator.yaml');
  }, 180_000);

  it('fails with the content checker’s message when a story body runs code', () => {
    const { status, output } = astro(
      ['build', '--outDir', '.tmp/build-fails-dist'],
      'tests/fixtures/code-in-story',
    );
    expect(status, output).not.toBe(0);
    expect(output).toContain(
      'tests/fixtures/code-in-story/stories/runs-code/index.mdx:38:12  (body)  Text in {curly braces} runs as code.  Remove the braces, or write \\{ to show a brace.',
    );
  }, 180_000);

  it('stops astro sync with every line the checker prints, YAML syntax errors, dates and links included', () => {
    const folder = 'tests/fixtures/broken';
    const expected = validateContent(process.cwd(), { contentDir: folder }).map(formatProblem);
    expect(expected.some((line) => line.includes('A tab is used to indent this line'))).toBe(true);
    const { status, output } = astro(['sync'], folder);
    expect(status, output).not.toBe(0);
    expect(output).toContain(`${expected.length} content problems:`);
    for (const line of expected) expect(output).toContain(line);
  }, 180_000);

  it('accepts a story and a creator saved with a byte-order mark and CRLF line endings', () => {
    const folder = 'tests/fixtures/valid-variations';
    expect(validateContent(process.cwd(), { contentDir: folder })).toEqual([]);
    const { status, output } = astro(['sync'], folder);
    expect(status, output).toBe(0);
  }, 180_000);
});

// Astro keeps one content store per project, so every test that runs Astro is in this file,
// where tests run one after another.
/** Fixed, so that a disagreement found once is found again. */
const seed = 20_261_201;
const root = `.tmp/mutations-build-${process.pid}`;

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** One sampled mutation of each kind named, the same ones on every run. */
function sampleOf(kinds: readonly MutationKind[]): Mutation[] {
  return kinds.map((kind, index) => {
    const [sampled] = fc.sample(
      mutation.filter((candidate) => candidate.kind === kind),
      { seed: seed + index, numRuns: 1 },
    );
    if (!sampled) throw new Error(`No mutation of kind ${kind} was sampled.`);
    return sampled;
  });
}

/** Runs a command on a content folder with colour off; its exit status and all it printed. */
function run(command: string, args: string[], contentDir: string) {
  const result = spawnSync(command, args, {
    env: { ...process.env, CASEBOOK_CONTENT_DIR: contentDir, FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 180_000,
  });
  return {
    passed: result.status === 0,
    output: stripVTControlCharacters(`${result.stdout}\n${result.stderr}`),
  };
}

function checker(contentDir: string) {
  return run('npm', ['run', '--silent', 'check:content'], contentDir);
}

/** The first problem line the checker printed (after its heading), to find in the build's output. */
function firstProblem(output: string): string | undefined {
  return output.split('\n').find((line) => /^\S+:\d+(?::\d+)? {2}/.test(line));
}

describe('the build and the content checker agree on randomly broken content', () => {
  const synced = sampleOf([
    'yaml-syntax',
    'tab',
    'break-date',
    'bad-url',
    'change-type',
    'random-character',
    'crlf',
    'comment',
    'delete-field',
  ]);

  it.each(
    synced.map((sampled, index) => [`${sampled.kind} in ${sampled.file}`, sampled, index] as const),
  )('astro sync agrees on %s', (_name, sampled, index) => {
    const folder = `${root}/sync-${index}`;
    writeMutated(folder, sampled);
    const check = checker(folder);
    const sync = run('npx', ['astro', 'sync'], folder);
    expect(
      sync.passed,
      `${JSON.stringify(sampled)}\n--- checker\n${check.output}\n--- astro sync\n${sync.output}`,
    ).toBe(check.passed);
    const line = firstProblem(check.output);
    if (!check.passed && line) expect(sync.output).toContain(line);
  });

  it.each(
    sampleOf(['bom', 'yaml-syntax']).map(
      (sampled, index) => [`${sampled.kind} in ${sampled.file}`, sampled, index] as const,
    ),
  )('astro build agrees on %s', (_name, sampled, index) => {
    const folder = `${root}/build-${index}`;
    writeMutated(folder, sampled);
    const check = checker(folder);
    const build = run('npx', ['astro', 'build', '--outDir', `${root}/dist-${index}`], folder);
    expect(
      build.passed,
      `${JSON.stringify(sampled)}\n--- checker\n${check.output}\n--- astro build\n${build.output}`,
    ).toBe(check.passed);
  });
});
