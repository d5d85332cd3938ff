/**
 * The audits `npm test` runs over every page, run over a sample of a large build: a few pages of
 * each kind (every kind of page in every language, spread through the kind from its first page to
 * its last), each put through html-validate, the link check (its links, fragments included), and
 * the per-page browser audit of tests/e2e/every-page.spec.ts (head and meta, language and
 * direction, the security policy, requests, console errors, axe in both colour schemes, scripts on
 * reading pages, share cards). Prints how long each took, per page, and what the whole build would
 * take at that rate.
 *
 *   npm run audit:sample -- <folder>                 a build's output, for example the one
 *                                                    `npm run bench:build -- --keep` leaves
 *   npm run audit:sample -- <folder> --per-kind 5    more pages of each kind (default 3)
 *   npm run audit:sample -- dist --per-kind 0        every page (the full audit, for timing it)
 */
import { spawn, type SpawnOptions } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { pageKind, samplePerKind, sitemapPaths } from './lib/built-pages.ts';
import { checkLinks } from './lib/links.ts';
import { fileFor, serveFolder } from './lib/static-server.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'per-kind': { type: 'string', default: '3' } },
});
const folder = positionals[0] ?? 'dist';
const perKind = Number(values['per-kind']);
if (!Number.isInteger(perKind) || perKind < 0) {
  console.error(`--per-kind takes a whole number (0 for every page); got ${values['per-kind']}.`);
  process.exit(2);
}
const all = sitemapPaths(folder);
if (!all) {
  console.error(
    `No built site in ${folder}/ (no sitemap-index.xml): build first, or name the folder a build wrote to.`,
  );
  process.exit(2);
}
const sample = perKind > 0 ? samplePerKind(all, perKind) : all;
const kinds = new Set(all.map((path) => pageKind(path).name)).size;
const files = sample.flatMap((path) => fileFor(folder, path) ?? []);
console.log(
  `${folder}: ${all.length.toLocaleString('en')} pages of ${kinds} kinds; auditing ${sample.length.toLocaleString('en')}${perKind > 0 ? ` (at most ${perKind} of each kind)` : ' (all)'}.\n`,
);

const bin = (name: string) => `node_modules/.bin/${name}`;
/** Runs a command without blocking this process, whose server the command may be visiting. */
const succeeds = (command: string, args: string[], options: SpawnOptions = {}) =>
  new Promise<boolean>((done) => {
    spawn(command, args, { stdio: 'inherit', ...options })
      .on('error', () => done(false))
      .on('exit', (code) => done(code === 0));
  });
const stages: { stage: string; ms: number; ok: boolean }[] = [];
const timed = async (stage: string, run: () => boolean | Promise<boolean>) => {
  console.log(`— ${stage}`);
  const started = performance.now();
  const ok = await run();
  stages.push({ stage, ms: performance.now() - started, ok });
};

await timed('html-validate', () => succeeds(bin('html-validate'), files));

const server = await serveFolder(folder);
try {
  await timed(
    'links',
    async () =>
      (await checkLinks(
        sample.map((path) => `${server.origin}${path}`),
        server.origin,
        { recurse: false },
      )) === 0,
  );
  await timed('browser audit', () =>
    succeeds(bin('playwright'), ['test', 'tests/e2e/every-page.spec.ts', '--reporter=dot'], {
      env: {
        ...process.env,
        E2E_BASE_URL: server.origin,
        AUDIT_DIST: folder,
        AUDIT_SAMPLE: String(perKind),
      },
    }),
  );
} finally {
  await server.close();
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const minutes = (ms: number) => `${(ms / 60_000).toFixed(0)} min`;
console.log(
  `\n${sample.length} pages audited on ${availableParallelism()} cores (load average ${(loadavg()[0] ?? 0).toFixed(1)} at the end):\n`,
);
console.log('| stage | time | per page | whole build at that rate |');
console.log('| --- | --- | --- | --- |');
for (const { stage, ms, ok } of stages)
  console.log(
    `| ${stage}${ok ? '' : ' (failed)'} | ${seconds(ms)} | ${(ms / sample.length).toFixed(0)} ms | ${perKind > 0 ? `${minutes((ms / sample.length) * all.length)} (projected)` : minutes(ms)} |`,
  );
process.exit(stages.every((stage) => stage.ok) ? 0 : 1);
