/**
 * The pages of the built site, read from dist/ when the tests are collected, so that a check of
 * every page runs as one test per page: the suite's time grows with the pages, but no single
 * test does, and a slow machine cannot push one test past its timeout.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = 'dist';

/** Every page path in the built sitemap (for example `/stories/x/`), sorted. */
export function builtPaths(): string[] {
  if (!existsSync(join(dist, 'sitemap-index.xml'))) {
    throw new Error('No built site in dist/: run `npm run build` before the end-to-end tests (npm test does).');
  }
  const locs = (xml: string) => [...xml.matchAll(/<loc>(.*?)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
  const sitemaps = readdirSync(dist).filter((name) => /^sitemap-\d+\.xml$/.test(name));
  return sitemaps.flatMap((name) => locs(readFileSync(join(dist, name), 'utf8'))).sort();
}

/** Reading pages: a story, a creator, a brand. They ship no script. */
export const isReadingPage = (path: string) => /^\/(stories|creators|brands)\/[^/]+\/$/.test(path);

/** Pages with their own share card: a story or a creator. */
export const hasOwnShareCard = (path: string) => /^\/(stories|creators)\/[^/]+\/$/.test(path);
