/**
 * Synthetic creators for the search benchmark, in the real creator schema: names in the scripts
 * their countries use (with Latin aliases), handles, platforms, region and country that agree,
 * languages, niches, communities, audience bands and brand mentions with video titles and dates.
 * A share of them also have partnerships (brand, industry, themes, date), as stories would give.
 *
 * Creator i is the same at every size, so the first 1,000 of the 100k set are the 1k set, and
 * queries drawn from the small set make sense at every size.
 *
 *   node scripts/bench/synthetic.ts 10000   writes .tmp/bench/10000/{creators,search-index,search-mentions}.json
 */
import { random } from '#lib/site/random.ts';
import { graphemes } from '#lib/content/suggest.ts';
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { creatorSchema, shapeOnlyHelpers } from '#lib/content/schema.ts';
import {
  buildCreatorIndex,
  buildMentionEvidence,
  type CreatorEntry,
  type StoryEntry,
} from '#lib/search/creators/build-index.ts';
import type { MentionEvidence, SearchIndex } from '#lib/search/creators/index-format.ts';
import { vocabulariesOf } from '#lib/search/vocabularies.ts';
import { countries, idsOf, languages, regionOfCountry } from '#lib/taxonomy.ts';

const pick = <T>(next: () => number, list: readonly T[]): T =>
  list[Math.floor(next() * list.length)] as T;
const some = <T>(next: () => number, list: readonly T[], most: number, least = 1): T[] => {
  const count = least + Math.floor(next() * (most - least + 1));
  return [...new Set(Array.from({ length: count }, () => pick(next, list)))];
};
const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** Syllables that make plausible Latin-script names, by region. */
const syllables: Record<string, string[]> = {
  'east-southeast-asia': [
    'ha',
    'ya',
    'shi',
    'ki',
    'mi',
    'sa',
    'to',
    'na',
    'ri',
    'ko',
    'min',
    'jun',
    'seo',
    'ji',
    'ho',
    'an',
    'lin',
    'mei',
    'nguyen',
    'tran',
    'thi',
    'ari',
    'wati',
    'putri',
    'dewi',
    'ayu',
    'sari',
    'rizal',
    'lam',
    'chai',
    'ploy',
  ],
  'south-asia': [
    'pri',
    'ya',
    'ra',
    'vi',
    'an',
    'ja',
    'li',
    'sha',
    'kir',
    'an',
    'dev',
    'mee',
    'ra',
    'ar',
    'jun',
    'su',
    'nil',
    'ka',
    'ta',
    'ma',
    'hee',
    'sh',
    'deep',
    'ika',
    'tan',
    'vee',
  ],
  'middle-east-north-africa': [
    'fa',
    'ti',
    'ma',
    'la',
    'yla',
    'om',
    'ar',
    'kha',
    'lid',
    'no',
    'ur',
    'sa',
    'ra',
    'ha',
    'mid',
    'ya',
    'sin',
    'ami',
    'na',
    'zei',
    'nab',
    'ka',
    'rim',
    'dina',
    'elif',
    'emre',
  ],
  'sub-saharan-africa': [
    'a',
    'de',
    'o',
    'la',
    'chi',
    'nwe',
    'ke',
    'ama',
    'kwa',
    'me',
    'zu',
    'lu',
    'tho',
    'ndi',
    'wa',
    'njeri',
    'ba',
    'fe',
    'mi',
    'yo',
    'tun',
    'ji',
    'ade',
    'bisi',
    'sipho',
  ],
  'latin-america': [
    'ma',
    'ri',
    'a',
    'lu',
    'ci',
    'a',
    'ca',
    'mi',
    'la',
    'jo',
    'se',
    'fer',
    'nan',
    'da',
    'go',
    'val',
    'en',
    'ti',
    'na',
    'pa',
    'blo',
    'ro',
    'dri',
    'gue',
    'ines',
  ],
  europe: [
    'le',
    'na',
    'jo',
    'han',
    'nes',
    'mar',
    'ta',
    'lu',
    'ca',
    'sven',
    'ja',
    'el',
    'ise',
    'an',
    'ton',
    'ma',
    'rie',
    'pie',
    'tro',
    'fre',
    'ya',
    'ola',
    'kas',
    'per',
    'ingrid',
  ],
  'north-america': [
    'jo',
    'sh',
    'ua',
    'bri',
    'an',
    'na',
    'mad',
    'di',
    'son',
    'ty',
    'ler',
    'ka',
    'yla',
    'mar',
    'cus',
    'jor',
    'dan',
    'ri',
    'ley',
    'tay',
    'lor',
    'de',
    'shawn',
    'casey',
  ],
  oceania: [
    'ane',
    'he',
    'ra',
    'ta',
    'ma',
    'ti',
    'aro',
    'ha',
    'mish',
    'lach',
    'lan',
    'isla',
    'ko',
    'ru',
    'wai',
    'ka',
    'po',
    'mere',
    'tui',
    'hine',
    'jack',
    'chloe',
  ],
};

