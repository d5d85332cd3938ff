import Fuse from 'fuse.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { benchQueries } from '../../scripts/bench/queries';
import { syntheticSet } from '../../scripts/bench/synthetic';
import { CreatorSearch, fuseOptions, searchDocuments } from '#lib/search/creators/engine.ts';
import { field } from '#lib/search/creators/index-format.ts';
import type { FromWorker } from '#lib/search/creators/protocol.ts';
import { searchService } from '#lib/search/creators/service.ts';
import { searchable } from '#lib/search/text.ts';
import { indexOf, view, type TestCreator } from './search-fixtures.ts';

const query = (q: string, change: Parameters<typeof view>[0] = () => undefined) =>
  view((draft) => {
    draft.q = q;
    change(draft);
  });

describe('ranking against plain Fuse', () => {
  // 100 synthetic creators and 100 of the benchmark's kinds of query (names, typos, prefixes, handles, topics,
  // brands, several words, other scripts): small enough to compare in well under a second on a busy machine.
  // npm run bench:search makes the same comparison at 1k, 10k and 100k creators.
  const { index } = syntheticSet(100);
  const engine = new CreatorSearch(index);
  const plain = new Fuse(searchDocuments(index), fuseOptions);
  const queries = benchQueries(index, 100);

  it('returns the same top 10, in the same order, as Fuse over the whole list', () => {
    const differing = queries.filter(({ text }) => {
      const ours = engine.search(query(text), 10).results.map((result) => result.index);
      const theirs = searchable(text.trim())
        ? plain.search(text.trim(), { limit: 10 }).map((hit) => hit.refIndex)
        : [];
      return ours.join() !== theirs.join();
    });
    expect(queries.length).toBeGreaterThanOrEqual(90);
    expect(differing.map(({ text }) => text)).toEqual([]);
  });

  it('finds the creators whose name, alias or handle holds a single character of another script, as Fuse does', () => {
    // One letter pair is too few for the bigram index; such a character is looked for in every string.
    for (const character of ['藤', 'ل', '강']) {
      const ours = engine.search(query(character), 10).results.map((result) => result.index);
      const theirs = plain.search(character, { limit: 10 }).map((hit) => hit.refIndex);
      expect(ours.length, character).toBeGreaterThan(0);
      expect(ours, character).toEqual(theirs);
    }
  });

  it('gives the same scores Fuse gives', () => {
    const ours = engine.search(query('fashoon'), 5).results;
    const theirs = plain.search('fashoon', { limit: 5 });
    expect(ours.map((result) => result.score)).toEqual(theirs.map((hit) => hit.score));
  });
});

describe('ranking on a labelled set', () => {
  const people: TestCreator[] = [
    {
      id: 'the-rollettes',
      name: 'The Rollettes',
      aliases: ['Rollettes'],
      niches: ['dance'],
      communities: ['disability'],
      partnerships: [{ brand: 'comcast', themes: ['accessibility', 'inclusion'] }],
    },
    {
      id: 'kyne',
      name: 'Kyne',
      niches: ['drag'],
      partnerships: [{ brand: 'koho', industry: 'finance', themes: ['financial-health'] }],
    },
    {
      id: 'misaki-cooks',
      name: '林美咲',
      aliases: ['Misaki Hayashi'],
      niches: ['food'],
      mentions: ['sora-noodle'],
    },
    {
      id: 'aisha-and-the-dallah',
      name: 'عائشة بن حارب',
      aliases: ['Aisha bin Hareb'],
      niches: ['food', 'travel'],
      mentions: ['qahwa-house'],
    },
    { id: 'rolling-rosa', name: 'Rosa Rolle', niches: ['sports'] },
    { id: 'finn-finance', name: 'Finn Okafor', niches: ['personal-finance'] },
    { id: 'graham-mends-it', name: 'Graham Pike', niches: ['home-diy'], mentions: ['sora-noodle'] },
    {
      id: 'priya-codes',
      name: 'Priya Raman',
      aliases: ['प्रिया रमन'],
      niches: ['tech', 'education'],
    },
    {
      id: 'lena-rollt',
      name: 'Lena Vogt',
      niches: ['travel', 'health'],
      communities: ['disability'],
    },
    {
      id: 'jin-plays',
      name: '김진',
      aliases: ['Kim Jin'],
      niches: ['gaming'],
      mentions: ['kite-games'],
    },
  ];
  const index = indexOf(people, [
    { id: 'comcast', name: 'Comcast' },
    { id: 'koho', name: 'KOHO' },
    { id: 'sora-noodle', name: 'Sora Noodle Co.' },
    { id: 'qahwa-house', name: 'Qahwa House' },
    { id: 'kite-games', name: 'Kite Games' },
  ]);
  const engine = new CreatorSearch(index);

  // What a visitor typing this most likely wants first.
  const labelled: [string, string][] = [
    ['rolettes', 'the-rollettes'],
    ['the rollettes', 'the-rollettes'],
    ['kyne', 'kyne'],
    ['finacial', 'kyne'],
    ['misaki', 'misaki-cooks'],
    ['林', 'misaki-cooks'],
    ['aisha', 'aisha-and-the-dallah'],
    ['qahwa', 'aisha-and-the-dallah'],
    ['priya raman', 'priya-codes'],
    ['प्रिया', 'priya-codes'],
    ['kim jin', 'jin-plays'],
    ['graham pike', 'graham-mends-it'],
    ['rosa', 'rolling-rosa'],
    ['okafor', 'finn-finance'],
  ];

  it.each(labelled)('"%s" puts %s first', (text, handle) => {
    expect(engine.search(query(text)).results[0]?.row[field.id]).toBe(handle);
  });

  it('finds everyone who mentions a brand by its name', () => {
    expect(
      engine
        .search(query('sora noodle'))
        .results.map((result) => result.row[field.id])
        .sort(),
    ).toEqual(['graham-mends-it', 'misaki-cooks']);
  });
});

