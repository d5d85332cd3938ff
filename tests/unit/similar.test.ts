import { describe, expect, it } from 'vitest';
import {
  similarCreatorsIndex,
  similarReason,
  type SimilarCreatorFacts,
  type SimilarStoryFacts,
} from '#lib/content/similar.ts';
import { localeContext } from '#lib/strings/index.ts';

interface Fixture extends SimilarCreatorFacts {
  name: string;
  stories: SimilarStoryFacts[];
}

function creator(
  id: string,
  name: string,
  data: Partial<Omit<SimilarCreatorFacts['data'], 'mentions'>> & {
    mentions?: string[];
    stories?: { brand: string; themes?: string[] }[];
  } = {},
): Fixture {
  return {
    id,
    name,
    data: {
      region: data.region,
      country: data.country,
      languages: data.languages ?? [],
      niches: data.niches ?? [],
      communities: data.communities ?? [],
      audience: data.audience,
      mentions: (data.mentions ?? []).map((brand) => ({ brand: { id: brand } })),
    },
    stories: (data.stories ?? []).map((story) => ({
      data: { brand: { id: story.brand }, themes: story.themes ?? [] },
    })),
  };
}

function similarOf(all: Fixture[], options?: { cap?: number }) {
  const index = similarCreatorsIndex(
    all,
    (c) => c.stories,
    (c) => c.name,
    options,
  );
  return (id: string) => {
    const found = all.find((c) => c.id === id);
    if (!found) throw new Error(id);
    return index(found);
  };
}

const brandNames: Record<string, string> = { qahwa: 'Qahwa', mahmas: 'Mahmas Roastery' };
const brandName = (id: string) => brandNames[id] ?? id;

describe('similar creators', () => {
  it('ranks a shared niche and language above a shared country, and leaves out a region alone', () => {
    const all = [
      creator('region-only', 'Region only', { region: 'middle-east-north-africa', country: 'SA' }),
      creator('neighbour', 'Neighbour', {
        country: 'AE',
        region: 'middle-east-north-africa',
        audience: 'micro',
      }),
      creator('base', 'Base', {
        niches: ['food'],
        languages: ['ar'],
        country: 'AE',
        region: 'middle-east-north-africa',
        audience: 'micro',
      }),
      creator('cook', 'Cook', { niches: ['food'], languages: ['ar'] }),
    ];
    const ranked = similarOf(all)('base');
    expect(ranked.map((s) => [s.creator.id, s.score])).toEqual([
      ['cook', 5],
      ['neighbour', 3],
    ]);
    // Within one country the region it implies adds nothing.
    expect(ranked[1]?.shared).toMatchObject({ country: ['AE'], region: [], audience: ['micro'] });
  });

  it('breaks equal scores by name, then by id, whatever order the creators come in', () => {
    const all = [
      creator('zed', 'Zed', { niches: ['music'] }),
      creator('base', 'Base', { niches: ['music'] }),
      creator('amy-2', 'Amy', { niches: ['music'] }),
      creator('amy-1', 'amy', { niches: ['music'] }),
      creator('bea', 'Bea', { niches: ['music'] }),
    ];
    const order = ['amy-1', 'amy-2', 'bea', 'zed'];
    expect(similarOf(all)('base').map((s) => s.creator.id)).toEqual(order);
    expect(similarOf([...all].reverse())('base').map((s) => s.creator.id)).toEqual(order);
  });

  it('shows at most six, and never the creator itself', () => {
    const all = Array.from({ length: 10 }, (_, i) =>
      creator(`c${i}`, `Creator ${i}`, { niches: ['dance'] }),
    );
    const found = similarOf(all)('c3');
    expect(found).toHaveLength(6);
    expect(found.map((s) => s.creator.id)).not.toContain('c3');
  });

  it('finds no one for a creator who shares nothing', () => {
    const all = [
      creator('alone', 'Alone', { niches: ['farming'], languages: ['ha'], country: 'NG' }),
      creator('other', 'Other', { niches: ['gaming'], languages: ['ja'], country: 'JP' }),
      creator('third', 'Third', { niches: ['gaming'], languages: ['ja'], country: 'JP' }),
    ];
    expect(similarOf(all)('alone')).toEqual([]);
    expect(similarOf(all)('other').map((s) => s.creator.id)).toEqual(['third']);
  });

  it('counts brands mentioned, brands partnered with and story themes', () => {
    const all = [
      creator('base', 'Base', {
        mentions: ['qahwa'],
        stories: [{ brand: 'mahmas', themes: ['local-culture'] }],
      }),
      creator('fan', 'Fan', { mentions: ['qahwa'] }),
      creator('partner', 'Partner', { stories: [{ brand: 'mahmas', themes: ['local-culture'] }] }),
    ];
    expect(similarOf(all)('base').map((s) => [s.creator.id, s.score])).toEqual([
      ['partner', 4],
      ['fan', 3],
    ]);
  });

  it('takes at most `cap` candidates from one value, the first by name', () => {
    const all = ['a', 'b', 'c', 'd'].map((id) => creator(id, id, { niches: ['comedy'] }));
    expect(similarOf(all, { cap: 2 })('d').map((s) => s.creator.id)).toEqual(['a', 'b']);
    expect(similarOf(all, { cap: 2 })('a').map((s) => s.creator.id)).toEqual(['b']);
  });
});

describe('why two creators are similar', () => {
  const shared = {
    niches: ['food'],
    languages: ['ar'],
    mentioned: ['qahwa'],
    partnered: [],
    communities: [],
    country: ['AE'],
    region: [],
    audience: ['mid'],
    themes: [],
  };

  it('says it in a few words of English, at most three parts', () => {
    expect(similarReason(shared, localeContext('en'), brandName)).toBe(
      'also food & cooking videos in Arabic; also mentions Qahwa; also based in United Arab Emirates',
    );
  });

  it('says it in Arabic and Japanese with their own word order and punctuation', () => {
    expect(similarReason(shared, localeContext('ar'), brandName)).toBe(
      'فيديوهات عن الطعام والطبخ أيضًا، بالعربية؛ يذكر \u2068Qahwa\u2069 أيضًا؛ في الإمارات العربية المتحدة أيضًا',
    );
    expect(similarReason(shared, localeContext('ja'), brandName)).toBe(
      '同じくアラビア語で料理・グルメの動画／Qahwaにも言及／同じくアラブ首長国連邦拠点',
    );
  });

  it('names two values of a kind and counts the rest', () => {
    const many = {
      ...shared,
      niches: ['food', 'travel', 'music'],
      languages: [],
      mentioned: ['qahwa', 'mahmas'],
    };
    expect(similarReason(many, localeContext('en'), brandName)).toBe(
      'also food & cooking, travel and 1 more videos; also mentions Qahwa and Mahmas Roastery; also based in United Arab Emirates',
    );
  });

  it('falls back to languages, communities and region when no niche is shared', () => {
    const few = {
      ...shared,
      niches: [],
      mentioned: [],
      languages: ['en', 'fr'],
      communities: ['deaf'],
      country: [],
      region: ['europe'],
    };
    expect(similarReason(few, localeContext('en'), brandName)).toBe(
      'also in English and French; same community: Deaf & hard of hearing; also in Europe',
    );
  });
});
