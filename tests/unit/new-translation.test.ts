import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { splitFrontMatter } from '#lib/content/front-matter.ts';
import { startTranslation } from '#lib/content/new-translation-fs.ts';
import { formatProblem } from '#lib/content/problems.ts';
import {
  localizeHeadings,
  translationNextSteps,
  translationTemplate,
} from '#lib/content/translation-template.ts';
import { validateContent } from '#lib/content/validate-content-fs.ts';

const today = () => new Date('2026-06-01T00:00:00Z');

/** A project folder with the valid translation fixture's story (and its brand and creator), but none of its translations. */
const root = mkdtempSync(join(tmpdir(), 'casebook-translation-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
cpSync('tests/fixtures/translations/valid', join(root, 'content'), { recursive: true });
const folder = join(root, 'content/stories/fixture-story');
rmSync(join(folder, 'ar.mdx'));
rmSync(join(folder, 'ja.mdx'));

const problems = () => validateContent(root, { today }).map(formatProblem);

/** The front matter of a written file, as the build reads it. */
function frontMatter(text: string): unknown {
  const split = splitFrontMatter(text);
  if (!('yaml' in split)) throw new Error('The translation has no front matter.');
  return load(split.yaml);
}

describe('npm run new:translation, on a temporary content folder', () => {
  it('writes the Arabic translation with the original’s words in place and the headings in Arabic', () => {
    expect(startTranslation(root, 'fixture-story', 'ar')).toEqual({
      file: 'content/stories/fixture-story/ar.mdx',
      locale: 'ar',
    });
    const text = readFileSync(join(folder, 'ar.mdx'), 'utf8');
    expect(frontMatter(text)).toEqual({
      translationOf: 'fixture-story',
      translator: null,
      title: 'A fixture story with two results and a quote',
      summary: 'Used by the tests to check translations against their original.',
      heroAlt: 'A plain green rectangle.',
      results: [
        { measures: 'more sign-ups than the previous campaign', period: 'first 30 days' },
        { measures: 'views', period: 'first week' },
      ],
      quotes: [{ text: 'We let the creator lead.', role: 'Head of brand, KOHO' }],
    });
    expect(text).toContain('# translator: who translated it, written in Arabic: a name or a team.');
    expect(text).toContain('  # Said by A. Person (brand).\n  - text: We let the creator lead.');
    expect(text.split('\n').filter((line) => line.startsWith('## '))).toEqual([
      '## التحدي',
      '## النهج',
      '## ما كان صعبًا',
      '## النتائج',
      '## الخلاصات',
    ]);
  });

  it('leaves the translator for the editor to name: the only problem the check finds', () => {
    expect(problems()).toEqual([
      'content/stories/fixture-story/ar.mdx:4:12  translator  "translator" is empty.  Add translator: who translated it.',
    ]);
    const path = join(folder, 'ar.mdx');
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace('translator:\n', 'translator: فريق تحرير Casebook\n'),
    );
    expect(problems()).toEqual([]);
  });

  it('writes the Japanese translation beside it', () => {
    expect(startTranslation(root, 'fixture-story', 'ja')).toEqual({
      file: 'content/stories/fixture-story/ja.mdx',
      locale: 'ja',
    });
    const text = readFileSync(join(folder, 'ja.mdx'), 'utf8');
    expect(text).toContain('## 難しかった点\n');
    expect(text).toContain('written in Japanese');
  });

  it('refuses to overwrite a translation that exists', () => {
    const before = readFileSync(join(folder, 'ar.mdx'), 'utf8');
    expect(startTranslation(root, 'fixture-story', 'ar')).toEqual({
      problem: 'content/stories/fixture-story/ar.mdx already exists; it was left as it is.',
    });
    expect(readFileSync(join(folder, 'ar.mdx'), 'utf8')).toBe(before);
  });

  it('names a story that does not exist, suggesting the one meant', () => {
    expect(startTranslation(root, 'fixture-stroy', 'ar')).toEqual({
      problem:
        'No story "fixture-stroy". Did you mean "fixture-story"? Give the name of a folder in content/stories/.',
    });
    expect(startTranslation(root, 'fixture', 'ar')).toEqual({
      problem:
        'No story "fixture". Did you mean "fixture-story"? Give the name of a folder in content/stories/.',
    });
  });

  it('refuses a language stories are not translated into, and English', () => {
    expect(startTranslation(root, 'fixture-story', 'fr')).toEqual({
      problem:
        '"fr" is not a language stories are translated into. Give ar (Arabic) or ja (Japanese).',
    });
    expect(startTranslation(root, 'fixture-story', 'en')).toEqual({
      problem:
        'Stories are written in English: content/stories/fixture-story/index.mdx is the English. Give ar (Arabic) or ja (Japanese).',
    });
  });

  it('asks for a single-file story to be moved into a folder first', () => {
    cpSync(join(folder, 'index.mdx'), join(root, 'content/stories/single.mdx'));
    expect(startTranslation(root, 'single', 'ar')).toEqual({
      problem:
        "content/stories/single.mdx is a story in a single file, and a translation sits beside a story's index.mdx. Move it to content/stories/single/index.mdx (with its images) first.",
    });
    rmSync(join(root, 'content/stories/single.mdx'));
  });

  it('sends the editor to the content check when the story cannot be read', () => {
    const broken = join(root, 'content/stories/broken');
    cpSync(folder, broken, { recursive: true });
    rmSync(join(broken, 'ar.mdx'));
    rmSync(join(broken, 'ja.mdx'));
    writeFileSync(join(broken, 'index.mdx'), '---\ntitle: "never closed\n---\n');
    expect(startTranslation(root, 'broken', 'ja')).toEqual({
      problem:
        'content/stories/broken/index.mdx cannot be read as a story. Run npm run check:content, correct what it lists for that file, and try again.',
    });
    rmSync(broken, { recursive: true });
  });
});

describe('the translation template', () => {
  it('replaces only the required sections’ headings, whatever their case, and leaves the rest', () => {
    const body =
      '\n## the challenge\n\nText.\n\n### A detail\n\n## What Was Hard ##\r\n\nText.\n\n```md\n## Results\n```\n\n## Results\n';
    expect(localizeHeadings(body, 'ja')).toBe(
      '\n## 課題\n\nText.\n\n### A detail\n\n## 難しかった点\n\nText.\n\n```md\n## Results\n```\n\n## 成果\n',
    );
  });

  it('reminds a translator of a real story to add nothing, and leaves out lists the original lacks', () => {
    const text = translationTemplate(
      { data: { title: 'T', summary: 'S', hero: { alt: 'A' }, illustrative: false }, body: '' },
      'real-story',
      'ar',
    );
    expect(text).toContain('# This is a real story: translate only what the English says');
    expect(text).not.toContain('results:');
    expect(text).not.toContain('quotes:');
  });

  it('keeps text that YAML would misread quoted', () => {
    const text = translationTemplate(
      { data: { title: 'KOHO: a story', summary: '@handle # not a comment', hero: {} }, body: '' },
      'quoted',
      'ja',
    );
    expect(frontMatter(text)).toMatchObject({
      title: 'KOHO: a story',
      summary: '@handle # not a comment',
      heroAlt: '',
    });
  });

  it('says what to do next', () => {
    expect(translationNextSteps('content/stories/x/ar.mdx', 'ar')).toContain(
      'keep a real person\'s exact words in English beside the translation, as <q lang="en">…</q>',
    );
  });
});
