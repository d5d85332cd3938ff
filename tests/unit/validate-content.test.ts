import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatProblem } from '../../src/lib/problems';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

async function validateFixture(name: string) {
  vi.stubEnv('CASEBOOK_CONTENT_DIR', join('tests', 'fixtures', name));
  vi.resetModules();
  const { validateContent } = await import('../../src/lib/validate-content');
  return validateContent(process.cwd(), { today: () => new Date('2026-06-01T00:00:00Z') });
}

describe('content validation', () => {
  it('reports a dangling creator reference with file, line, field and fix', async () => {
    const problems = await validateFixture('dangling');
    expect(problems.map(formatProblem)).toEqual([
      'tests/fixtures/dangling/stories/broken-story/index.mdx:5:18  creators.1  No creator "ghost-creator" exists. Use the name of a file in content/creators/ without its extension, or add content/creators/ghost-creator.yaml.',
    ]);
  });
});
