import { describe, expect, it } from 'vitest';
import {
  listPagePath,
  listPageSize,
  pageCount,
  pagerItems,
  runsOf,
  type PagerItem,
} from '#lib/search/list-pages.ts';

/** A pager as a reader sees it: "1 … 4 5 [6] 7 8 … 20". */
const shown = (items: PagerItem[], current: number) =>
  items
    .map((item) =>
      'gap' in item ? '…' : item.page === current ? `[${item.page}]` : String(item.page),
    )
    .join(' ');

describe('list pages', () => {
  it('keeps the first page at the list’s own address and numbers the rest under page/', () => {
    expect(listPagePath('/creators/', 1)).toBe('/creators/');
    expect(listPagePath('/creators/', 2)).toBe('/creators/page/2/');
    expect(listPagePath('/creators/region/europe/', 12)).toBe('/creators/region/europe/page/12/');
  });

  it('fills as many pages as the entries need, and gives an empty list its first page', () => {
    expect(pageCount(0, 24)).toBe(1);
    expect(pageCount(24, 24)).toBe(1);
    expect(pageCount(25, 24)).toBe(2);
    // 100,000 creators, 24 a page, as the search shows them.
    expect(pageCount(100_000, listPageSize.creators)).toBe(4167);
  });

  it('links the first and last page and two either side of the current, with gaps between', () => {
    expect(shown(pagerItems(6, 20), 6)).toBe('1 … 4 5 [6] 7 8 … 20');
    expect(shown(pagerItems(1, 20), 1)).toBe('[1] 2 3 … 20');
    expect(shown(pagerItems(20, 20), 20)).toBe('1 … 18 19 [20]');
    expect(shown(pagerItems(2, 3), 2)).toBe('1 [2] 3');
    expect(shown(pagerItems(1, 1), 1)).toBe('[1]');
  });

  it('shows a page rather than a gap that would stand for that one page', () => {
    expect(shown(pagerItems(4, 20), 4)).toBe('1 2 3 [4] 5 6 … 20');
    expect(shown(pagerItems(17, 20), 17)).toBe('1 … 15 16 [17] 18 19 20');
  });

  it('never links more than nine items, however long the list', () => {
    for (const current of [1, 2, 3, 500, 2083, 4165, 4166, 4167])
      expect(pagerItems(current, 4167).length).toBeLessThanOrEqual(9);
  });

  it('groups a page’s entries by their key, in order, without merging runs that are apart', () => {
    const runs = runsOf(['a1', 'a2', 'b1', 'a3'], (entry) => entry[0]);
    expect(runs).toEqual([
      { key: 'a', items: ['a1', 'a2'] },
      { key: 'b', items: ['b1'] },
      { key: 'a', items: ['a3'] },
    ]);
  });
});
