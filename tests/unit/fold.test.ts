import { describe, expect, it } from 'vitest';
import { CreatorSearch } from '#lib/search/creators/engine.ts';
import { field } from '#lib/search/creators/index-format.ts';
import { highlight } from '#lib/search/highlight.ts';
import { fold, unfoldIndices } from '#lib/search/text.ts';
import { indexOf, view, type TestCreator } from './search-fixtures.ts';

describe('folding', () => {
  it('writes full-width Latin and half-width kana the usual way', () => {
    expect(fold('ｋｙｎｅ')).toBe('kyne');
    expect(fold('ＫＹＮＥ')).toBe('kyne');
    expect(fold('ｶﾞｸ')).toBe('がく');
  });

  it('drops case and Latin accents', () => {
    expect(fold('Chuồn Chuồn')).toBe('chuon chuon');
    expect(fold('Éabha')).toBe('eabha');
  });

  it('makes one of the Arabic letters readers type for each other, and drops vowels and tatweel', () => {
    expect(fold('عائشة')).toBe(fold('عائشه'));
    expect(fold('سلمى')).toBe(fold('سلمي'));
    expect(fold('أحمد')).toBe(fold('احمد'));
    expect(fold('إيمان')).toBe(fold('ايمان'));
    expect(fold('عَائِشَة')).toBe(fold('عائشة'));
    expect(fold('عائـــشة')).toBe(fold('عائشة'));
  });

  it('folds katakana into hiragana and keeps voicing', () => {
    expect(fold('ラーメン')).toBe('らーめん');
    expect(fold('ガク')).toBe(fold('がく'));
    expect(fold('ガク')).not.toBe(fold('カク'));
  });

  it('maps a match on folded text back onto the text as written', () => {
    // "عَائِشَة" folds to five letters; a match on all five covers all eight characters.
    expect(unfoldIndices('عَائِشَة', [[0, 4]])).toEqual([[0, 7]]);
    // The second name of "Chuồn Chuồn": the accented letters are one folded letter each.
    expect(unfoldIndices('Chuồn Chuồn', [[6, 10]])).toEqual([[6, 10]]);
    expect(unfoldIndices('Kyne', [[1, 2]])).toEqual([[1, 2]]);
  });
});

const people: TestCreator[] = [
  { id: 'kyne', name: 'Kyne', niches: ['drag'] },
  { id: 'aisha-coffee', name: 'عائشة بن حارب', aliases: ['Aisha bin Hareb'], niches: ['food'] },
  { id: 'salma-signs', name: 'سلمى عزت', aliases: ['Salma Ezzat'], niches: ['education'] },
  { id: 'ahmad-builds', name: 'أحمد السالم', aliases: ['Ahmad Alsalem'], niches: ['home-diy'] },
  { id: 'yuton-draws', name: 'ユートン', aliases: ['Yuton'], niches: ['art'] },
  { id: 'graham-mends-it', name: 'Graham Pike', niches: ['home-diy'] },
];
const engine = new CreatorSearch(indexOf(people, []));
const found = (q: string) =>
  engine.search(view((s) => (s.q = q))).results.map((result) => result.row[field.id]);

describe('search in the reader’s own typing', () => {
  it('finds a creator by a full-width Latin query', () => {
    expect(found('ｋｙｎｅ')[0]).toBe('kyne');
  });

  it('finds Arabic names typed as Arabic readers type them', () => {
    // ه for ة, ي for ى, ا for أ: what many keyboards and habits write.
    expect(found('عائشه')[0]).toBe('aisha-coffee');
    expect(found('سلمي')[0]).toBe('salma-signs');
    expect(found('احمد السالم')[0]).toBe('ahmad-builds');
    // With the short vowels written in, and stretched with tatweel.
    expect(found('عَائِشَة')[0]).toBe('aisha-coffee');
    expect(found('عائـشة')[0]).toBe('aisha-coffee');
  });

  it('finds a katakana name typed in hiragana or in half-width kana', () => {
    expect(found('ゆーとん')[0]).toBe('yuton-draws');
    expect(found('ﾕｰﾄﾝ')[0]).toBe('yuton-draws');
  });

  it('highlights the name as it is written, not as it was folded', () => {
    const [result] = engine.search(view((s) => (s.q = 'ｋｙｎｅ'))).results;
    const match = result?.matches.find((candidate) => candidate.key === 'name');
    expect(match?.value).toBe('Kyne');
    expect(highlight('Kyne', match?.indices)).toEqual([{ text: 'Kyne', match: true }]);

    const [aisha] = engine.search(view((s) => (s.q = 'عائشه'))).results;
    const name = aisha?.matches.find((candidate) => candidate.key === 'name');
    expect(name?.value).toBe('عائشة بن حارب');
    expect(highlight('عائشة بن حارب', name?.indices)[0]).toEqual({ text: 'عائشة', match: true });
  });
});
