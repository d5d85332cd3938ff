import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, describe, expect, it } from 'vitest';
import { validateContent } from '#lib/content/validate-content-fs.ts';

const folder = '.tmp/checker-speed';
const stories = 1000;
const creators = 1000;

afterAll(() => { if (!process.env.KEEP) rmSync(folder, { recursive: true, force: true }); });

/** A thousand stories and a thousand creators, all valid, made from the valid fixtures. */
function writeContent(): void {
  rmSync(folder, { recursive: true, force: true });
  const base = 'tests/fixtures/valid-variations';
  for (const kind of ['brands', 'creators', 'stories']) mkdirSync(join(folder, kind), { recursive: true });
  copyFileSync(join(base, 'brands/koho.yaml'), join(folder, 'brands/koho.yaml'));
  const creator = readFileSync(join(base, 'creators/misaki-variations.yaml'), 'utf8');
  for (let index = 0; index < creators; index += 1) {
    writeFileSync(join(folder, 'creators', `creator-${index}.yaml`), creator.replace('handle: "misaki-variations"', `handle: "creator-${index}"`));
  }
  const story = readFileSync(join(base, 'stories/bom-crlf/index.mdx'), 'utf8');
  for (let index = 0; index < stories; index += 1) {
    const dir = join(folder, 'stories', `story-${index}`);
    mkdirSync(dir);
    writeFileSync(join(dir, 'index.mdx'), story.replace('creators: [kyne, misaki-variations]', `creators: [creator-${index}, creator-${(index * 7) % creators}]`));
    copyFileSync(join(base, 'stories/bom-crlf/hero.jpg'), join(dir, 'hero.jpg'));
  }
}

describe('the content checker’s speed', () => {
  it(`checks ${stories} stories and ${creators} creators within 1.5 s`, () => {
    writeContent();
    // The best of five runs: the budget is for the checker, not for whatever else the machine
    // runs meanwhile (the other integration tests run Astro beside this one).
    const times: number[] = [];
    for (let run = 0; run < 5; run += 1) {
      const started = performance.now();
      const problems = validateContent(process.cwd(), { contentDir: folder });
      times.push(performance.now() - started);
      expect(problems).toEqual([]);
    }
    const best = Math.min(...times);
    console.log(`check:content on ${stories} stories and ${creators} creators: ${times.map((time) => `${Math.round(time)} ms`).join(', ')}`);
    expect(best).toBeLessThan(1500);
  });
});
