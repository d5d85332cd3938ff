import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('astro content sync', () => {
  it('fails, naming the file, field and fix, when a story names a creator that does not exist', () => {
    const run = spawnSync('npx', ['astro', 'sync'], {
      env: { ...process.env, CASEBOOK_CONTENT_DIR: 'tests/fixtures/dangling', FORCE_COLOR: '0', NO_COLOR: '1' },
      encoding: 'utf8',
      timeout: 120_000,
    });
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.status, output).not.toBe(0);
    expect(output).toContain('broken-story');
    expect(output).toContain('creators.1');
    expect(output).toContain('No creator "ghost-creator" exists');
    expect(output).toContain('add content/creators/ghost-creator.yaml');
  }, 120_000);
});
