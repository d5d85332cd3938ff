import { describe, expect, it } from 'vitest';
import { formatDate, formatFigure } from '#lib/strings/format.ts';
import {
  mentionsOfBrand,
  readingMinutes,
  relatedStories,
  showcaseFigures,
  tally,
} from '#lib/content/queries.ts';

function story(
  id: string,
  overrides: Partial<{
    brand: string;
    creators: string[];
    published: string;
    industry: string;
    regions: string[];
    themes: string[];
    formats: string[];
  }> = {},
) {
  return {
    id,
    data: {
      brand: { id: overrides.brand ?? `${id}-brand` },
      creators: (overrides.creators ?? []).map((creatorId) => ({ id: creatorId })),
      published: new Date(overrides.published ?? '2026-01-01'),
      industry: overrides.industry,
      regions: overrides.regions ?? [],
      themes: overrides.themes ?? [],
      formats: overrides.formats ?? [],
    },
  };
}

describe('related stories', () => {
  it('ranks a story with a shared creator above one with shared themes only', () => {
    const base = story('base', { creators: ['a'], themes: ['inclusion'] });
    const sameCreator = story('same-creator', { creators: ['a'] });
    const sameTheme = story('same-theme', { themes: ['inclusion'] });
    const unrelated = story('unrelated', { published: '2026-05-01' });
    expect(
      relatedStories(base, [unrelated, sameTheme, base, sameCreator], 3).map((s) => s.id),
    ).toEqual(['same-creator', 'same-theme', 'unrelated']);
  });

  it('never lists the story itself and breaks ties by newest first', () => {
    const base = story('base');
    const older = story('older', { published: '2025-01-01' });
    const newer = story('newer', { published: '2026-03-01' });
    expect(relatedStories(base, [base, older, newer]).map((s) => s.id)).toEqual(['newer', 'older']);
  });
});

describe('figures and dates', () => {
  it('formats percentages, multiples and large counts for reading', () => {
    expect(formatFigure(38, 'percent')).toBe('38%');
    expect(formatFigure(2.4, 'times')).toBe('2.4×');
    expect(formatFigure(1_240_000, 'count')).toBe('1.2M');
    expect(formatFigure(4200, 'count')).toBe('4,200');
  });

  it('formats dates in UTC so the day never shifts', () => {
    expect(formatDate(new Date('2026-11-03T00:00:00Z'))).toBe('3 November 2026');
  });

  it('gives at least one minute of reading time', () => {
    expect(readingMinutes('short')).toBe(1);
    expect(readingMinutes('word '.repeat(1000))).toBe(5);
  });
});

describe('showcase figures', () => {
  it('counts distinct regions, countries and languages across creators and stories', () => {
    const creators = [
      {
        id: 'a',
        data: {
          region: 'europe',
          country: 'FR',
          languages: ['fr', 'en'],
          mentions: [{ brand: { id: 'x' }, date: new Date() }],
        },
      },
      { id: 'b', data: { region: 'europe', country: 'DE', languages: ['de', 'en'], mentions: [] } },
      { id: 'c', data: { languages: [], mentions: [] } },
    ];
    const stories = [story('s', { regions: ['latin-america'] })];
    expect(showcaseFigures(stories, creators, 4)).toEqual({
      stories: 1,
      creators: 3,
      brands: 4,
      regions: 2,
      countries: 2,
      languages: 3,
      mentions: 1,
    });
  });
});

describe('brand mentions', () => {
  it('lists every mention of a brand, most recent first', () => {
    const creators = [
      {
        id: 'a',
        data: {
          languages: [],
          mentions: [
            { brand: { id: 'x' }, date: new Date('2024-01-01'), title: 'old' },
            { brand: { id: 'y' }, date: new Date('2025-01-01'), title: 'other' },
          ],
        },
      },
      {
        id: 'b',
        data: {
          languages: [],
          mentions: [{ brand: { id: 'x' }, date: new Date('2025-06-01'), title: 'new' }],
        },
      },
    ];
    expect(
      mentionsOfBrand('x', creators).map(
        ({ creator, mention }) => `${creator.id}:${mention.title}`,
      ),
    ).toEqual(['b:new', 'a:old']);
  });
});

describe('tally', () => {
  it('counts values, most common first, then alphabetically', () => {
    expect(tally(['b', 'a', 'b', 'c', 'a', 'b'])).toEqual([
      { id: 'b', count: 3 },
      { id: 'a', count: 2 },
      { id: 'c', count: 1 },
    ]);
  });
});
