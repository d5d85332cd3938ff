/**
 * Saved searches and the storage helper under them, against a fake Storage that can be refused,
 * be full or hold anything: nothing a browser holds makes them throw, a bad entry costs only
 * itself, a refused write changes nothing, and the shortlist beside them is never touched.
 */
import { describe, expect, it } from 'vitest';
import { creatorShape, type CreatorFacet } from '#lib/search/creators/facets.ts';
import {
  storageKey as shortlistKey,
  shortlistFromStorage,
  wellFormed,
} from '#lib/search/creators/shortlist.ts';
import {
  addSearch,
  changeSaved,
  directionOf,
  loadSaved,
  maxNameLength,
  maxSaved,
  readSaved,
  removeSearch,
  renameSearch,
  restoreSearch,
  savedHref,
  savedSearchesKey,
  searchOf,
  searchesFor,
  type SavedSearch,
} from '#lib/search/saved-searches.ts';
import { readJson, writeJson, type StorageAccess } from '#lib/storage.ts';

/** A Storage that works, is full, refuses writes, or cannot be reached at all. */
function fakeStorage(
  items: Record<string, string> = {},
  mode: 'works' | 'full' | 'refuses' | 'missing' = 'works',
) {
  const held = new Map(Object.entries(items));
  const storage = {
    getItem: (key: string) => held.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (mode === 'full')
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      if (mode === 'refuses') throw new DOMException('The operation is insecure.', 'SecurityError');
      held.set(key, value);
    },
  };
  const access: StorageAccess = () => {
    if (mode === 'missing') throw new DOMException('Access is denied.', 'SecurityError');
    return storage;
  };
  return { held, access };
}

const entry = (overrides: Partial<SavedSearch> = {}): SavedSearch => ({
  id: 'a1',
  name: 'Finance in Europe',
  path: '/creators/',
  query: 'q=finance&region=europe',
  saved: 1_000,
  ...overrides,
});
const record = (searches: unknown) => JSON.stringify({ version: 1, searches });

const allowed: Record<CreatorFacet, string[]> = {
  region: ['europe', 'south-asia'],
  country: ['FR'],
  language: ['en', 'ar'],
  niche: ['finance', 'food'],
  community: [],
  audience: ['micro'],
  industry: ['finance'],
  brand: ['koho'],
};

describe('readJson and writeJson', () => {
  it('read what was written, and nothing when nothing is stored', () => {
    const { access } = fakeStorage();
    expect(readJson(access, 'k')).toEqual({ value: undefined });
    expect(writeJson(access, 'k', { a: [1] })).toBeUndefined();
    expect(readJson(access, 'k')).toEqual({ value: { a: [1] } });
  });

  it('say the storage is unavailable when even reaching it throws', () => {
    const { access } = fakeStorage({}, 'missing');
    expect(readJson(access, 'k')).toEqual({ problem: 'unavailable' });
    expect(writeJson(access, 'k', 1)).toBe('unavailable');
  });

  it('tell a full quota from a refused write', () => {
    expect(writeJson(fakeStorage({}, 'full').access, 'k', 1)).toBe('full');
    expect(writeJson(fakeStorage({}, 'refuses').access, 'k', 1)).toBe('unavailable');
  });

  it('say text that is not JSON is corrupt', () => {
    expect(readJson(fakeStorage({ k: '{"version":1,' }).access, 'k')).toEqual({
      problem: 'corrupt',
    });
  });
});

describe('which search page a saved path is', () => {
  it('accepts the two search pages, in each locale', () => {
    expect(searchOf('/creators/')).toBe('creators');
    expect(searchOf('/ar/creators/')).toBe('creators');
    expect(searchOf('/ja/stories/')).toBe('stories');
  });

  it('rejects every other address', () => {
    for (const path of [
      'javascript:alert(1)',
      'https://evil.example/creators/',
      '//evil.example/creators/',
      '/\\evil.example/creators/',
      '/creators',
      '/creators/kyne/',
      '/creators/?q=x',
      '/en/creators/',
      '/fr/creators/',
      '/ar/ar/creators/',
      '/brands/',
      '',
    ])
      expect(searchOf(path), path).toBeUndefined();
  });
});

describe('the direction of a saved name', () => {
  it('is the direction of the page it was saved on', () => {
    expect(directionOf('/ar/creators/')).toBe('rtl');
    expect(directionOf('/ja/stories/')).toBe('ltr');
    expect(directionOf('/creators/')).toBe('ltr');
  });
});

