/**
 * A synthetic Casebook site for the build benchmark, in the real schema: brands, creators (the
 * search benchmark's, from synthetic.ts, with mentions of the brands here) and illustrative
 * stories with every required section and field, referring only to creators and brands that
 * exist, each with its own hero image beside it.
 *
 * Everything is seeded (src/lib/site/random.ts): the same size gives the same files, and story
 * i, creator i and brand i are the same at every size, so a hero drawn for one size serves the
 * others. Files are written as they are made; only ids, names and regions are kept in memory.
 * Heroes are drawn once into a cache folder and hard-linked (or copied) into each story.
 */
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { stringify } from 'yaml';
import { heroSvg } from '#lib/site/hero-art.ts';
import { random } from '#lib/site/random.ts';
import { requiredSections } from '#lib/content/section-headings.ts';
import { countries, idsOf, labelOf } from '#lib/taxonomy.ts';
import { syntheticBrands, syntheticCreator } from './synthetic.ts';

export interface SiteSize {
  stories: number;
  creators: number;
  brands: number;
}

export interface WrittenSite {
  /** The folder holding stories/, creators/ and brands/. */
  contentDir: string;
  heroesDrawn: number;
  heroesReused: number;
  /** The story file the warm rebuild edits: the middle story. */
  editableStory: string;
}

/** How heroes are drawn; part of the cache folder's name, so a change here redraws them. */
export const heroFormat = { width: 1600, height: 900, quality: 70, version: 1 } as const;

/** The brands writeSyntheticSite uses when none are given: a twentieth of the stories, and 20 more. */
export const defaultBrandCount = (stories: number) => Math.floor(stories / 20) + 20;