describe('pages', () => {
  const { index } = syntheticSet(100);
  const engine = new CreatorSearch(index);

  it('cuts results into pages and counts them all', () => {
    const first = engine.search(
      query('', (s) => (s.sort = 'name')),
      24,
    );
    expect(first).toMatchObject({ total: 100, page: 1, pages: 5 });
    expect(first.results).toHaveLength(24);
    const last = engine.search(
      query('', (s) => ((s.sort = 'name'), (s.page = 5))),
      24,
    );
    expect(last.results).toHaveLength(4);
    expect(last.results[0]?.index).not.toBe(first.results[0]?.index);
  });

  it('shows the last page when asked for one past the end', () => {
    expect(
      engine.search(
        query('', (s) => (s.page = 99)),
        24,
      ),
    ).toMatchObject({ page: 5 });
  });
});

describe('search service', () => {
  afterEach(() => vi.unstubAllGlobals());
  const { index, evidence } = syntheticSet(200);
  const brand = Object.keys(evidence).find((id) => (evidence[id]?.length ?? 0) > 1) ?? '';
  const picked = query('', (s) => (s.facets.brand.values = [brand]));

  it('loads the evidence the first time a brand is picked and lists the newest mention first', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response(JSON.stringify(evidence)))),
    );
    const replies: FromWorker[] = [];
    const service = searchService(index, '/search-mentions.json', (message) =>
      replies.push(message),
    );
    service.search({ type: 'search', id: 1, state: picked, pageSize: 24, ids: [] });
    await vi.waitFor(() => expect(replies).toHaveLength(1));
    const reply = replies[0];
    if (reply?.type !== 'results') throw new Error('expected results');
    expect(reply.evidenceFailed).toBe(false);
    const newest = reply.results.map((result) => result.evidence[0]?.date ?? '');
    expect(newest).toEqual([...newest].sort().reverse());
    expect(reply.total).toBe(new Set(evidence[brand]?.map((item) => item.id)).size);
  });

  it('says so when the evidence cannot load, and still answers', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response('', { status: 500 }))),
    );
    const replies: FromWorker[] = [];
    const service = searchService(index, '/search-mentions.json', (message) =>
      replies.push(message),
    );
    service.search({
      type: 'search',
      id: 1,
      state: picked,
      pageSize: 24,
      ids: [index.creators[0]?.[field.id] ?? '', 'nobody'],
    });
    await vi.waitFor(() => expect(replies).toHaveLength(1));
    const reply = replies[0];
    if (reply?.type !== 'results') throw new Error('expected results');
    expect(reply.evidenceFailed).toBe(true);
    expect(reply.rows.map((row) => row[field.id])).toEqual([index.creators[0]?.[field.id]]);
  });
});
