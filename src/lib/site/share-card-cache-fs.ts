/**
 * Share cards drawn once per change: each card is named by a hash of what it shows and of the
 * code and fonts that draw it, kept in node_modules/.astro/share-cards/ (beside Astro's own
 * asset cache, so a CI cache of that folder keeps them), and drawn only when missing, several
 * at a time: the drawing is libvips's, which runs on its own threads, so every core works.
 * Cards no page uses any more are removed at the end of a run.
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
  writeFileSync,
} from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { renderShareCard } from './share-card-render-fs.ts';
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

interface Job {
  card: ShareCard;
  file: string;
}

/** Draws the jobs, a few per core at a time, each written through a temporary file so a half-written card is never read. */
async function draw(jobs: Job[]): Promise<void> {
  const queue = [...jobs];
  const drawNext = async (): Promise<void> => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      const png = await renderShareCard(job.card);
      const partial = `${job.file}.${process.pid}.tmp`;
      writeFileSync(partial, png);
      renameSync(partial, job.file);
    }
  };
  await Promise.all(
    Array.from({ length: Math.min(queue.length, 2 * availableParallelism()) }, drawNext),
  );
}

export interface CardRun {
  drawn: number;
  reused: number;
  removed: number;
}

/**
 * Makes sure every card is in the cache (`dir`, the project's by default): draws those that are
 * missing, several at a time, and removes cards no page uses any more. Returns each card's path.
 */
export async function ensureShareCards(
  cards: readonly ShareCard[],
  dir = cacheDir,
): Promise<{ paths: string[]; run: CardRun }> {
  mkdirSync(dir, { recursive: true });
  const files = cards.map(cardFile);
  const wanted = new Set(files);
  const jobs: Job[] = [];
  const queued = new Set<string>();
  cards.forEach((card, index) => {
    const file = files[index] as string;
    if (!queued.has(file) && !existsSync(join(dir, file))) {
      queued.add(file);
      jobs.push({ card, file: join(dir, file) });
    }
  });
  await draw(jobs);
  let removed = 0;
  for (const name of readdirSync(dir)) {
    if (name.endsWith('.png') && !wanted.has(name) && statSync(join(dir, name)).isFile()) {
      rmSync(join(dir, name));
      removed += 1;
    }
  }
  return {
    paths: files.map((file) => join(dir, file)),
    run: { drawn: jobs.length, reused: wanted.size - jobs.length, removed },
  };
}