type Next = () => number;
const pick = <T>(next: Next, list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
/** Between `least` and `most` distinct values from a list. */
const some = <T>(next: Next, list: readonly T[], most: number, least = 1): T[] => {
  const count = least + Math.floor(next() * (most - least + 1));
  return [...new Set(Array.from({ length: count }, () => pick(next, list)))];
};
const between = (next: Next, low: number, high: number) =>
  low + Math.floor(next() * (high - low + 1));
const words = (list: readonly string[]) =>
  list.length <= 1 ? list.join('') : `${list.slice(0, -1).join(', ')} and ${list.at(-1) ?? ''}`;
const counted = ['one', 'two', 'three', 'four'];
const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

interface BrandFacts {
  id: string;
  name: string;
  industry: string;
  country: string;
}

/** Brand i, the same at every size: names from synthetic.ts, numbered once they run out. */
function siteBrand(i: number, names: readonly { id: string; name: string }[]): BrandFacts {
  const base = names[i % names.length] ?? { id: 'brand', name: 'Brand' };
  const round = Math.floor(i / names.length);
  const next = random(i * 6151 + 3);
  return {
    id: round === 0 ? base.id : `${base.id}-${round + 1}`,
    name: round === 0 ? base.name : `${base.name} ${round + 1}`,
    industry: pick(next, idsOf('industries')),
    country: pick(next, countries).id,
  };
}

function brandFile(brand: BrandFacts): string {
  return stringify({
    name: brand.name,
    aliases: [],
    about: `An invented ${labelOf('industries', brand.industry).toLowerCase()} brand from ${labelOf('countries', brand.country)}, made up for the build benchmark.`,
    industry: brand.industry,
    country: brand.country,
    illustrative: true,
  });
}

interface CreatorFacts {
  id: string;
  name: string;
  region: string;
}

const slugWords = [
  'quiet',
  'second',
  'local',
  'late',
  'small',
  'open',
  'long',
  'honest',
  'shared',
  'slow',
  'bright',
  'careful',
  'weekend',
  'northern',
  'coastal',
  'night',
];
const slugNouns = [
  'launch',
  'season',
  'kitchen',
  'market',
  'series',
  'route',
  'league',
  'studio',
  'harvest',
  'drop',
  'relaunch',
  'workshop',
  'review',
  'festival',
  'podcast',
  'tour',
];
const titleVerbs = [
  'tests a new market',
  'relaunches a quiet product line',
  'finds its next customers',
  'turns reviews into a series',
  'learns to answer its comments',
  'builds a season of tutorials',
  'takes a shop online',
  'explains a price rise',
  'starts a weekly live show',
  'wins back lapsed customers',
];
const periods = [
  'first 30 days',
  'first 14 days',
  'the campaign’s eight weeks',
  'the following quarter',
  'first 90 days',
  'the launch week',
];
const measures: Record<string, string[]> = {
  count: [
    'orders placed with the campaign’s codes',
    'new sign-ups',
    'app installs attributed to the videos',
    'comments answered by the brand',
    'stores that asked to stock the product',
  ],
  percent: [
    'more sign-ups than the previous campaign',
    'share of the stock sold',
    'rise in repeat purchases',
    'viewers who watched to the end',
    'lift in brand recall in the follow-up survey',
  ],
  times: [
    'the brand’s usual engagement rate',
    'the orders of an ordinary month',
    'the reach of its own account',
  ],
};
const sides = ['brand', 'creator', 'agency', 'platform'] as const;
const roles: Record<(typeof sides)[number], string> = {
  brand: 'Head of marketing',
  creator: 'Creator',
  agency: 'Account lead, an invented agency',
  platform: 'Partner manager',
};
const quoteLines = [
  'We gave them the product and got out of the way, which was the hardest part of the whole campaign.',
  'I said yes because they let me film it the way I film everything else.',
  'The comments told us more about the product than a year of surveys.',
  'Nobody on our side had expected the slow video to be the one people shared.',
  'We argued about the schedule for a month and about the brief for a day.',
];

interface StoryParts {
  brand: BrandFacts;
  creators: CreatorFacts[];
  regions: string[];
  formats: string[];
  themes: string[];
  objectives: string[];
  next: Next;
}

/** Sentences for each section; each takes the story's facts and a random source. */
const sentences: Record<(typeof requiredSections)[number], ((story: StoryParts) => string)[]> = {
  'The challenge': [
    (s) =>
      `${s.brand.name} sold mostly in ${labelOf('countries', s.brand.country)} and wanted to know whether ${labelOf('objectives', s.objectives[0] ?? 'awareness').toLowerCase()} could grow without a bigger media budget.`,
    () =>
      'The team had tried paid social twice before, and both times the numbers stopped when the spending did.',
    (s) =>
      `Its own research said people trusted ${labelOf('formats', s.formats[0] ?? 'short-video').toLowerCase()} more than adverts, but nobody on the team had made one.`,
    () =>
      'The brief was short: one season, a fixed fee per creator, and figures the finance team would accept.',
    (s) =>
      `${labelOf('industries', s.brand.industry)} is a crowded category, and most competitors were already paying the same large accounts.`,
    (s) =>
      `What the brand lacked was not reach but a reason for people to care, and ${labelOf('themes', s.themes[0] ?? 'authenticity').toLowerCase()} was the one it chose.`,
    (s) =>
      `The campaign had to work in ${words(s.regions.map((region) => labelOf('regions', region)))} at once, with one budget.`,
  ],
  'The approach': [
    (s) =>
      `${s.brand.name} chose ${words(s.creators.map((creator) => creator.name))}, because each already spoke to an audience that matched the brief.`,
    () => 'Each creator got the product a month ahead, a flat fee and no script.',
    (s) =>
      `The plan ran in waves: ${words(s.formats.map((format) => labelOf('formats', format).toLowerCase()))}, then a round of replies to comments.`,
    (s) =>
      `${pick(s.next, s.creators).name} suggested filming at home rather than in a studio, and the brand agreed.`,
    () =>
      'The brief fit on one page and said what the brand would not ask for as clearly as what it wanted.',
    (s) =>
      `Posting dates were set by the creators, around what their audiences already expected on ${pick(s.next, ['Mondays', 'Fridays', 'weekends', 'weekday evenings'])}.`,
  ],
  'What was hard': [
    (s) =>
      `The first wave went out late, after a shipment was held at customs for ${between(s.next, 4, 19)} days.`,
    (s) =>
      `${pick(s.next, s.creators).name}’s audience asked pointed questions about price, and the brand had to answer them in public.`,
    (s) =>
      `${capital(counted[between(s.next, 1, 3)] ?? 'two')} of the videos were flagged under the platform’s branded-content rules and had to be labelled again.`,
    () => 'Legal wanted every claim checked, which turned a one-day review into a week.',
    () =>
      'Nobody had agreed in advance what would count as success, and that argument took most of a month.',
    () =>
      'One creator fell ill in the week of the shoot, and the schedule moved around her rather than the other way round.',
  ],
  Results: [
    (s) =>
      `In the ${pick(s.next, periods)}, the campaign reached figures the brand had not seen from paid media.`,
    () =>
      'The figures here come from the brand’s own dashboards and were shared for this case study.',
    () => 'Not every figure moved: repeat purchases stayed flat, and the team says so.',
    () => 'The strongest single video was the least polished one, filmed in one take.',
    (s) =>
      `Orders from ${labelOf('regions', pick(s.next, s.regions))} came mostly through the creators’ own links.`,
  ],
  Takeaways: [
    () => 'Pick creators for the audience they already have, not the one you wish they had.',
    () => 'Agree on what success means before the first video is posted.',
    () => 'Pay on time, and leave room for the creator’s own format.',
    () => 'Plan for one thing to go wrong, and decide in advance who may change the schedule.',
    (s) =>
      `Let ${labelOf('themes', pick(s.next, s.themes.length > 0 ? s.themes : ['authenticity'])).toLowerCase()} come from the creators rather than the brief.`,
  ],
};

/** Story i's slug: the same at every size, so its hero is too. */
export function storySlug(i: number): string {
  const next = random(i * 4099 + 11);
  return `${pick(next, slugWords)}-${pick(next, slugNouns)}-${i.toString(36)}`;
}

/** Story i as the text of its index.mdx, given the brands and creators of the site. */
function storyFile(
  i: number,
  brands: readonly BrandFacts[],
  creators: readonly CreatorFacts[],
): string {
  const next = random(i * 7907 + 29);
  const brand = pick(next, brands);
  const cast = [
    ...new Set(Array.from({ length: 1 + Math.floor(next() ** 2 * 4) }, () => pick(next, creators))),
  ];
  const regions = [...new Set(cast.map((creator) => creator.region))].slice(0, 3);
  const parts: StoryParts = {
    brand,
    creators: cast,
    regions,
    objectives: some(next, idsOf('objectives'), 3),
    formats: some(next, idsOf('formats'), 4),
    themes: some(next, idsOf('themes'), 3, 0),
    next,
  };
  const published = new Date(Date.UTC(2022, 0, 1) + Math.floor(next() * 1641) * 86_400_000); // 2022-01-01 to 2026-06-30
  const year = published.getUTCFullYear();
  const where = labelOf('regions', regions[0] ?? 'europe');
  const withWhom = `with ${counted[cast.length - 1] ?? 'four'} creator${cast.length > 1 ? 's' : ''}`;
  const long = `${brand.name} ${pick(next, titleVerbs)} ${withWhom} in ${where}`;
  const title = long.length <= 96 ? long : `${brand.name} ${pick(next, titleVerbs)} ${withWhom}`;
  const results = Array.from({ length: between(next, 1, 4) }, () => {
    const unit = pick(next, ['count', 'count', 'percent', 'times'] as const);
    return {
      value:
        unit === 'count'
          ? between(next, 12, 250_000)
          : unit === 'percent'
            ? between(next, 3, 95)
            : between(next, 2, 9),
      unit,
      measures: pick(next, measures[unit] ?? []),
      period: pick(next, periods),
      source: { name: `${brand.name} dashboard export, shared for this case study` },
    };
  });
  const quotes = Array.from({ length: between(next, 0, 3) }, () => {
    const side = pick(next, sides);
    const speaker =
      side === 'creator'
        ? pick(next, cast).name
        : `${pick(next, ['Ama', 'Lena', 'Ravi', 'Sofía', 'Kenji', 'Noor', 'Tomás', 'Ife'])} ${pick(next, ['Mensah', 'Kowalski', 'Iyer', 'Duarte', 'Sato', 'Haddad', 'Berg', 'Okafor'])}`;
    return {
      text: pick(next, quoteLines),
      by: speaker,
      role: side === 'brand' ? `${roles.brand}, ${brand.name}` : roles[side],
      side,
    };
  });
  const front = {
    title,
    summary: `An invented partnership for the build benchmark: ${brand.name} and ${words(cast.map((creator) => creator.name))}, in ${words(regions.map((region) => labelOf('regions', region)))}.`,
    brand: brand.id,
    creators: cast.map((creator) => creator.id),
    published: published.toISOString().slice(0, 10),
    campaignYear: year - between(next, 0, 1),
    regions,
    industry: brand.industry,
    objectives: parts.objectives,
    formats: parts.formats,
    themes: parts.themes,
    results,
    quotes,
    hero: {
      src: './hero.jpg',
      alt: `Abstract pattern of circles, quarter circles, rounded squares and triangles, drawn for synthetic story ${i + 1}.`,
    },
    featured: i % 97 === 0,
    illustrative: true,
  };
  // Stories run from a few short paragraphs to long ones, as real ones do.
  const length = pick(next, [1, 1, 2, 2, 3, 5]);
  const body: string[] = [];
  if (next() < 0.08)
    body.push(
      `<Callout title="How this story was made">\nThis partnership is invented, generated for story ${i + 1} of the build benchmark.\n</Callout>`,
    );
  for (const section of requiredSections) {
    body.push(`## ${section}`);
    for (let paragraph = between(next, 1, length); paragraph > 0; paragraph -= 1) {
      // Sentences without repeats within a paragraph; paragraphs may share some.
      const pool = [...sentences[section]];
      const count = Math.min(pool.length, between(next, 2, 5));
      body.push(
        Array.from(
          { length: count },
          () => pool.splice(Math.floor(next() * pool.length), 1)[0]?.(parts) ?? '',
        ).join(' '),
      );
    }
    if (section === 'The approach' && next() < 0.1)
      body.push(
        `<PullQuote by="${pick(next, cast).name}">\n${pick(next, quoteLines)}\n</PullQuote>`,
      );
  }
  // lineWidth 0 keeps every value on one line, so the warm rebuild can change the title by its line.
  return `---\n${stringify(front, { lineWidth: 0 })}---\n\n${body.join('\n\n')}\n`;
}

/** The hero's SVG: the site's own hero artwork for the slug, with the story number as a strip of bits, so no two are alike. */
function heroArt(slug: string, i: number): string {
  const { width, height } = heroFormat;
  const bits = Array.from({ length: 24 }, (_, bit) =>
    (i >> bit) & 1
      ? `<rect x="${24 + bit * 14}" y="${height - 28}" width="10" height="10" fill="#17202a"/>`
      : '',
  ).join('');
  return heroSvg(slug, width, height).replace(
    '</svg>',
    `<rect x="16" y="${height - 36}" width="${24 * 14 + 16}" height="26" fill="#fbfaf7"/>${bits}</svg>`,
  );
}

/** Puts the cached hero in the story folder: a hard link where the file system allows one. */
function placeHero(cached: string, target: string): void {
  try {
    linkSync(cached, target);
  } catch {
    copyFileSync(cached, target);
  }
}

/**
 * Writes a synthetic site into `contentDir` (emptied first): brands, then creators, then stories
 * with their heroes, drawn into `heroCache` when not there already.
 */
export async function writeSyntheticSite(
  contentDir: string,
  size: SiteSize,
  heroCache: string,
  progress: (line: string) => void = () => undefined,
): Promise<WrittenSite> {
  if (size.stories < 1 || size.creators < 1 || size.brands < 1)
    throw new Error('A synthetic site needs at least one story, one creator and one brand.');
  rmSync(contentDir, { recursive: true, force: true });
  for (const folder of ['stories', 'creators', 'brands'])
    mkdirSync(join(contentDir, folder), { recursive: true });
  const heroes = join(
    heroCache,
    `${heroFormat.width}x${heroFormat.height}-q${heroFormat.quality}-v${heroFormat.version}`,
  );
  mkdirSync(heroes, { recursive: true });

  const names = syntheticBrands(Number.MAX_SAFE_INTEGER);
  const brands = Array.from({ length: size.brands }, (_, i) => siteBrand(i, names));
  for (const brand of brands)
    writeFileSync(join(contentDir, 'brands', `${brand.id}.yaml`), brandFile(brand));

  const creators: CreatorFacts[] = [];
  for (let i = 0; i < size.creators; i += 1) {
    const { id, data } = syntheticCreator(i, brands);
    writeFileSync(
      join(contentDir, 'creators', `${id}.yaml`),
      stringify({ ...data, bio: `An invented creator for the build benchmark, number ${i}.` }),
    );
    creators.push({ id, name: data.name, region: String(data.region) });
    if ((i + 1) % 10_000 === 0) progress(`${i + 1} creators written`);
  }

  // Drawing is the slow part; keep a few heroes in flight so sharp's threads stay busy.
  const inFlight = new Set<Promise<void>>();
  const limit = availableParallelism() * 2;
  let drawn = 0;
  let reused = 0;
  for (let i = 0; i < size.stories; i += 1) {
    const slug = storySlug(i);
    const folder = join(contentDir, 'stories', slug);
    mkdirSync(folder);
    writeFileSync(join(folder, 'index.mdx'), storyFile(i, brands, creators));
    const cached = join(heroes, `${slug}.jpg`);
    if (existsSync(cached)) {
      placeHero(cached, join(folder, 'hero.jpg'));
      reused += 1;
    } else {
      // Drawn under a temporary name, so a run stopped halfway leaves no half-written image in the cache.
      const partial = `${cached}.${process.pid}.part`;
      const task = sharp(Buffer.from(heroArt(slug, i)))
        .jpeg({ quality: heroFormat.quality })
        .toFile(partial)
        .then(() => {
          renameSync(partial, cached);
          placeHero(cached, join(folder, 'hero.jpg'));
          drawn += 1;
        })
        .finally(() => inFlight.delete(task));
      inFlight.add(task);
      if (inFlight.size >= limit) await Promise.race(inFlight);
    }
    if ((i + 1) % 1000 === 0)
      progress(`${i + 1} stories written (${drawn} heroes drawn, ${reused} from the cache)`);
  }
  await Promise.all(inFlight);
  return {
    contentDir,
    heroesDrawn: drawn,
    heroesReused: reused,
    editableStory: join(
      contentDir,
      'stories',
      storySlug(Math.floor(size.stories / 2)),
      'index.mdx',
    ),
  };
}
