import { describe, expect, it } from 'vitest';
import { compareRecord, type CompareCreatorFacts } from '#lib/compare/record.ts';
import { compareHref } from '#lib/compare/href.ts';
import {
  caption,
  compareCsv,
  compareTable,
  droppedMessages,
  emptyText,
  isCompareRecord,
  requestedIds,
} from '#lib/compare/table.ts';
import { localeContext } from '#lib/strings/index.ts';

const en = localeContext('en');
const brands: Record<string, string> = { qahwa: 'Qahwa', mahmas: 'Mahmas Roastery' };

function creator(
  id: string,
  data: Partial<Omit<CompareCreatorFacts['data'], 'mentions'>> & {
    mentions?: [string, string][];
  } = {},
): CompareCreatorFacts {
  return {
    id,
    data: {
      name: data.name ?? id,
      illustrative: true,
      languages: data.languages ?? ['en'],
      niches: data.niches ?? ['food'],
      communities: data.communities ?? [],
      platforms: data.platforms ?? ['tiktok'],
      region: data.region,
      country: data.country,
      audience: data.audience,
      handle: data.handle,
      mentions: (data.mentions ?? []).map(([brand, date]) => ({
        brand: { id: brand },
        date: new Date(`${date}T00:00:00Z`),
      })),
    },
  };
}

const record = (
  c: CompareCreatorFacts,
  stories: { id: string; title: string; brand: string }[] = [],
) =>
  compareRecord(
    c,
    stories.map((s) => ({ id: s.id, data: { title: s.title, brand: { id: s.brand } } })),
    en,
    (id) => brands[id] ?? id,
    'en',
  );

describe('the ids a compare address asks for', () => {
  const read = (search: string) => requestedIds(new URLSearchParams(search));

  it('keeps well-formed ids in order, once each', () => {
    expect(read('?c=b,a,b,c')).toEqual({
      ids: ['b', 'a', 'c'],
      malformed: 0,
      repeated: ['b'],
      overflow: 0,
    });
  });

  it('drops hostile entries and counts them, never keeping their text', () => {
    const found = read(
      `?c=${encodeURIComponent('a,<script>alert(1)</script>,../../etc,JAVASCRIPT:x,b, ,=1+1')}`,
    );
    expect(found.ids).toEqual(['a', 'b']);
    expect(found.malformed).toBe(4);
    expect(JSON.stringify(found)).not.toContain('script');
  });

  it('shows six at most and counts the rest', () => {
    const found = read('?c=a,b,c,d,e,f,g,h');
    expect(found.ids).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(found.overflow).toBe(2);
  });

  it('reads nothing from an address without c', () => {
    expect(read('?shortlist=a,b').ids).toEqual([]);
  });

  it('links to the compare page in a locale', () => {
    expect(compareHref('/ar/creators/', ['a', 'b'])).toBe('/ar/creators/compare/?c=a,b');
  });
});

describe('what the page says it left out', () => {
  it('says why each was dropped, in the locale', () => {
    const requested = requestedIds(new URLSearchParams('?c=a,a,<x>,b,c,d,e,f,g'));
    expect(droppedMessages(requested, ['zz'], en.t.compare, ', ', 'en')).toEqual([
      '1 entry in the address is not a creator id and was left out.',
      'No creator has the id zz, so it was left out.',
      'a was listed more than once and is shown once.',
      'Up to six creators can be compared at once, so 1 more was left out.',
    ]);
    const ja = localeContext('ja');
    expect(droppedMessages(requested, [], ja.t.compare, '、', ja.intl)[0]).toBe(
      'アドレスにクリエイターIDではない項目が1件あったため、除外しました。',
    );
  });

  it('says nothing when nothing was dropped', () => {
    expect(
      droppedMessages(requestedIds(new URLSearchParams('?c=a,b')), [], en.t.compare, ', ', 'en'),
    ).toEqual([]);
  });
});

