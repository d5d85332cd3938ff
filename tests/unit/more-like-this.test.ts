/**
 * "More like this" in the creator search: the same ranking and reasons as the profiles' similar
 * creators, over the index rows; combined with filters and pages; in the page and in the worker;
 * and a `like` in the address that names no creator is left out, never echoed.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { similarCreatorsIndex, similarReason as profileReason } from '#lib/content/similar.ts';
import { latinName } from '#lib/names.ts';
import { buildCreatorIndex, storiesByCreator } from '#lib/search/creators/build-index.ts';
import { creatorShape } from '#lib/search/creators/facets.ts';
import { field, type SearchIndex } from '#lib/search/creators/index-format.ts';
import { likeFinder } from '#lib/search/creators/like.ts';
import {
  inPageService,
  type CreatorState,
  type FromWorker,
  type ToWorker,
} from '#lib/search/creators/protocol.ts';
import { searchService } from '#lib/search/creators/service.ts';
import { rowSpeaker, similarReason } from '#lib/search/creators/similar.ts';
import { storyShape } from '#lib/search/stories/facets.ts';
import { likeIgnored, parseState, serializeState, withoutLike } from '#lib/search/url-state.ts';
import { vocabulariesOf } from '#lib/search/vocabularies.ts';
import { localeContext, taxonomyLabel, type Locale } from '#lib/strings/index.ts';
import { entriesOf, view, type TestCreator } from './search-fixtures.ts';

/** Creators who list their values out of taxonomy order, as editors do (first language first). */
const people: TestCreator[] = [
  {
    id: 'aisha',
    name: 'عائشة بن حارب',
    aliases: ['Aisha bin Hareb'],
    region: 'middle-east-north-africa',
    country: 'AE',
    languages: ['ar', 'en'],
    niches: ['travel', 'food'],
    audience: 'mid',
    mentions: ['mahmas', 'jhola'],
    partnerships: [{ brand: 'mahmas', themes: ['local-culture', 'humour'], date: '2026-02-01' }],
  },
  {
    id: 'rakan',
    name: 'راكان الحارثي',
    aliases: ['Rakan Al-Harthi'],
    region: 'middle-east-north-africa',
    country: 'SA',
    languages: ['ar'],
    niches: ['comedy', 'food'],
    mentions: ['mahmas'],
    partnerships: [{ brand: 'mahmas', themes: ['humour'], date: '2026-03-01' }],
  },
  {
    id: 'tanvi',
    name: 'Tanvi Bhargava',
    region: 'south-asia',
    country: 'IN',
    languages: ['hi', 'en'],
    niches: ['travel', 'food'],
    audience: 'mid',
    mentions: ['jhola'],
  },
  {
    id: 'betty',
    name: 'Betelhem Gebru',
    country: 'ET',
    languages: ['am', 'en'],
    niches: ['food', 'travel'],
    mentions: ['mahmas'],
  },
  {
    id: 'amy',
    name: 'Amy',
    languages: ['en'],
    niches: ['food'],
    audience: 'mid',
  },
  { id: 'zed', name: 'Zed', languages: ['en'], niches: ['food'], audience: 'mid' },
  { id: 'omar', name: 'Omar', region: 'middle-east-north-africa', languages: ['ar'] },
  { id: 'gamer', name: 'Gamer', languages: ['ja'], niches: ['gaming'] },
];
const brands = [
  { id: 'jhola', name: 'Jhola Food Journeys' },
  { id: 'mahmas', name: 'Mahmas Roastery' },
];

/** The index a locale's page loads, labelled in its language, built as src/catalog.ts builds it. */
function indexIn(locale: Locale): SearchIndex {
  const { creators, stories } = entriesOf(people);
  return buildCreatorIndex(
    creators,
    stories,
    vocabulariesOf(brands, (name, id) => taxonomyLabel(locale, name, id)),
  );
}

/** The profiles' similar creators, as src/catalog.ts works them out from the entries. */
function profiles(count?: number) {
  const { creators, stories } = entriesOf(people);
  const byCreator = storiesByCreator(stories);
  const similar = similarCreatorsIndex(
    creators,
    (creator) => byCreator.get(creator.id) ?? [],
    (creator) => latinName(creator.data.name, creator.data.aliases),
    count === undefined ? {} : { count },
  );
  const brandName = (id: string) => brands.find((brand) => brand.id === id)?.name ?? id;
  return (id: string, locale: Locale) => {
    const creator = creators.find((entry) => entry.id === id);
    if (!creator) throw new Error(id);
    return similar(creator).map(({ creator: other, shared }) => ({
      id: other.id,
      reason: profileReason(shared, localeContext(locale), brandName),
    }));
  };
}

