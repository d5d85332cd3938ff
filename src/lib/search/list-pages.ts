/**
 * The static lists (/creators/, /stories/ and the facet pages) come in pages of a fixed size, so
 * no page grows with the catalogue and readers without JavaScript still reach every entry. Each
 * page holds as many entries as a page of the search that hydrates over it, and the numbers are
 * the same: the list's page 2 is /creators/page/2/ (a static file), the search's is
 * /creators/?q=…&page=2 (a view of the index). The first page keeps the list's own address.
 */

/** Entries per page, the same as the search islands show per page of results. */
export const listPageSize = { creators: 24, stories: 12 } as const;

/** Where a page is in its list. */
export interface ListPlace {
  /** The list's own path, unlocalised ("/creators/"). */
  base: string;
  /** This page's number, from 1. */
  current: number;
  /** The number of the list's last page. */
  last: number;
}

/** How many pages `total` entries fill; an empty list still has its first page. */
export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The path of one page of the list at `base` ("/creators/"): `base` itself for the first, then /creators/page/2/. */
export function listPagePath(base: string, page: number): string {
  return page <= 1 ? base : `${base}page/${page}/`;
}

/** One item of a pager: a page to link, or a gap standing for the pages left out. */
export type PagerItem = { page: number } | { gap: true };

/**
 * The pages a pager links: the first, the last, and `around` either side of the current page,
 * with a gap for each run left out. A gap never hides a single page: that page is shown instead,
 * since a link takes no more room than the gap.
 */
export function pagerItems(current: number, last: number, around = 2): PagerItem[] {
  const shown = new Set([1, last]);
  for (let page = current - around; page <= current + around; page += 1)
    if (page >= 1 && page <= last) shown.add(page);
  const pages = [...shown].sort((a, b) => a - b);
  const items: PagerItem[] = [];
  let previous = 0;
  for (const page of pages) {
    if (page - previous === 2) items.push({ page: previous + 1 });
    else if (page - previous > 2) items.push({ gap: true });
    items.push({ page });
    previous = page;
  }
  return items;
}

/**
 * Consecutive entries that share a key, in order: a page of the directory, cut from a list sorted
 * by region, shows each region it holds under its own heading.
 */
export function runsOf<T, K>(items: readonly T[], key: (item: T) => K): { key: K; items: T[] }[] {
  const runs: { key: K; items: T[] }[] = [];
  for (const item of items) {
    const k = key(item);
    const run = runs.at(-1);
    if (run && run.key === k) run.items.push(item);
    else runs.push({ key: k, items: [item] });
  }
  return runs;
}
