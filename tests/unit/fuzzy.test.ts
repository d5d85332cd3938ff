import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { fieldNorm, FuzzySearch, type FuzzyOptions } from '#lib/search/fuzzy.ts';
import { fuzzy } from '#lib/search/text.ts';
import { random } from '#lib/site/random.ts';

/*
 * The matcher against Fuse.js itself, the behaviour it must reproduce: a few hundred generated
 * people in many scripts, and a few hundred queries of every kind a visitor types, compared on
 * order, scores and matched ranges. Small enough to run in well under a second.
 */

interface Person extends Record<string, string | string[]> {
  name: string;
  aliases: string[];
  handle: string;
}

const next = random(7);
const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;

const latin = ['ka', 'ro', 'mi', 'lé', 'sa', 'to', 'na', 'ri', 'jo', 'an', 'el', 'ïs', 'ø', 'be'];
const arabic = ['عائشة', 'أحمد', 'إيمان', 'ليلى', 'مصطفى', 'فاطمة', 'يوسف', 'سلمى', 'حارب'];
const japanese = ['はやし', 'ミサキ', '美咲', 'さくら', 'タナカ', '田中', 'ゆうき', '林', 'ケン'];

function latinWord(): string {
  const word = Array.from({ length: 2 + Math.floor(next() * 3) }, () => pick(latin)).join('');
  return next() < 0.5 ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/** Words joined by spaces, a no-break space or a tab, which the field-length norm counts alike. */
const words = (count: number) =>
  Array.from({ length: count }, latinWord).join(pick([' ', ' ', '\u00a0', '\t']));

/** A phrase said over and over, as some channel names are: a long query matches it in many places. */
const chant = () => `${latinWord()} ${latinWord()} `.repeat(5).trim();

function person(i: number): Person {
  const kind = i % 6;
  const name =
    kind === 3
      ? `${pick(arabic)} ${pick(arabic)}`
      : kind === 4
        ? `${pick(japanese)}${pick(japanese)}`
        : kind === 5
          ? // Long enough for queries over 32 characters to match in pieces.
            i % 4 === 1
            ? chant()
            : words(6 + (i % 5))
          : words(1 + (i % 3));
  return {
    name,
    aliases: kind === 3 || kind === 4 ? [latinWord(), ...(i % 2 ? ['', latinWord()] : [])] : [],
    handle: i % 4 === 0 ? `${latinWord().toLowerCase()}-${i}` : '',
  };
}

const people = Array.from({ length: 200 }, (_, i) => person(i));
const longNames = people.map((someone) => someone.name).filter((name) => name.length > 40);

/** One typo: a letter dropped, doubled, swapped with the next, or changed. */
function typo(text: string): string {
  if (text.length < 3) return text;
  const at = 1 + Math.floor(next() * (text.length - 2));
  const kind = Math.floor(next() * 4);
  if (kind === 0) return text.slice(0, at) + text.slice(at + 1);
  if (kind === 1) return text.slice(0, at + 1) + text.slice(at);
  if (kind === 2)
    return text.slice(0, at) + text.charAt(at + 1) + text.charAt(at) + text.slice(at + 2);
  return text.slice(0, at) + pick(['a', 'e', 'z', 'ـ', 'ん']) + text.slice(at + 1);
}

/** A stretch of the text, of a length between `least` and `most` where the text allows. */
function stretch(text: string, least: number, most: number): string {
  const length = Math.min(text.length, least + Math.floor(next() * (most - least + 1)));
  const from = Math.floor(next() * (text.length - length + 1));
  return text.slice(from, from + length);
}

/** Queries of up to 32 characters, matched whole: blank, one letter, names, typos, stretches, other scripts. */
const queries = [
  '',
  '   ',
  'a',
  'é',
  'z',
  '林',
  'ع',
  'ー',
  ...Array.from({ length: 160 }, (_, i) => {
    const someone = people[(i * 7) % people.length] as Person;
    switch (i % 8) {
      // Whole names, with and without a typo; long names (below) are searched by a part.
      case 0:
        return someone.name.length > 16 ? stretch(someone.name, 8, 16) : someone.name;
      case 1:
        return typo(someone.name.length > 16 ? stretch(someone.name, 8, 16) : someone.name);
      case 2:
        return stretch(someone.name, 2, 6);
      case 3:
        return typo(stretch(someone.name, 4, 10)).toUpperCase();
      case 4:
        return someone.aliases[0] ?? someone.handle;
      case 5:
        // Typed without the accents.
        return stretch(someone.name, 3, 8).normalize('NFD').replace(/\p{M}/gu, '');
      case 6:
        return stretch(someone.name, 1, 3);
      default:
        return `${stretch(someone.name, 2, 5)} ${latinWord()}`;
    }
  }),
];

/**
 * Queries over 32 characters, matched in 32-character pieces: two whole pieces, three with the
 * last overlapping the one before it, and stretches of long names with and without typos.
 */
const longQueries = [
  (longNames[0] ?? '').padEnd(64, 'x').slice(0, 64),
  typo(`${longNames[1] ?? ''} ${longNames[2] ?? ''}`.slice(0, 70)),
  ...Array.from({ length: 24 }, (_, i) => {
    const text = stretch(longNames[i % longNames.length] ?? '', 35, 48);
    return i % 3 === 0 ? text : i % 3 === 1 ? typo(text) : typo(typo(text));
  }),
];

const options = {
  ...fuzzy,
  // Weights as the creator search gives them, and a key no one has, as its partial searches pad with.
  keys: [
    { name: 'name', weight: 3 },
    { name: 'aliases', weight: 2.5 },
    { name: 'handle', weight: 2 },
    { name: 'nobody', weight: 1.5 },
  ],
} satisfies FuzzyOptions;

/** Fuse's answer in the matcher's shape: it gives no score for a blank query, which the matcher reads as 1. */
function fuseResults(fuse: Fuse<Person>, query: string) {
  return fuse.search(query).map((hit) => ({
    refIndex: hit.refIndex,
    score: hit.score ?? 1,
    matches: (hit.matches ?? []).map(({ key, value, refIndex, indices }) => ({
      key,
      value,
      ...(refIndex === undefined ? {} : { refIndex }),
      indices,
    })),
  }));
}

describe('the fuzzy matcher', () => {
  const ours = new FuzzySearch(people, options);
  const fuse = new Fuse(people, options);

  it('gives what Fuse gives: the same documents, in the same order, with the same scores and ranges', () => {
    expect(new Set(queries).size).toBeGreaterThan(140);
    for (const query of queries)
      expect([query, ours.search(query)]).toEqual([query, fuseResults(fuse, query)]);
  });

  it('gives what Fuse gives for queries over 32 characters', () => {
    // Over the people with long names, and some others: long queries take Bitap many rows.
    const wordy = people.filter((someone, i) => i < 20 || longNames.includes(someone.name));
    const oursOverWordy = new FuzzySearch(wordy, options);
    const fuseOverWordy = new Fuse(wordy, options);
    expect(longQueries.every((query) => query.length > 32)).toBe(true);
    for (const query of longQueries)
      expect([query, oursOverWordy.search(query)]).toEqual([
        query,
        fuseResults(fuseOverWordy, query),
      ]);
  });

  it('matches and ranks a typo of a name as Fuse does, and finds that name', () => {
    const name = people[10]?.name ?? '';
    const query = typo(name);
    const found = ours.search(query);
    expect(found.map((result) => result.refIndex)).toContain(10);
    expect(found).toEqual(fuseResults(fuse, query));
  });

  it('scores only the documents it is given, as Fuse does over a subset of its records', () => {
    const index = Fuse.createIndex(options.keys, people);
    const all = index.records.slice();
    const subset = new Fuse(people, options, index);
    const within = all.map((_, i) => i).filter((i) => i % 3 !== 1);
    index.setIndexRecords(within.map((i) => all[i]).filter((record) => record !== undefined));
    for (const query of queries.slice(0, 40))
      expect([query, ours.search(query, within)]).toEqual([query, fuseResults(subset, query)]);
  });

  it('counts a match in a short field more than in a long one', () => {
    expect([
      fieldNorm('Kyne'),
      fieldNorm('Misaki Hayashi'),
      fieldNorm(' a\tb\u00a0c d '),
      fieldNorm(' '),
    ]).toEqual([1, 0.707, 0.5, 1]);
  });

  it('refuses a key weight or threshold it cannot rank with, naming it', () => {
    expect(
      () => new FuzzySearch(people, { ...options, keys: [{ name: 'name', weight: 0 }] }),
    ).toThrow('The weight of search key "name" must be a positive number.');
    expect(() => new FuzzySearch(people, { ...options, threshold: 1.5 })).toThrow(
      'The search threshold must be between 0 and 1, not 1.5.',
    );
  });
});
