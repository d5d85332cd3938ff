import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldReference, withFieldReference } from '#lib/content/field-reference.ts';

describe('field reference in CONTRIBUTING.md', () => {
  it('is current with the schemas (run npm run docs:fields if this fails)', () => {
    const document = readFileSync('CONTRIBUTING.md', 'utf8');
    expect(withFieldReference(document)).toBe(document);
  });

  it('documents every story and translation field and the image rules', () => {
    const reference = fieldReference();
    for (const field of [
      '`title`',
      '`results[].source.name`',
      '`hero.alt`',
      '`illustrative`',
      '`mentions[].brand`',
      '`nameLang`',
      '`content/stories/<slug>/<ar|ja>.mdx`',
      '`translationOf`',
      '`quotes[].role`',
      'Japanese `## 課題`, `## 取り組み`',
    ]) {
      expect(reference).toContain(field);
    }
    expect(reference).toContain('| hero | landscape, about 16:9 | 1200 px | 2 MB |');
  });
});
