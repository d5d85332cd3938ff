import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { formatProblem } from '#lib/content/problems.ts';
import { writeSyntheticSite } from '../../scripts/bench/synthetic-site.ts';

const root = mkdtempSync(join(tmpdir(), 'bench-site-'));
const heroCache = join(root, 'heroes');
const size = { stories: 3, creators: 5, brands: 2 };
let first: Awaited<ReturnType<typeof writeSyntheticSite>>;
beforeAll(async () => {
  first = await writeSyntheticSite(join(root, 'content'), size, heroCache);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Every file under a folder, by path, with its bytes. */
function snapshot(folder: string): Map<string, Buffer> {
  const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((path) =>
    statSync(join(folder, path)).isFile(),
  );
  return new Map(files.sort().map((path) => [path, readFileSync(join(folder, path))]));
}

describe('the build benchmark’s synthetic site', () => {
  it('passes the content checker: every field, section, reference and hero image', async () => {
    expect(first.heroesDrawn).toBe(3);
    vi.stubEnv('CASEBOOK_CONTENT_DIR', 'content');
    vi.resetModules();
    const { inspectContent } = await import('#lib/content/validate-content-fs.ts');
    const { problems, counts } = inspectContent(root);
    vi.unstubAllEnvs();
    expect(problems.map(formatProblem)).toEqual([]);
    expect(counts).toEqual({ ...size, translations: 0 });
  });

  it('gives every story its own hero, and writes the same files again from the hero cache', async () => {
    const before = snapshot(join(root, 'content'));
    const heroes = [...before]
      .filter(([path]) => path.endsWith('hero.jpg'))
      .map(([, bytes]) => bytes.toString('base64'));
    expect(new Set(heroes).size).toBe(size.stories);
    const again = await writeSyntheticSite(join(root, 'content'), size, heroCache);
    expect(again).toMatchObject({ heroesDrawn: 0, heroesReused: 3 });
    expect(snapshot(join(root, 'content'))).toEqual(before);
  });
});
