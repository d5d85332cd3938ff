import { describe, expect, it } from 'vitest';
import {
  cleanShortlist,
  maxShortlist,
  shortlistFromParams,
  shortlistFromStorage,
  shortlistUrl,
  storageKey,
  toCsv,
} from '#lib/search/creators/shortlist.ts';
import { readJson } from '#lib/storage.ts';

const known = new Set(['kyne', 'the-rollettes', 'misaki-cooks']);

describe('shortlist', () => {
  it('keeps only known handles, once each, in order', () => {
    expect(cleanShortlist(['kyne', 'nobody', 'kyne', 42, 'the-rollettes'], known)).toEqual([
      'kyne',
      'the-rollettes',
    ]);
  });

  it('reads a shared link and ignores hostile or unknown entries', () => {
    expect(
      shortlistFromParams(new URLSearchParams('shortlist=kyne,<script>,misaki-cooks,kyne'), known),
    ).toEqual(['kyne', 'misaki-cooks']);
    expect(shortlistFromParams(new URLSearchParams('q=x'), known)).toBeUndefined();
  });

  it('survives whatever is stored under its key, or a browser that refuses storage', () => {
    const stored = (text: string | null) =>
      shortlistFromStorage(
        readJson(() => ({ getItem: () => text, setItem: () => undefined }), storageKey),
        known,
      );
    expect(stored('["kyne","x"]')).toEqual(['kyne']);
    expect(stored('{not json')).toEqual([]);
    expect(stored('{"a":1}')).toEqual([]);
    expect(stored(null)).toEqual([]);
    const refused = () => {
      throw new DOMException('Access is denied.', 'SecurityError');
    };
    expect(shortlistFromStorage(readJson(refused, storageKey), known)).toEqual([]);
  });

  it('caps its length', () => {
    const many = new Set(Array.from({ length: 500 }, (_, i) => `c${i}`));
    expect(cleanShortlist([...many], many)).toHaveLength(maxShortlist);
  });

  it('makes a share link back to the directory', () => {
    expect(shortlistUrl('https://casebook.example', ['kyne', 'the-rollettes'])).toBe(
      'https://casebook.example/creators/?shortlist=kyne%2Cthe-rollettes',
    );
    // Shared from an Arabic page, the link opens the Arabic directory.
    expect(shortlistUrl('https://casebook.example', ['kyne'], '/ar/creators/')).toBe(
      'https://casebook.example/ar/creators/?shortlist=kyne',
    );
  });

  it('writes CSV that spreadsheets cannot run as formulas', () => {
    expect(
      toCsv(
        ['name', 'note'],
        [
          ['Kyne', '=HYPERLINK("x")'],
          ['A "quoted" name', '+1'],
        ],
      ),
    ).toBe('"name","note"\r\n"Kyne","\'=HYPERLINK(""x"")"\r\n"A ""quoted"" name","\'+1"\r\n');
  });
});
