/**
 * The pages of a build: the paths its sitemap lists, and their kinds, told apart by path: what
 * the budgets weigh as one kind, and what a sampled audit draws its pages from (`npm run
 * audit:sample`). Each locale's pages are the same kinds in that locale (/ar/stories/x/ is a
 * story page in Arabic), and a list's later pages are weighed as their list (/creators/page/2/
 * as /creators/).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every page path in the sitemap of the build in `folder` (for example `/stories/x/`), sorted; undefined without a sitemap. */
export function sitemapPaths(folder: string): string[] | undefined {
  if (!existsSync(join(folder, 'sitemap-index.xml'))) return undefined;
  const locs = (xml: string) =>
    [...xml.matchAll(/<loc>(.*?)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
  return readdirSync(folder)
    .filter((name) => /^sitemap-\d+\.xml$/.test(name))
    .flatMap((name) => locs(readFileSync(join(folder, name), 'utf8')))
    .sort();
}

/** Pages that may load script: the two searches and the compare page that fills its table. */
export const scriptedPages = ['/creators/', '/stories/', '/creators/compare/'] as const;

export interface PageKind {
  /** For example `stories/<page>`, `ar creators/niche/<page>`, `ja /creators/ page/<n>/`. */
  name: string;
  /** The path without its locale prefix and without `page/<n>/`. */
  bare: string;
  /** A search or the compare page. */
  scripted: boolean;
  /** A story, profile or brand, or a static facet page: pages that ship no script. */
  reading: boolean;
}

/** The kind of the page at a site path such as `/ar/creators/niche/food/page/2/`. */
export function pageKind(path: string): PageKind {
  const locale = /^\/(ar|ja)\//.exec(path)?.[1];
  const paged = /\/page\/\d+\/$/.exec(path);
  const listPath = paged ? path.slice(0, paged.index + 1) : path;
  const bare = locale ? listPath.slice(locale.length + 1) : listPath;
  const scripted = (scriptedPages as readonly string[]).includes(bare);
  // A story's embed card (/stories/x/embed/): a kind of its own, weighed apart from reading pages.
  const embed = /^\/stories\/[^/]+\/embed\/$/.test(bare);
  // Stories, profiles, brand pages and the static facet pages (/creators/region/europe/,
  // /stories/theme/inclusion/).
  const reading =
    !scripted &&
    !embed &&
    (/^\/(stories|creators|brands)\/[^/]+\/$/.test(bare) ||
      /^\/(creators|stories)\/[^/]+\/[^/]+\/$/.test(bare));
  const segments = bare.split('/').filter(Boolean);
  const shape = embed
    ? 'stories/<page>/embed/'
    : reading
      ? `${segments.slice(0, -1).join('/')}/<page>`
      : bare;
  return {
    name: `${locale ? `${locale} ` : ''}${shape}${paged ? ' page/<n>/' : ''}`,
    bare,
    scripted,
    reading,
  };
}

/**
 * At most `perKind` pages of each kind, spread evenly through the kind's sorted paths (the first
 * and the last among them), so a sample of a large build holds every kind and both ends of each.
 * The same paths give the same sample.
 */
export function samplePerKind(paths: readonly string[], perKind: number): string[] {
  const byKind = new Map<string, string[]>();
  for (const path of [...paths].sort()) {
    const { name } = pageKind(path);
    const list = byKind.get(name);
    if (list) list.push(path);
    else byKind.set(name, [path]);
  }
  const chosen: string[] = [];
  for (const list of byKind.values()) {
    if (list.length <= perKind) {
      chosen.push(...list);
      continue;
    }
    const picks = new Set<number>();
    for (let i = 0; i < perKind; i += 1)
      picks.add(perKind === 1 ? 0 : Math.round((i * (list.length - 1)) / (perKind - 1)));
    for (const index of [...picks].sort((a, b) => a - b)) chosen.push(list[index] ?? '');
  }
  return chosen.sort();
}