describe('reading saved searches', () => {
  it('keeps valid entries, newest first', () => {
    const read = readSaved({
      version: 1,
      searches: [entry(), entry({ id: 'b2', saved: 2_000, path: '/ja/stories/', query: '' })],
    });
    expect(read.searches.map((search) => search.id)).toEqual(['b2', 'a1']);
    expect(read).toMatchObject({ damaged: false, dropped: 0, overflow: 0 });
  });

  it('finds nothing, and nothing wrong, when nothing is stored', () => {
    expect(loadSaved(fakeStorage().access)).toEqual({
      searches: [],
      damaged: false,
      dropped: 0,
      overflow: 0,
      unavailable: false,
    });
  });

  it('calls text that is not JSON, or the wrong shape, damaged', () => {
    for (const junk of ['{oops', '[]', '"text"', '42', 'null', '{"version":2,"searches":[]}'])
      expect(loadSaved(fakeStorage({ [savedSearchesKey]: junk }).access), junk).toMatchObject({
        searches: [],
        damaged: true,
      });
  });

  it('says storage is unavailable when the browser refuses it', () => {
    expect(loadSaved(fakeStorage({}, 'missing').access)).toMatchObject({
      searches: [],
      unavailable: true,
      damaged: false,
    });
  });

  it('drops hostile and malformed entries and keeps the rest', () => {
    const read = readSaved({
      version: 1,
      searches: [
        entry(),
        entry({ id: 'x1', path: 'javascript:alert(1)' }),
        entry({ id: 'x2', path: 'https://evil.example/creators/' }),
        entry({ id: 'x3', path: '/creators/kyne/' }),
        entry({ id: '<img src=x>' }),
        entry({ id: 'x4', name: '   ' }),
        entry({ id: 'x5', saved: -1 }),
        entry({ id: 'x6', saved: Number.NaN }),
        entry({ id: 'x7', query: 'q='.padEnd(10_000, 'a') }),
        { ...entry({ id: 'x8' }), name: 42 },
        entry(),
        null,
        'text',
        [1, 2],
      ],
    });
    expect(read.searches.map((search) => search.id)).toEqual(['a1']);
    expect(read.dropped).toBe(13);
    expect(read.damaged).toBe(false);
  });

  it('keeps names as plain text of a bounded length', () => {
    const [search] = readSaved({
      version: 1,
      searches: [entry({ name: `<b>x</b>\u202e\u0000${'n'.repeat(100_000)}` })],
    }).searches;
    expect(search?.name.length).toBe(maxNameLength);
    expect(search?.name.startsWith('<b>x</b>')).toBe(true);
    expect(search?.name).not.toContain('\u0000');
    expect(search?.name).not.toContain('\u202e');
  });

  it('keeps only the newest entries of a page beyond the limit, and says how many went', () => {
    const many = Array.from({ length: 3_000 }, (_, i) => entry({ id: `c${i}`, saved: i }));
    const stories = entry({ id: 's1', path: '/stories/', saved: 1 });
    const read = readSaved({ version: 1, searches: [...many, stories] });
    expect(searchesFor(read.searches, '/creators/')).toHaveLength(maxSaved);
    expect(read.searches[0]?.id).toBe('c2999');
    expect(read.overflow).toBe(3_000 - maxSaved);
    // Another page's searches are counted on their own.
    expect(searchesFor(read.searches, '/ar/stories/')).toEqual([stories]);
  });
});

