import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { formatProblem } from '#lib/content/problems.ts';

const folder = join('.tmp', `scaffold-test-${process.pid}`);
mkdirSync(join(folder, 'stories'), { recursive: true });
cpSync('tests/fixtures/dangling/brands', join(folder, 'brands'), { recursive: true });
cpSync('tests/fixtures/dangling/creators', join(folder, 'creators'), { recursive: true });
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const node = join('node_modules', '.bin', 'node');
function scaffold(...args: string[]) {
  return spawnSync(node, ['scripts/new-story.ts', '--yes', ...args], {
    env: { ...process.env, CASEBOOK_CONTENT_DIR: folder },
    encoding: 'utf8',
  });
}
const storyFlags = [
  '--brand',
  'koho',
  '--creators',
  'kyne',
  '--regions',
  'north-america',
  '--industry',
  'finance',
  '--objectives',
  'awareness',
  '--formats',
  'short-video',
  '--year',
  '2025',
];

async function problems() {
  vi.stubEnv('CASEBOOK_CONTENT_DIR', folder);
  vi.resetModules();
  const { validateContent } = await import('#lib/content/validate-content-fs.ts');
  vi.unstubAllEnvs();
  return validateContent(process.cwd()).map(formatProblem);
}

describe('npm run new:story', () => {
  it('writes a story with every section and a hero image that passes the content check', async () => {
    const run = scaffold('--title', 'A bakery & a baker: 100 loaves', ...storyFlags);
    expect(run.status, run.stderr).toBe(0);
    const file = join(folder, 'stories', 'a-bakery-a-baker-100-loaves', 'index.mdx');
    const text = readFileSync(file, 'utf8');
    for (const section of [
      '## The challenge',
      '## The approach',
      '## What was hard',
      '## Results',
      '## Takeaways',
    ])
      expect(text).toContain(section);
    expect(existsSync(join(folder, 'stories', 'a-bakery-a-baker-100-loaves', 'hero.jpg'))).toBe(
      true,
    );
    expect(await problems()).toEqual([]);
  });

  it('gives a second story with the same title its own slug instead of overwriting', () => {
    const before = readFileSync(
      join(folder, 'stories', 'a-bakery-a-baker-100-loaves', 'index.mdx'),
      'utf8',
    );
    const run = scaffold('--title', 'A bakery & a baker: 100 loaves', ...storyFlags);
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(join(folder, 'stories', 'a-bakery-a-baker-100-loaves-2', 'index.mdx'))).toBe(
      true,
    );
    expect(
      readFileSync(join(folder, 'stories', 'a-bakery-a-baker-100-loaves', 'index.mdx'), 'utf8'),
    ).toBe(before);
  });

  it('creates a new creator when asked, and the result passes the check', async () => {
    const creator = {
      id: 'new-face',
      handle: 'new-face',
      name: '新しい顔',
      region: 'east-southeast-asia',
      country: 'JP',
      languages: ['ja'],
      niches: ['food'],
      audience: 'micro',
      bio: 'Cooks at home.',
    };
    const run = scaffold(
      '--title',
      'A newcomer story',
      '--new-creator',
      JSON.stringify(creator),
      ...storyFlags.map((flag) => (flag === 'kyne' ? 'kyne,new-face' : flag)),
    );
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(join(folder, 'creators', 'new-face.yaml'), 'utf8')).toContain(
      'handle: new-face',
    );
    expect(await problems()).toEqual([]);
  });

  it('refuses to overwrite an existing brand file', () => {
    const before = readFileSync(join(folder, 'brands', 'koho.yaml'), 'utf8');
    const run = scaffold(
      '--title',
      'Another',
      '--new-brand',
      JSON.stringify({ id: 'koho', name: 'Other', industry: 'retail', country: 'KE', about: 'x' }),
      ...storyFlags,
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('koho.yaml already exists; it was left as it is.');
    expect(readFileSync(join(folder, 'brands', 'koho.yaml'), 'utf8')).toBe(before);
  });

  it('names an unknown creator and suggests the nearest one, writing nothing', () => {
    const run = scaffold(
      '--title',
      'Typo story',
      ...storyFlags.map((flag) => (flag === 'kyne' ? 'kyn' : flag)),
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('No creator "kyn". Did you mean "kyne"?');
    expect(existsSync(join(folder, 'stories', 'typo-story'))).toBe(false);
  });
});
