import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const folder = join('.tmp', `translation-command-test-${process.pid}`);
mkdirSync(folder, { recursive: true });
cpSync('tests/fixtures/translations/valid', folder, { recursive: true });
rmSync(join(folder, 'stories/fixture-story/ar.mdx'));
rmSync(join(folder, 'stories/fixture-story/ja.mdx'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const node = join('node_modules', '.bin', 'node');
function command(...args: string[]) {
  return spawnSync(node, ['scripts/new-translation.ts', ...args], {
    env: { ...process.env, CASEBOOK_CONTENT_DIR: folder },
    encoding: 'utf8',
  });
}

describe('npm run new:translation', () => {
  it('writes the translation and prints the next steps', () => {
    const run = command('fixture-story', 'ja');
    expect(run.status, run.stderr).toBe(0);
    const file = join(folder, 'stories/fixture-story/ja.mdx');
    expect(run.stdout).toContain(`created ${file}`);
    expect(run.stdout).toContain(`Next, in ${file}:`);
    expect(run.stdout).toContain('Run npm run check:content.');
    expect(readFileSync(file, 'utf8')).toContain('translationOf: fixture-story');
  });

  it('stops with exit status 2, writing nothing over the file, when it exists', () => {
    const file = join(folder, 'stories/fixture-story/ja.mdx');
    const before = readFileSync(file, 'utf8');
    const run = command('fixture-story', 'ja');
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`new:translation: ${file} already exists; it was left as it is.\n`);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('asks for the story and the language when either is missing', () => {
    const run = command('fixture-story');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('give the story and the language');
    expect(run.stderr).toContain('<locale>   ar (Arabic) or ja (Japanese)');
    expect(existsSync(join(folder, 'stories/fixture-story/ar.mdx'))).toBe(false);
  });
});
