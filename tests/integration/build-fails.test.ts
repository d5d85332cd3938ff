import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '#lib/content/problems.ts';
import { validateContent } from '#lib/content/validate-content-fs.ts';

/** Runs an Astro command against a content folder, with colour off so messages can be read. */
function astro(command: string[], contentDir: string) {
  const run = spawnSync('npx', ['astro', ...command], {
    env: { ...process.env, CASEBOOK_CONTENT_DIR: contentDir, FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 180_000,
  });
  // Astro underlines addresses even without colour; the checker's lines are compared without it.
  const output = `${run.stdout}\n${run.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
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
    const { status, output } = astro(['build', '--outDir', '.tmp/build-fails-dist'], 'tests/fixtures/code-in-story');
    expect(status, output).not.toBe(0);
    expect(output).toContain('tests/fixtures/code-in-story/stories/runs-code/index.mdx:38:12  (body)  Text in {curly braces} runs as code.  Remove the braces, or write \\{ to show a brace.');
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

