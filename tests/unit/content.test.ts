import { describe, expect, it } from 'vitest';
import { formatProblems } from '#lib/content/problems.ts';
import { validateContent } from '#lib/content/validate-content-fs.ts';

describe('shipped content', () => {
  it('has no problems', () => {
    const problems = validateContent(process.cwd());
    expect(problems.length, formatProblems(problems)).toBe(0);
  });
});
