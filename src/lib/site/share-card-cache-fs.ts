/**
 * Share cards drawn once per change: each card is named by a hash of what it shows and of the
 * code and fonts that draw it, kept in node_modules/.astro/share-cards/ (beside Astro's own
 * asset cache, so a CI cache of that folder keeps them), and drawn only when missing, in one
 * process per core (share-card-worker-fs.ts). A card whose inputs did not change is the file
 * already there, and the build copies it. Each run marks the cards it uses (their modification
 * time); a card no run has used for a week is removed. Not at once: another branch, or another
 * build sharing the folder at the same time, may still want it.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { fork } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { cardFontConfig, renderShareCard } from './share-card-render-fs.ts';
import type { ShareCard } from './share-card.ts';

const root = process.cwd();
export const cacheDir = join(root, 'node_modules/.astro/share-cards');

/** The code and fonts a card's pixels depend on. */
const templateFiles = [
  'src/lib/site/share-card-render-fs.ts',
  'src/lib/site/hero-art.ts',
  'src/lib/site/random.ts',
];
const fontPackages = [
  '@fontsource/inter',
  '@fontsource/source-serif-4',
  '@fontsource/noto-sans-arabic',
  '@fontsource/noto-sans-jp',
];

let template: string | undefined;

/** A digest of the drawing code and the font packages' versions. */
function templateDigest(): string {
  if (template) return template;
  const hash = createHash('sha256');
  for (const file of templateFiles) hash.update(readFileSync(join(root, file)));
  for (const pkg of fontPackages)
    hash.update(readFileSync(join(root, 'node_modules', pkg, 'package.json')));
  return (template = hash.digest('hex').slice(0, 16));
}

/** The card's file name in the cache. */
export function cardFile(card: ShareCard): string {
  return `${createHash('sha256').update(templateDigest()).update(JSON.stringify(card)).digest('hex').slice(0, 24)}.png`;
}

export interface Job {
  card: ShareCard;
  /** Where the card goes: its file in the cache. */
  file: string;
}

/** Draws the jobs in this process, a few at a time, each written through a temporary file so a half-written card is never read. */
export async function drawHere(jobs: readonly Job[]): Promise<void> {
  const queue = [...jobs];
  const drawNext = async (): Promise<void> => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      const png = await renderShareCard(job.card);
      const partial = `${job.file}.${process.pid}.tmp`;
      writeFileSync(partial, png);
      renameSync(partial, job.file);
    }
  };
  await Promise.all(Array.from({ length: Math.min(queue.length, 4) }, drawNext));
}

/** The worker each drawing process runs. */
const workerFile = join(root, 'src/lib/site/share-card-worker-fs.ts');

/** Cards a drawing process is handed at a time: enough to reuse what neighbouring cards share, few enough to keep every process busy to the end. */
const batchSize = 24;

/**
 * Draws the jobs in `count` processes of their own. Pango lays out one text at a time per
 * process, and Node runs one thread of JavaScript, so one process cannot keep several cores
 * busy; each of these takes batches from the queue until it is empty.
 */
async function drawInProcesses(jobs: readonly Job[], count: number): Promise<void> {
  const batches: Job[][] = [];
  for (let start = 0; start < jobs.length; start += batchSize)
    batches.push(jobs.slice(start, start + batchSize));
  const env = { ...process.env, FONTCONFIG_FILE: cardFontConfig() };
  const run = () =>
    new Promise<void>((done, fail) => {
      const child = fork(workerFile, [], {
        env,
        execArgv: [],
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      let failed = false;
      const next = () => {
        const batch = batches.shift();
        if (batch) child.send(batch);
        else child.disconnect();
      };
      child.on('message', (message: { error?: string }) => {
        if (message.error !== undefined) {
          failed = true;
          child.kill();
          fail(new Error(`A share card could not be drawn: ${message.error}`));
        } else next();
      });
      child.on('error', fail);
      child.on('exit', (code) => {
        if (failed) return;
        if (code === 0) done();
        else fail(new Error(`The share-card drawing process stopped (exit ${String(code)}).`));
      });
      next();
    });
  await Promise.all(Array.from({ length: Math.min(count, batches.length) }, run));
}

export interface DrawOptions {
  /**
   * Drawing processes: by default one per core (fewer when there are few batches). 0 draws in
   * this process, which must then register the fonts itself, one file at a time.
   */
  processes?: number;
  /** How long a card no run uses is kept, in milliseconds: a week unless said. */
  keepUnused?: number;
}

const week = 7 * 24 * 60 * 60 * 1000;

export interface CardRun {
  drawn: number;
  reused: number;
  removed: number;
}

/**
 * Makes sure every card is in the cache (`dir`, the project's by default): draws those that are
 * missing, several at a time, marks the others used now, and removes cards no run has used for
 * `keepUnused`. Returns each card's path.
 */
export async function ensureShareCards(
  cards: readonly ShareCard[],
  dir = cacheDir,
  options: DrawOptions = {},
): Promise<{ paths: string[]; run: CardRun }> {
  mkdirSync(dir, { recursive: true });
  const files = cards.map(cardFile);
  const wanted = new Set(files);
  const jobs: Job[] = [];
  const queued = new Set<string>();
  const now = new Date();
  cards.forEach((card, index) => {
    const file = files[index] as string;
    if (queued.has(file)) return;
    queued.add(file);
    if (existsSync(join(dir, file))) utimesSync(join(dir, file), now, now);
    else jobs.push({ card, file: join(dir, file) });
  });
  // Cards with the same artwork (one story's or creator's, in each locale) are drawn one after another, so they share it.
  jobs.sort((a, b) => (a.card.seed < b.card.seed ? -1 : a.card.seed > b.card.seed ? 1 : 0));
  const processes = options.processes ?? availableParallelism();
  if (jobs.length > 0) await (processes > 0 ? drawInProcesses(jobs, processes) : drawHere(jobs));
  let removed = 0;
  const unusedSince = now.getTime() - (options.keepUnused ?? week);
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.png') || wanted.has(name)) continue;
    const stat = statSync(join(dir, name));
    if (stat.isFile() && stat.mtimeMs < unusedSince) {
      rmSync(join(dir, name));
      removed += 1;
    }
  }
  return {
    paths: files.map((file) => join(dir, file)),
    run: { drawn: jobs.length, reused: wanted.size - jobs.length, removed },
  };
}
