/**
 * `npm test`: every check, and a table of how long each stage took at the end (also after a
 * failure), so a slow stage is seen at once.
 *
 *   npm test                 every stage
 *   npm test -- --from e2e   start at a stage (after fixing it), skipping the ones before
 *
 * Most stages use one core, so stages that do not depend on each other run side by side, as many
 * at a time as the machine has cores. Each stage's output is printed whole under its name, in the
 * order the stages started: the first prints as it goes, the others' is held until their turn.
 * After a stage fails no new stage starts; those already running finish, so that each reports.
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';

interface Stage {
  name: string;
  /** The npm script it runs, and what it adds to the script's command. */
  script: string;
  args?: string[];
  /** The stages that must pass before it starts. */
  after: string[];
}

const stages: Stage[] = [
  // The content types in .astro/, which lint and the type check read.
  { name: 'sync', script: 'sync', after: [] },
  { name: 'lint', script: 'lint', after: ['sync'] },
  // Without a sync of its own, which would rewrite .astro/ while lint reads it.
  { name: 'types', script: 'check', args: ['--noSync'], after: ['sync'] },
  { name: 'format', script: 'format:check', after: [] },
  { name: 'unit', script: 'test:unit', after: [] },
  // Its `astro sync` and `astro build` runs over broken content rewrite .astro/ and share
  // Astro's cache, so nothing that reads them runs beside it.
  { name: 'integration', script: 'test:integration', after: ['lint', 'types'] },
  { name: 'build', script: 'build', after: ['integration'] },
  { name: 'html', script: 'check:html', after: ['build'] },
  { name: 'links', script: 'check:links', after: ['build'] },
  { name: 'budgets', script: 'check:budgets', after: ['build'] },
  // The browser tests use every core themselves.
  { name: 'e2e', script: 'test:e2e', after: ['html', 'links', 'budgets'] },
];

const fromAt = process.argv.indexOf('--from');
const from = fromAt === -1 ? undefined : process.argv[fromAt + 1];
const start = from === undefined ? 0 : stages.findIndex(({ name }) => name === from);
if (start === -1) {
  console.error(`No stage "${from}". Stages: ${stages.map(({ name }) => name).join(', ')}.`);
  process.exit(2);
}

/** A stage that has started: its output so far (while it is not the one printing) and its end. */
interface Running {
  stage: Stage;
  held: Buffer[];
  /** Whether its name has been printed, and what it held. */
  shown: boolean;
  ended?: { seconds: number; ok: boolean };
}

const slots = Math.max(1, availableParallelism());
const passed = new Set(stages.slice(0, start).map(({ name }) => name));
const waiting = stages.slice(start);
const started: Running[] = [];
/** The stage whose output goes straight to the terminal; the others hold theirs until their turn. */
let printing: Running | undefined;
let failed = false;

/** Prints the stage's name and what it has held, and lets it print the rest as it comes. */
function show(running: Running) {
  printing = running;
  running.shown = true;
  process.stdout.write(`\n── ${running.stage.name} ──\n`);
  for (const chunk of running.held.splice(0)) process.stdout.write(chunk);
}

/** After the printing stage ends: shows the stages that wait, in order, up to one still running. */
function showNext() {
  printing = undefined;
  for (const next of started) {
    if (next.shown) continue;
    show(next);
    if (!next.ended) return;
    printing = undefined;
  }
}

function run(stage: Stage): Promise<void> {
  const running: Running = { stage, held: [], shown: false };
  started.push(running);
  if (!printing) show(running);
  const began = performance.now();
  const extra = stage.args ? ['--', ...stage.args] : [];
  const child = spawn('npm', ['run', '--silent', stage.script, ...extra], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const take = (chunk: Buffer) => {
    if (printing === running) process.stdout.write(chunk);
    else running.held.push(chunk);
  };
  child.stdout.on('data', take);
  child.stderr.on('data', take);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      running.ended = { seconds: (performance.now() - began) / 1000, ok: code === 0 };
      if (printing === running) showNext();
      if (running.ended.ok) passed.add(stage.name);
      else failed = true;
      resolve();
    });
  });
}

/** Starts every stage whose waits have passed, while there are free cores; resolves when all end. */
async function schedule(): Promise<void> {
  const active = new Set<Promise<void>>();
  for (;;) {
    while (!failed && active.size < slots) {
      const ready = waiting.findIndex(({ after }) => after.every((name) => passed.has(name)));
      if (ready === -1) break;
      const [stage] = waiting.splice(ready, 1);
      if (!stage) break;
      const job: Promise<void> = run(stage).then(() => {
        active.delete(job);
      });
      active.add(job);
    }
    if (active.size === 0) return;
    await Promise.race(active);
  }
}

const began = performance.now();
await schedule();
const wall = (performance.now() - began) / 1000;

console.log(`\n${'stage'.padEnd(12)} ${'time'.padStart(8)}  result`);
for (const { stage, ended } of started) {
  const seconds = ended?.seconds ?? 0;
  console.log(
    `${stage.name.padEnd(12)} ${`${seconds.toFixed(1)} s`.padStart(8)}  ${ended?.ok ? 'passed' : 'FAILED'}`,
  );
}
for (const { name } of waiting) console.log(`${name.padEnd(12)} ${''.padStart(8)}  not run`);
console.log(`${'total'.padEnd(12)} ${`${wall.toFixed(1)} s`.padStart(8)}  (stages side by side)`);

const failures = started.filter(({ ended }) => !ended?.ok).map(({ stage }) => stage.name);
if (failures.length > 0) {
  const first = stages.find(({ name }) => failures.includes(name))?.name ?? '';
  console.error(
    `\nnpm test stopped: ${failures.join(', ')} failed. Fix it, then: npm test -- --from ${first}`,
  );
  process.exit(1);
}