describe('changing saved searches', () => {
  const query = 'q=finance';

  it('adds the newest first, with an id of its own', () => {
    const first = addSearch([], { name: 'One', path: '/creators/', query }, 5_000);
    expect(first).not.toBe('limit');
    const both = addSearch(
      first as SavedSearch[],
      { name: 'Two', path: '/stories/', query },
      5_000,
    );
    expect(both).toMatchObject([{ name: 'Two' }, { name: 'One' }]);
    const ids = (both as SavedSearch[]).map((search) => search.id);
    expect(new Set(ids).size).toBe(2);
  });

  it('saving the same view again renames it and brings it to the top', () => {
    const list = [entry({ id: 'b2', saved: 3_000, query: 'q=x' }), entry()];
    const again = addSearch(
      list,
      { name: 'Again', path: '/creators/', query: entry().query },
      9_000,
    );
    expect(again).toMatchObject([{ id: 'a1', name: 'Again', saved: 9_000 }, { id: 'b2' }]);
  });

  it('refuses a save beyond the limit for that page only', () => {
    const full = Array.from({ length: maxSaved }, (_, i) =>
      entry({ id: `c${i}`, query: `q=${i}` }),
    );
    expect(addSearch(full, { name: 'More', path: '/ja/creators/', query }, 1)).toBe('limit');
    expect(addSearch(full, { name: 'Story', path: '/stories/', query }, 1)).toHaveLength(
      maxSaved + 1,
    );
  });

  it('renames, removes and puts back in date order', () => {
    const list = [entry({ id: 'b2', saved: 3_000 }), entry(), entry({ id: 'c3', saved: 10 })];
    expect(renameSearch(list, 'a1', '  New\tname ')[1]?.name).toBe('New name');
    const without = removeSearch(list, 'a1');
    expect(without.map((search) => search.id)).toEqual(['b2', 'c3']);
    expect(restoreSearch(without, entry()).map((search) => search.id)).toEqual(['b2', 'a1', 'c3']);
  });

  it('stores a versioned record and leaves the shortlist alone', () => {
    const { held, access } = fakeStorage({ [shortlistKey]: '["kyne"]' });
    const saved = changeSaved(access, (list) =>
      addSearch(list, { name: 'One', path: '/ar/creators/', query }, 7_000),
    );
    expect(saved).toHaveLength(1);
    expect(JSON.parse(held.get(savedSearchesKey) ?? '')).toMatchObject({
      version: 1,
      searches: [{ name: 'One', path: '/ar/creators/', query }],
    });
    expect(held.get(shortlistKey)).toBe('["kyne"]');
    expect(loadSaved(access).searches).toEqual(saved);
  });

  it('builds on what storage holds now, so another tab’s save is kept', () => {
    const { held, access } = fakeStorage({ [savedSearchesKey]: record([entry()]) });
    changeSaved(access, (list) =>
      addSearch(list, { name: 'Two', path: '/stories/', query }, 8_000),
    );
    expect(loadSaved(access).searches.map((search) => search.name)).toEqual([
      'Two',
      'Finance in Europe',
    ]);
    expect(held.size).toBe(1);
  });

  it('says why when the browser refuses, and leaves storage as it was', () => {
    const before = { [savedSearchesKey]: record([entry()]), [shortlistKey]: '["kyne"]' };
    const add = (list: readonly SavedSearch[]) =>
      addSearch(list, { name: 'Two', path: '/creators/', query }, 8_000);
    for (const [mode, problem] of [
      ['full', 'full'],
      ['refuses', 'unavailable'],
      ['missing', 'unavailable'],
    ] as const) {
      const { held, access } = fakeStorage(before, mode);
      expect(changeSaved(access, add), mode).toBe(problem);
      expect(Object.fromEntries(held), mode).toEqual(before);
    }
  });

  it('replaces a damaged record and keeps the shortlist, which reads as before', () => {
    const { held, access } = fakeStorage({
      [savedSearchesKey]: '{"version":1,"searches":"💥"',
      [shortlistKey]: '["kyne","<script>"]',
    });
    expect(loadSaved(access).damaged).toBe(true);
    expect(shortlistFromStorage(readJson(access, shortlistKey), wellFormed)).toEqual(['kyne']);
    changeSaved(access, (list) => addSearch(list, { name: 'One', path: '/creators/', query }, 1));
    expect(loadSaved(access)).toMatchObject({ damaged: false, searches: [{ name: 'One' }] });
    expect(held.get(shortlistKey)).toBe('["kyne","<script>"]');
  });
});

describe('the link of a saved search', () => {
  it('is its page with the query the URL-state parser reads back', () => {
    expect(savedHref(entry({ path: '/ar/creators/' }), allowed, creatorShape)).toBe(
      '/ar/creators/?q=finance&region=europe',
    );
    expect(
      savedHref(
        entry({ query: 'region=atlantis&region=south-asia&onclick=alert(1)&sort=<x>&page=2' }),
        allowed,
        creatorShape,
      ),
    ).toBe('/creators/?region=south-asia&page=2');
    expect(savedHref(entry({ query: '' }), allowed, creatorShape)).toBe('/creators/');
  });
});