/** Characters for names in non-Latin scripts, by language. */
const scripts: Partial<Record<string, string[]>> = {
  ja: graphemes('佐藤鈴木高橋田中伊藤渡辺山本中村小林加藤吉田山田美咲陽菜結衣翔太蓮大和花子'),
  zh: graphemes('王李张刘陈杨黄赵吴周徐孙马朱胡林郭何高罗梅婷伟芳娜敏静丽强'),
  ko: graphemes('김이박최정강조윤장임한오서신권황안송류홍민지서연하준도윤수아'),
  th: graphemes('สมชายนภาพรกมลวรรณศิริพงษ์ธนากร'),
  ar: graphemes('فاطمةعليمحمدنورليلىخالدسارةيوسفمريمعمر'),
  fa: graphemes('زهرامهدیرضانیلوفرآرش'),
  hi: graphemes('प्रियाअर्जुनरवीशानेहाअंजलि'),
  bn: graphemes('রহিমকরিমসুমাইয়াতানভীর'),
  ta: graphemes('கார்த்திக்பிரியாமீனா'),
  am: graphemes('ሰላምአበበመሰረትትግስት'),
};

const titleWords = [
  'Trying',
  'Rating',
  'A week with',
  'Honest take on',
  'Cooking with',
  'Unboxing',
  'Testing',
  'Why I switched to',
  'Behind the scenes at',
  'My mum reviews',
];
const brandFirst = [
  'Sora',
  'Birch',
  'Kite',
  'Lumen',
  'Masala',
  'Qahwa',
  'Nimbus',
  'Tide',
  'Oro',
  'Fika',
  'Baobab',
  'Kiwi',
  'Atlas',
  'Pixel',
  'Ember',
  'Juniper',
  'Coral',
  'Saffron',
  'Harbor',
  'Mosaic',
  'Orbit',
  'Pebble',
  'Zephyr',
  'Cedar',
  'Indigo',
  'Maple',
  'Nova',
  'Lotus',
  'Tamarind',
  'Yuzu',
];
const brandSecond = [
  'Noodle Co.',
  'Mobile',
  'Bank',
  'Skin',
  'Threads',
  'Trail',
  'Coffee',
  'Labs',
  'Kitchen',
  'Fitness',
  'Games',
  'Home',
  'Air',
  'Books',
  'Sound',
  'Motors',
  'Farms',
  'Beauty',
  'Pay',
  'Learning',
];
const handleTails = [
  '',
  '',
  '',
  'cooks',
  'tv',
  'daily',
  'plays',
  'studio',
  'eats',
  'moves',
  'makes',
  'talks',
  'travels',
  'fit',
];

/** Brand ids and names at a size: a directory grows its brand list more slowly than its creators. */
export function syntheticBrands(size: number): { id: string; name: string }[] {
  const count = Math.min(brandFirst.length * brandSecond.length, 40 + Math.floor(size / 50));
  return Array.from({ length: count }, (_, i) => {
    const first = brandFirst[i % brandFirst.length] as string;
    const second = brandSecond[Math.floor(i / brandFirst.length) % brandSecond.length] as string;
    const name = `${first} ${second}`;
    return {
      id: name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/-$/, ''),
      name,
    };
  });
}

