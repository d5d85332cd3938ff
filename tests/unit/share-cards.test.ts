import {
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { cardFile, ensureShareCards } from '#lib/site/share-card-cache-fs.ts';
import type { ShareCard } from '#lib/site/share-card.ts';
import { woffToSfnt } from '#lib/site/woff.ts';

const card: ShareCard = {
  eyebrow: 'Mahmas Roastery',
  title: 'A grandmother’s verdict',
  detail: 'With Aisha bin Hareb',
  illustrative: true,
  label: 'Illustrative',
  siteName: 'Casebook',
  seed: 'mahmas',
  lang: 'en',
  dir: 'ltr',
};

describe('share card cache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'casebook-cards-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names a card by what it shows', () => {
    expect(cardFile(card)).toBe(cardFile({ ...card }));
    expect(cardFile({ ...card, title: 'Another title' })).not.toBe(cardFile(card));
    expect(cardFile({ ...card, lang: 'ar', dir: 'rtl' })).not.toBe(cardFile(card));
  });

  it('draws a card once, reuses it, and removes a card only when no run has used it for a week', async () => {
    const first = await ensureShareCards([card, { ...card, title: 'Second' }], dir);
    expect(first.run).toEqual({ drawn: 2, reused: 0, removed: 0 });
    const png = await sharp(readFileSync(first.paths[0] ?? '')).metadata();
    expect([png.format, png.width, png.height]).toEqual(['png', 1200, 630]);
    const drawn = readFileSync(first.paths[0] ?? '');
    writeFileSync(join(dir, 'unrelated.txt'), 'kept');
    // Unused since the last run: kept, since another branch or build may still want it.
    const second = await ensureShareCards([card], dir);
    expect(second.run).toEqual({ drawn: 0, reused: 1, removed: 0 });
    expect(readFileSync(second.paths[0] ?? '').equals(drawn)).toBe(true);
    // Unused for eight days: removed; the card in use is marked used now, so it stays.
    const eightDaysAgo = new Date(Date.now() - 8 * 24 * 60 * 60 * 1000);
    for (const path of first.paths) utimesSync(path, eightDaysAgo, eightDaysAgo);
    const third = await ensureShareCards([card], dir);
    expect(third.run).toEqual({ drawn: 0, reused: 1, removed: 1 });
    expect(existsSync(first.paths[1] ?? '')).toBe(false);
    expect(statSync(third.paths[0] ?? '').mtimeMs).toBeGreaterThan(eightDaysAgo.getTime());
    expect(readFileSync(join(dir, 'unrelated.txt'), 'utf8')).toBe('kept');
  });

  it(
    'draws the same pixels in drawing processes of its own as in the build’s',
    { timeout: 120_000 },
    async () => {
      const cards: ShareCard[] = [
        card,
        { ...card, lang: 'ar', dir: 'rtl', label: 'توضيحي', title: 'حكم الجدة' },
        { ...card, lang: 'ja', label: '架空の事例', title: 'おばあちゃんの評価' },
        { ...card, illustrative: false, label: '', seed: 'creators', title: 'Creators' },
      ];
      const here = mkdtempSync(join(tmpdir(), 'casebook-cards-here-'));
      const apart = mkdtempSync(join(tmpdir(), 'casebook-cards-apart-'));
      try {
        const drawnHere = await ensureShareCards(cards, here, { processes: 0 });
        const drawnApart = await ensureShareCards(cards, apart, { processes: 2 });
        expect(drawnApart.run).toEqual({ drawn: 4, reused: 0, removed: 0 });
        const pixels = (paths: string[]) =>
          Promise.all(paths.map((path) => sharp(readFileSync(path)).raw().toBuffer()));
        const [a, b] = await Promise.all([pixels(drawnHere.paths), pixels(drawnApart.paths)]);
        expect(b.map((buffer, i) => buffer.equals(a[i] as Buffer))).toEqual([
          true,
          true,
          true,
          true,
        ]);
        // The right-to-left card is mirrored: its artwork on the left, so it differs from the English one.
        expect(a[1]?.equals(a[0] as Buffer)).toBe(false);
      } finally {
        rmSync(here, { recursive: true, force: true });
        rmSync(apart, { recursive: true, force: true });
      }
    },
  );
});

describe('WOFF fonts', () => {
  it('unpack to the TrueType tables they wrap', () => {
    const woff = readFileSync('node_modules/@fontsource/inter/files/inter-latin-400-normal.woff');
    const sfnt = woffToSfnt(woff);
    expect(sfnt.readUInt32BE(0)).toBe(woff.readUInt32BE(4));
    expect(sfnt.readUInt16BE(4)).toBe(woff.readUInt16BE(12));
    expect(sfnt.length).toBe(woff.readUInt32BE(16));
  });

  it('refuse what is not WOFF', () => {
    expect(() => woffToSfnt(Buffer.from('not a font'))).toThrow('Not a WOFF font.');
  });
});