describe('the comparison table', () => {
  const aisha = record(
    creator('aisha', {
      name: 'Aisha',
      region: 'middle-east-north-africa',
      country: 'AE',
      languages: ['ar', 'en'],
      niches: ['food', 'travel'],
      mentions: [
        ['mahmas', '2025-03-08'],
        ['qahwa', '2024-01-01'],
        ['mahmas', '2026-01-17'],
      ],
    }),
    [{ id: 'grandmother', title: 'The grandmother and the uncle', brand: 'mahmas' }],
  );
  const laith = record(
    creator('laith', {
      name: '=Laith',
      region: 'middle-east-north-africa',
      country: 'JO',
      languages: ['en', 'ar'],
      niches: ['food'],
    }),
  );

  it('lists each brand mentioned once, latest first, with the day of its latest video', () => {
    expect(aisha.rows.mentions.map((item) => [item.t, item.date, item.when])).toEqual([
      ['Mahmas Roastery', '2026-01-17', '17 January 2026'],
      ['Qahwa', '2024-01-01', '1 January 2024'],
    ]);
    expect(aisha.rows.partnerships).toEqual([
      {
        k: 'grandmother',
        t: 'The grandmother and the uncle',
        href: '/stories/grandmother/',
        brand: 'Mahmas Roastery',
      },
    ]);
  });

  it('marks the rows whose values differ, comparing by id whatever the order', () => {
    const table = compareTable([aisha, laith]);
    const differs = Object.fromEntries(table.map((row) => [row.row, row.differs]));
    expect(differs).toEqual({
      region: false,
      country: true,
      languages: false,
      niches: true,
      communities: false,
      audience: false,
      platforms: false,
      mentions: true,
      partnerships: true,
    });
    expect(table.find((row) => row.row === 'country')?.cells.map((cell) => cell[0]?.t)).toEqual([
      'United Arab Emirates',
      'Jordan',
    ]);
  });

  it('has a caption naming the creators', () => {
    expect(caption([aisha, laith], en.t.compare, ', ', 'en')).toBe(
      'Comparing 2 creators: \u2068Aisha\u2069, \u2068=Laith\u2069',
    );
  });

  it('downloads as CSV, a row per field, with formula-starting cells neutralised', () => {
    const csv = compareCsv([aisha, laith], en.t.compare, ': ', 'https://casebook.example');
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('"Field","Aisha","\'=Laith","Differs"');
    expect(lines).toContain('"Country","United Arab Emirates","Jordan","yes"');
    expect(lines).toContain('"Languages","Arabic; English","English; Arabic",""');
    expect(lines).toContain(
      '"Brands mentioned (latest video)","Mahmas Roastery (2026-01-17); Qahwa (2024-01-01)","","yes"',
    );
    expect(lines).toContain(
      '"Partnerships and their stories","Mahmas Roastery: The grandmother and the uncle","","yes"',
    );
    expect(lines).toContain(
      '"Profile","https://casebook.example/creators/aisha/","https://casebook.example/creators/laith/",""',
    );
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('neutralises every character a spreadsheet starts a formula with', () => {
    const hostile = ['=1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'].map((name, i) =>
      record(creator(`c${i}`, { name })),
    );
    const header = compareCsv(hostile, en.t.compare, ': ', 'https://x.example').split('\r\n')[0];
    expect(header).toBe(`"Field","'=1","'+1","'-1","'@SUM(A1)","'\tx","'\rx","Differs"`);
  });

  it('accepts a fetched record only when it is the creator asked for', () => {
    expect(isCompareRecord(JSON.parse(JSON.stringify(aisha)), 'aisha')).toBe(true);
    expect(isCompareRecord(aisha, 'laith')).toBe(false);
    expect(isCompareRecord({ ...aisha, rows: { ...aisha.rows, niches: 'food' } }, 'aisha')).toBe(
      false,
    );
    expect(isCompareRecord('<html>', 'aisha')).toBe(false);
  });
});

describe('empty cells', () => {
  it('say "None" for an empty list and "Not stated" for a fact not given', () => {
    expect(emptyText('communities', en.t.compare)).toBe('None');
    expect(emptyText('partnerships', en.t.compare)).toBe('None');
    expect(emptyText('region', en.t.compare)).toBe('Not stated');
    expect(emptyText('platforms', localeContext('ja').t.compare)).toBe('記載なし');
  });
});

describe('records in other locales', () => {
  it('labels values in the locale and marks story titles with their own language and direction', () => {
    const ar = localeContext('ar');
    const found = compareRecord(
      creator('aisha', { country: 'AE', mentions: [['qahwa', '2026-01-17']] }),
      [{ id: 'grandmother', data: { title: 'The grandmother', brand: { id: 'qahwa' } } }],
      ar,
      (id) => brands[id] ?? id,
      'en',
    );
    expect(found.href).toBe('/ar/creators/aisha/');
    expect(found.rows.country).toEqual([{ k: 'AE', t: 'الإمارات العربية المتحدة' }]);
    expect(found.rows.mentions[0]).toMatchObject({
      href: '/ar/brands/qahwa/',
      when: '17 يناير 2026',
    });
    expect(found.rows.partnerships[0]).toMatchObject({
      lang: 'en',
      dir: 'ltr',
      href: '/ar/stories/grandmother/',
    });
  });
});