/** The search's answer to one view, through the service the page and the worker both run. */
function answer(index: SearchIndex, state: CreatorState, pageSize = 24) {
  const replies: FromWorker[] = [];
  searchService(index, '/search-mentions.json', (message) => replies.push(message)).search({
    type: 'search',
    id: 1,
    state,
    pageSize,
    ids: [],
  });
  const reply = replies[0];
  if (reply?.type !== 'results') throw new Error('no results');
  return reply;
}

const reasonsOf = (index: SearchIndex, locale: Locale) => {
  const l = localeContext(locale);
  const speaker = rowSpeaker(index.labels, l.intl, {
    ...l.t.similar,
    listSeparator: l.t.searchCommon.listSeparator,
  });
  return (reply: ReturnType<typeof answer>) =>
    reply.results.map((result) => ({
      id: result.row[field.id],
      reason: result.shared ? similarReason(result.shared, speaker) : '',
    }));
};

/** A view of the creators like one. */
const likeView = (id: string) => view((draft) => (draft.like = id));

/** What the search shows for the creators like one: ids and reasons. */
const likeOf = (id: string, locale: Locale = 'en') => {
  const index = indexIn(locale);
  return reasonsOf(index, locale)(answer(index, likeView(id)));
};

describe('More like this, over the index rows', () => {
  it('lists, unfiltered, the profile’s similar creators first, with the same reasons, in every locale', () => {
    const profile = profiles();
    for (const locale of ['en', 'ar', 'ja'] as const)
      for (const { id } of people)
        expect(likeOf(id, locale).slice(0, 6), `${locale} ${id}`).toEqual(profile(id, locale));
  });

  it('goes on past six with every creator that counts as similar, ranked the same way', () => {
    const all = profiles(Infinity);
    const shown = likeOf('amy');
    expect(shown).toEqual(all('amy', 'en'));
    expect(shown.length).toBeGreaterThan(0);
  });

  it('names shared values in the creator’s own order, ties broken by name', () => {
    const shown = likeOf('aisha');
    expect(shown[0]).toEqual({
      id: 'rakan',
      reason:
        'also food & cooking videos in Arabic; also mentions Mahmas Roastery; also partnered with Mahmas Roastery',
    });
    // Tanvi shares travel, then food, as Aisha lists them (the taxonomy puts food first).
    expect(shown[1]?.reason).toMatch(/^also travel and food & cooking videos in English/);
    // Amy and Zed score the same: Amy, by name, first.
    const ids = shown.map((item) => item.id);
    expect(ids.indexOf('amy')).toBeLessThan(ids.indexOf('zed'));
    expect(ids).not.toContain('aisha');
  });

  it('keeps only those that match the filters, in the same order, a page at a time', () => {
    const index = indexIn('en');
    const all = answer(index, likeView('aisha')).results.map((r) => r.row[field.id]);
    const english = answer(
      index,
      view((s) => {
        s.like = 'aisha';
        s.facets.language.values = ['en'];
      }),
    );
    const ids = english.results.map((r) => r.row[field.id]);
    const speaks = (id: string, language: string) =>
      people.find((person) => person.id === id)?.languages?.includes(language) ?? false;
    expect(ids).toEqual(all.filter((id) => speaks(id, 'en')));
    expect(ids.length).toBeLessThan(all.length);
    expect(english.total).toBe(ids.length);
    // The language counts are counted within the creators like Aisha, ignoring the language chosen.
    expect(english.counts.language[index.vocab.language.indexOf('ar')]).toBe(
      all.filter((id) => speaks(id, 'ar')).length,
    );

    const second = answer(
      index,
      view((s) => {
        s.like = 'aisha';
        s.page = 2;
      }),
      2,
    );
    expect(second.page).toBe(2);
    expect(second.results.map((r) => r.row[field.id])).toEqual(all.slice(2, 4));
    expect(second.liked?.[field.id]).toBe('aisha');
  });

  it('shows every creator, and says so, for an id the index does not hold', () => {
    const index = indexIn('en');
    const reply = answer(index, likeView('nobody-here'));
    expect(reply.likeUnknown).toBe(true);
    expect(reply.liked).toBeUndefined();
    expect(reply.total).toBe(people.length);
    expect(reply.results.every((result) => result.shared === undefined)).toBe(true);
  });

  it('finds no one for a creator who shares too little', () => {
    expect(likeFinder(indexIn('en'))('gamer')?.order).toEqual([]);
  });
});

