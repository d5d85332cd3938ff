/**
 * `npm test`: every check, in order, stopping at the first that fails, and a table of how long
 * each stage took at the end (also after a failure), so a slow stage is seen at once.
 *
 *   npm test                 every stage
 *   npm test -- --from e2e   start at a stage (after fixing it), skipping the ones before
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

/** The stages, each an npm script. */
const stages = [
  ['types', 'check'],
  ['format', 'format:check'],
  ['lint', 'lint'],
  ['unit', 'test:unit'],
  ['integration', 'test:integration'],
  ['build', 'build'],
  ['html', 'check:html'],
  ['links', 'check:links'],
  ['budgets', 'check:budgets'],
  ['e2e', 'test:e2e'],
] as const;

const fromAt = process.argv.indexOf('--from');
const from = fromAt === -1 ? undefined : process.argv[fromAt + 1];
const start = from === undefined ? 0 : stages.findIndex(([name]) => name === from);
if (start === -1) {
  console.error(`No stage "${from}". Stages: ${stages.map(([name]) => name).join(', ')}.`);
  process.exit(2);
}

const times: [string, number, string][] = [];
let failed: string | undefined;
for (const [name, script] of stages.slice(start)) {
  const began = performance.now();
  const run = spawnSync('npm', ['run', '--silent', script], { stdio: 'inherit' });
  const seconds = (performance.now() - began) / 1000;
  const ok = run.status === 0;
  times.push([name, seconds, ok ? 'passed' : 'FAILED']);
  if (!ok) {
    failed = name;
    break;
  }
}

const total = times.reduce((sum, [, seconds]) => sum + seconds, 0);
console.log(`\n${'stage'.padEnd(12)} ${'time'.padStart(8)}  result`);
for (const [name, seconds, result] of times)
  console.log(`${name.padEnd(12)} ${`${seconds.toFixed(1)} s`.padStart(8)}  ${result}`);
console.log(`${'total'.padEnd(12)} ${`${total.toFixed(1)} s`.padStart(8)}`);
if (failed) {
  console.error(`\nnpm test stopped at "${failed}". Fix it, then: npm test -- --from ${failed}`);
  process.exit(1);
}