export interface SyntheticCreator {
  /** The file name: the creator's id on the site. */
  id: string;
  /** The creator as its YAML file would hold it. */
  data: Record<string, unknown> & {
    name: string;
    handle: string;
    aliases: string[];
    mentions: { brand: string; title: string; date: string; platform: string }[];
  };
  partnerships: { brand: string; industry: string; themes: string[]; date: string }[];
}

const languageIds = new Set(languages.map((language) => language.id as string));
/** The first language of each country, as creators there mostly speak it. */
const countryLanguage: Record<string, string> = {
  JP: 'ja',
  KR: 'ko',
  TW: 'zh',
  PH: 'fil',
  ID: 'id',
  VN: 'vi',
  TH: 'th',
  MY: 'ms',
  SG: 'en',
  IN: 'hi',
  PK: 'ur',
  BD: 'bn',
  LK: 'si',
  NP: 'ne',
  AE: 'ar',
  SA: 'ar',
  EG: 'ar',
  JO: 'ar',
  LB: 'ar',
  MA: 'ar',
  TN: 'ar',
  TR: 'tr',
  NG: 'yo',
  KE: 'sw',
  GH: 'en',
  ZA: 'zu',
  ET: 'am',
  SN: 'wo',
  MX: 'es',
  BR: 'pt',
  AR: 'es',
  CO: 'es',
  CL: 'es',
  PE: 'es',
  FR: 'fr',
  DE: 'de',
  ES: 'es',
  IT: 'it',
  NL: 'nl',
  PL: 'pl',
  SE: 'sv',
  GB: 'en',
  IE: 'en',
  US: 'en',
  CA: 'en',
  AU: 'en',
  NZ: 'mi',
};

/** Creator number `i`, the same at every size. */
export function syntheticCreator(i: number, brands: readonly { id: string }[]): SyntheticCreator {
  const next = random(i * 7919 + 17);
  const country = pick(next, countries);
  const region = regionOfCountry(country.id) as string;
  const home = countryLanguage[country.id] ?? 'en';
  const spoken = [
    ...new Set([
      languageIds.has(home) ? home : 'en',
      ...(next() < 0.45 ? ['en'] : []),
      ...(next() < 0.1 ? [pick(next, [...languageIds])] : []),
    ]),
  ];
  const pool = syllables[region] ?? syllables.europe ?? [];
  const word = (parts: number) =>
    capital(Array.from({ length: parts }, () => pick(next, pool)).join(''));
  const latin = `${word(2)} ${word(next() < 0.5 ? 2 : 3)}`;
  const native = scripts[home];
  const name =
    native && next() < 0.7
      ? Array.from({ length: 2 + Math.floor(next() * 3) }, () => pick(next, native)).join('')
      : latin;
  const aliases = name === latin ? (next() < 0.15 ? [latin.split(' ')[0] as string] : []) : [latin];
  const base = latin
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z]+/g, next() < 0.5 ? '-' : '');
  const tail = pick(next, handleTails);
  const id = `${base}${tail ? `-${tail}` : ''}-${i.toString(36)}`
    .replace(/-+/g, '-')
    .replace(/^-/, '');
  // A platform handle is at most 30 characters; invented ones always carry a hyphen.
  const handle =
    id.length <= 30
      ? id
      : `${id.slice(0, 29 - i.toString(36).length).replace(/-$/, '')}-${i.toString(36)}`;
  const niches = some(next, idsOf('niches'), 3);
  const mentionCount = next() < 0.35 ? 0 : Math.floor(next() * 4) + 1;
  const mentions = Array.from({ length: mentionCount }, () => {
    const brand = pick(next, brands).id;
    return {
      brand,
      title: `${pick(next, titleWords)} ${brand.replace(/-/g, ' ')}`,
      date: `202${2 + Math.floor(next() * 4)}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`,
      platform: pick(next, ['tiktok', 'instagram', 'youtube']),
    };
  });
  const partnerships =
    next() < 0.12
      ? Array.from({ length: 1 + Math.floor(next() * 2) }, () => ({
          brand: pick(next, brands).id,
          industry: pick(next, idsOf('industries')),
          themes: some(next, idsOf('themes'), 2),
          date: `202${3 + Math.floor(next() * 3)}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-15`,
        }))
      : [];
  return {
    id,
    data: {
      name,
      ...(name !== latin ? { nameLang: home } : {}),
      aliases,
      handle,
      platforms: some(next, ['tiktok', 'instagram', 'youtube', 'twitch'], 2),
      region,
      country: country.id,
      languages: spoken,
      niches,
      communities: next() < 0.3 ? some(next, idsOf('communities'), 2) : [],
      audience: pick(next, ['nano', 'micro', 'micro', 'mid', 'mid', 'macro', 'mega']),
      bio: `An invented creator for the search benchmark, number ${i}.`,
      mentions,
      illustrative: true,
    },
    partnerships,
  };
}

