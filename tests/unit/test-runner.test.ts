/**
 * `npm test` itself (scripts/test.ts), run with a stand-in `npm` that only says which script it
 * ran: the stages wait for the ones they need, each stage's output stays under its name, and a
 * failure stops what depends on it and fails the whole run.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const bin = mkdtempSync(join(tmpdir(), 'npm-test-'));
afterAll(() => rmSync(bin, { recursive: true, force: true }));
// Called as `npm run --silent <script> [-- <args>]`: says what it runs and that it ended, and adds
// both to a log of when scripts began and ended, and a failure for $FAIL_SCRIPT. The sync and the type check take a
// second, so that a stage that did not wait for them would begin before they end.
writeFileSync(
  join(bin, 'npm'),
  [
    '#!/bin/sh',
    'echo "begin $*"; echo "begin $3" >> "$NPM_LOG"',
    'if [ "$3" = sync ] || [ "$3" = check ]; then sleep 1; fi',
    'if [ "$3" = "$FAIL_SCRIPT" ]; then echo "broke $3"; exit 1; fi',
    'echo "end $3"; echo "end $3" >> "$NPM_LOG"',
    '',
  ].join('\n'),
);
chmodSync(join(bin, 'npm'), 0o755);

let runs = 0;
function npmTest(args: string[], failScript = '') {
  const log = join(bin, `log-${++runs}`);
  writeFileSync(log, '');
  const run = spawnSync(process.execPath, ['scripts/test.ts', ...args], {
    env: {
      ...process.env,
      PATH: `${bin}:${process.env.PATH ?? ''}`,
      FAIL_SCRIPT: failScript,
      NPM_LOG: log,
    },
    encoding: 'utf8',
  });
  const events = readFileSync(log, 'utf8').split('\n');
  const output = `${run.stdout}${run.stderr}`;
  /** The table's result for a stage: passed, FAILED or not run. */
  const result = (stage: string) =>
    new RegExp(`^${stage} +(?:[\\d.]+ s)? +(passed|FAILED|not run)$`, 'm').exec(output)?.[1];
  /** Where a stage's section starts in the output (-1 if it has none). */
  const section = (stage: string) => output.indexOf(`── ${stage} ──`);
  return { status: run.status, output, result, section, events };
}

const stages = [
  ['sync', 'sync'],
  ['lint', 'lint'],
  ['types', 'check'],
  ['format', 'format:check'],
  ['unit', 'test:unit'],
  ['integration', 'test:integration'],
  ['build', 'build'],
  ['html', 'check:html'],
  ['links', 'check:links'],
  ['budgets', 'check:budgets'],
  ['e2e', 'test:e2e'],
] as const;

describe('npm test', () => {
  it('runs every stage once, each one’s output whole under its name, and passes', () => {
    const run = npmTest([]);
    expect(run.status, run.output).toBe(0);
    for (const [stage, script] of stages) {
      expect(run.result(stage), `${stage}\n${run.output}`).toBe('passed');
      expect(run.output.split(`── ${stage} ──`)).toHaveLength(2);
      // The type check leaves .astro/ to the sync stage, since lint reads it at the same time.
      const command = `run --silent ${script}${stage === 'types' ? ' -- --noSync' : ''}`;
      expect(run.output, stage).toContain(`── ${stage} ──\nbegin ${command}\nend ${script}\n`);
    }
    // A stage starts only after those it needs have ended, and prints after them.
    for (const [before, after] of [
      ['sync', 'lint'],
      ['sync', 'check'],
      ['lint', 'test:integration'],
      ['check', 'test:integration'],
      ['test:integration', 'build'],
      ['build', 'check:html'],
      ['build', 'check:links'],
      ['check:links', 'test:e2e'],
      ['check:budgets', 'test:e2e'],
    ] as const) {
      const [ended, began] = [
        run.events.indexOf(`end ${before}`),
        run.events.indexOf(`begin ${after}`),
      ];
      expect(ended, `${before} ends before ${after} begins`).toBeGreaterThan(-1);
      expect(ended, `${before} ends before ${after} begins`).toBeLessThan(began);
    }
  });

  it('fails, and starts nothing that needs a stage that failed', () => {
    const run = npmTest([], 'lint');
    expect(run.status, run.output).toBe(1);
    expect(run.result('sync')).toBe('passed');
    expect(run.result('lint')).toBe('FAILED');
    expect(run.output).toContain('── lint ──\nbegin run --silent lint\nbroke lint\n');
    for (const stage of ['integration', 'build', 'html', 'links', 'budgets', 'e2e'])
      expect(run.result(stage), stage).toBe('not run');
    expect(run.output).toContain('npm test -- --from lint');
  });

  it('starts at the stage it is given', () => {
    const run = npmTest(['--from', 'e2e']);
    expect(run.status, run.output).toBe(0);
    expect(run.result('e2e')).toBe('passed');
    for (const [stage] of stages.slice(0, -1)) expect(run.section(stage), stage).toBe(-1);
  });

  it('names the stages when asked for one that does not exist', () => {
    const run = npmTest(['--from', 'lnit']);
    expect(run.status).toBe(2);
    expect(run.output).toContain('No stage "lnit". Stages: sync, lint, types, format, unit,');
  });
});
