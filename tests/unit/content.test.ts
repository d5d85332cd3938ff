import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../src/lib/problems';
import { validateContent } from '../../src/lib/validate-content';

describe('shipped content', () => {
  it('has no problems', () => {
    const problems = validateContent(process.cwd());
    expect(problems.length, formatProblems(problems)).toBe(0);
  });
});