export interface SyntheticSet {
  creators: SyntheticCreator[];
  index: SearchIndex;
  evidence: MentionEvidence;
}

/** Creators 0 to size - 1, checked against the creator schema, with their search index and mention evidence. */
export function syntheticSet(size: number): SyntheticSet {
  const brands = syntheticBrands(size);
  const creators = Array.from({ length: size }, (_, i) => syntheticCreator(i, brands));
  const schema = creatorSchema({
    ...shapeOnlyHelpers,
    existingIds: (collection) => (collection === 'brands' ? brands.map((brand) => brand.id) : []),
  });
  for (const creator of creators) {
    const checked = schema.safeParse(creator.data);
    if (!checked.success)
      throw new Error(
        `Synthetic creator ${creator.id} breaks the creator schema: ${checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
      );
  }
  // The same entries the collections give the builders: references as { id }, dates as Dates.
  const entries = creators.map(({ id, data }): CreatorEntry => ({
    id,
    data: {
      ...data,
      languages: data.languages as string[],
      niches: data.niches as string[],
      communities: data.communities as string[],
      region: data.region as string,
      country: data.country as string,
      audience: data.audience as string,
      mentions: data.mentions.map((mention) => ({
        ...mention,
        brand: { id: mention.brand },
        date: new Date(`${mention.date}T00:00:00Z`),
      })),
    },
  }));
  const stories = creators.flatMap(({ id, partnerships }) =>
    partnerships.map((partnership, n): StoryEntry => ({
      id: `${id}-story-${n}`,
      data: {
        brand: { id: partnership.brand },
        creators: [{ id }],
        published: new Date(`${partnership.date}T00:00:00Z`),
        industry: partnership.industry,
        themes: partnership.themes,
      },
    })),
  );
  const index = buildCreatorIndex(entries, stories, vocabulariesOf(brands));
  const evidence = buildMentionEvidence(entries);
  return { creators, index, evidence };
}

/** Writes a set under .tmp/bench/<size>/ and returns the paths and the index's gzipped size. */
export function writeSyntheticSet(
  size: number,
  root = '.tmp/bench',
): { dir: string; indexBytes: number; indexGzip: number } {
  const { creators, index, evidence } = syntheticSet(size);
  const dir = `${root}/${size}`;
  mkdirSync(dir, { recursive: true });
  const body = JSON.stringify(index);
  writeFileSync(`${dir}/creators.json`, JSON.stringify(creators.map((creator) => creator.data)));
  writeFileSync(`${dir}/search-index.json`, body);
  writeFileSync(`${dir}/search-mentions.json`, JSON.stringify(evidence));
  return { dir, indexBytes: Buffer.byteLength(body), indexGzip: gzipSync(body).length };
}

if (import.meta.main) {
  for (const size of process.argv.slice(2).map(Number)) {
    const { dir, indexBytes, indexGzip } = writeSyntheticSet(size);
    console.log(
      `${dir}: ${size} creators, index ${indexBytes} bytes, ${indexGzip} gzipped (${(indexGzip / size).toFixed(1)} per creator)`,
    );
  }
}