describe('More like this in the page and in the worker', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
    Reflect.deleteProperty(globalThis, inPageService);
  });

  const like = likeView('aisha');
  const expected = () => answer(indexIn('en'), like).results.map((r) => r.row[field.id]);

  it('answers from the bundle the page imports', async () => {
    await import('../../src/islands/creators/search.worker.ts');
    const start = (globalThis as unknown as Record<symbol, typeof searchService | undefined>)[
      inPageService
    ];
    expect(start).toBeTypeOf('function');
    const replies: FromWorker[] = [];
    start?.(indexIn('en'), '/search-mentions.json', (message) => replies.push(message)).search({
      type: 'search',
      id: 1,
      state: like,
      pageSize: 24,
      ids: [],
    });
    const reply = replies[0];
    expect(reply?.type === 'results' && reply.results.map((r) => r.row[field.id])).toEqual(
      expected(),
    );
  });

  it('answers from the worker, over messages, with what each creator shares', async () => {
    const listeners: ((event: MessageEvent<ToWorker>) => void)[] = [];
    const replies: FromWorker[] = [];
    const received = new Promise<void>((done) => {
      // The bundle tells a worker by this global's presence.
      vi.stubGlobal('WorkerGlobalScope', {});
      vi.stubGlobal('self', {
        addEventListener: (_: string, listener: (event: MessageEvent<ToWorker>) => void) =>
          listeners.push(listener),
        postMessage: (message: FromWorker) => {
          replies.push(structuredClone(message));
          if (message.type === 'results') done();
        },
      });
    });
    const index = indexIn('en');
    vi.stubGlobal('fetch', () => Promise.resolve(new Response(JSON.stringify(index))));
    await import('../../src/islands/creators/search.worker.ts');
    const send = (message: ToWorker) =>
      listeners.forEach((listener) => listener({ data: message } as MessageEvent<ToWorker>));
    send({ type: 'load', url: '/search-index.json', evidenceUrl: '/search-mentions.json' });
    send({ type: 'search', id: 1, state: like, pageSize: 24, ids: [] });
    await received;
    const reply = replies.find((message) => message.type === 'results');
    expect(reply?.type === 'results' && reply.results.map((r) => r.row[field.id])).toEqual(
      expected(),
    );
    expect(reply?.type === 'results' && reply.liked?.[field.id]).toBe('aisha');
    expect(reply?.type === 'results' && reply.results[0]?.shared?.niches).toEqual([
      index.vocab.niche.indexOf('food'),
    ]);
  });
});

describe('More like this in the URL', () => {
  const allowed = {
    ...creatorShape.facets.reduce((all, f) => ({ ...all, [f]: [] }), {}),
  } as Record<(typeof creatorShape.facets)[number], string[]>;
  allowed.region = ['europe'];
  const parse = (query: string) => parseState(new URLSearchParams(query), allowed, creatorShape);

  it('reads and writes like= with filters and a page, like first', () => {
    const state = parse('region=europe&like=aisha-and-the-dallah&page=2');
    expect(state.like).toBe('aisha-and-the-dallah');
    expect(state.facets.region.values).toEqual(['europe']);
    expect(serializeState(state, creatorShape).toString()).toBe(
      'like=aisha-and-the-dallah&region=europe&page=2',
    );
    expect(serializeState(withoutLike(state), creatorShape).toString()).toBe(
      'region=europe&page=2',
    );
  });

  it('leaves out a like that is no id, and says it did', () => {
    for (const hostile of [
      '<script>alert(1)</script>',
      '../../etc/passwd',
      'a'.repeat(101),
      '',
      'aisha and-the-dallah',
      '"onmouseover="x',
    ]) {
      const params = new URLSearchParams({ like: hostile });
      const state = parseState(params, allowed, creatorShape);
      expect(state.like, hostile).toBeUndefined();
      expect(likeIgnored(params), hostile).toBe(true);
      expect(serializeState(state, creatorShape).toString()).toBe('');
    }
    expect(likeIgnored(new URLSearchParams('like=aisha-and-the-dallah'))).toBe(false);
    expect(likeIgnored(new URLSearchParams('q=x'))).toBe(false);
  });

  it('is the creator search’s alone: the story search neither reads nor writes it', () => {
    const stories = parseState(new URLSearchParams('like=aisha'), {} as never, storyShape);
    expect(stories.like).toBeUndefined();
    expect(serializeState({ ...stories, like: 'aisha' }, storyShape).toString()).toBe('');
  });
});
