/**
 * How alike two creators are, and why, in one place for the profiles (similar creators, worked
 * out at build time from the content entries) and for the creator search ("More like this",
 * worked out in the browser from the index rows). Both feed the same ranking the same values:
 * niches, languages, the brands mentioned and partnered with, communities, country and region,
 * audience band and story themes, each kind in the creator's own order. Plain functions over
 * plain data, small enough for the search's bundle.
 *
 * Cost: one pass builds an inverted index (each value → the creators holding it, in name order).
 * A creator's candidates are the holders of its own values, at most `candidateCap` per value, and
 * each candidate is scored by checking the creator's F values against the candidate's set. With F
 * values per creator that is O(n · F · (cap + F)) for n creators: linear in n, never a scan of all
 * creators per creator. The ranking is exact whenever no value is held by more than `cap` creators;
 * past that, a very common value still counts for every candidate, but only its first `cap`
 * holders by name are taken as candidates from it.
 */
import { fill, plural, type Plural } from '#lib/strings/format.ts';
import { creatorFacetReader, field, type SearchIndex, type SearchLabels } from './index-format.ts';

/** Kinds of value two creators can share, in the order their reasons are told. */
export const sharedKinds = [
  'niches',
  'languages',
  'mentioned',
  'partnered',
  'communities',
  'country',
  'region',
  'audience',
  'themes',
] as const;
export type SharedKind = (typeof sharedKinds)[number];

/** What one shared value of each kind adds to the score: what a creator makes and for whom weigh most. */
export const similarWeights: Record<SharedKind, number> = {
  niches: 3,
  mentioned: 3,
  partnered: 3,
  languages: 2,
  communities: 2,
  country: 2,
  region: 1,
  audience: 1,
  themes: 1,
};

/** Most similar creators a profile shows. */
export const maxSimilar = 6;
/** Least score that counts as similar: a shared niche, or a language with the audience band; a region alone does not. */
export const minSimilarScore = 3;
/** Most candidates taken from one value's holders (see the module comment). */
export const candidateCap = 256;

/** A creator's values by kind, in its own order: ids on the profiles, index codes in the search. */
export type KindValues<V> = Record<SharedKind, readonly V[]>;

/** The values two creators share, by kind, in the first creator's order. */
export type Shared<V> = Record<SharedKind, V[]>;

export interface Similar<V> {
  /** Position of the similar creator in the list ranked. */
  position: number;
  score: number;
  shared: Shared<V>;
}

/** Positions in name order, then id: the order of ties. */
function sortByName(
  size: number,
  nameAt: (position: number) => string,
  idAt: (position: number) => string,
): number[] {
  // Made here, not at load, so the island, which only words reasons, does not carry it.
  const collator = new Intl.Collator('en', { sensitivity: 'base' });
  const positions = Array.from({ length: size }, (_, position) => position);
  const names = positions.map(nameAt);
  const ids = positions.map(idAt);
  return positions.sort(
    (a, b) =>
      collator.compare(names[a] ?? '', names[b] ?? '') ||
      ((ids[a] ?? '') < (ids[b] ?? '') ? -1 : (ids[a] ?? '') > (ids[b] ?? '') ? 1 : 0),
  );
}

/**
 * A ranking over `size` creators: for a creator's position, the others most like it, best
 * first; equal scores by name (`nameAt`, compared as the directory sorts), then id. `count`
 * bounds how many come back (the profiles show six; the search pages through all of them).
 */
export function similarityIndex<V>(
  size: number,
  valuesAt: (position: number) => KindValues<V>,
  nameAt: (position: number) => string,
  idAt: (position: number) => string,
  {
    cap = candidateCap,
    keyOf = (kind, value) => `${kind}:${String(value)}`,
    byName,
  }: {
    cap?: number;
    /** The positions already in that order, where the caller has them (the search engine sorts by name too). */
    byName?: ArrayLike<number>;
    /** One key per kind and value (the search's codes make numbers, which are quicker to look up). */
    keyOf?: (kind: number, value: V) => string | number;
  } = {},
): (position: number, count?: number) => Similar<V>[] {
  const sorted = byName ? Array.from(byName) : sortByName(size, nameAt, idAt);
  const rank = new Int32Array(size);
  sorted.forEach((position, order) => (rank[position] = order));
  // Each creator's values, each kind's once, as keys (a shared region is dropped later where the country is shared too).
  const values: [SharedKind, V][][] = [];
  const keys: (string | number)[][] = [];
  // Each creator's keys as a set, made the first time it is a candidate.
  const keySets: Set<string | number>[] = [];
  // Holders of each value, in name order, so that ties and the cap both follow names.
  const holders = new Map<string | number, number[]>();
  for (const position of sorted) {
    const own: [SharedKind, V][] = [];
    const ownKeys: (string | number)[] = [];
    const byKind = valuesAt(position);
    sharedKinds.forEach((kind, kindIndex) => {
      for (const value of new Set(byKind[kind])) {
        own.push([kind, value]);
        ownKeys.push(keyOf(kindIndex, value));
      }
    });
    values[position] = own;
    keys[position] = ownKeys;
    for (const key of ownKeys) {
      const list = holders.get(key);
      if (list) list.push(position);
      else holders.set(key, [position]);
    }
  }

  return (position, count = maxSimilar) => {
    const own = values[position] ?? [];
    const ownKeys = keys[position] ?? [];
    const candidates = new Set<number>();
    for (const key of ownKeys)
      for (const other of (holders.get(key) ?? []).slice(0, cap))
        if (other !== position) candidates.add(other);
    // Scores first, without allocating what is shared; for a few, the best are kept in order as
    // they come (no sort of every candidate), for all of them one sort ranks them.
    const best: { position: number; score: number; rank: number }[] = [];
    for (const other of candidates) {
      const theirs = (keySets[other] ??= new Set(keys[other]));
      let score = 0;
      let country = false;
      let regions = 0;
      for (let index = 0; index < own.length; index++) {
        const kind = own[index]?.[0];
        if (!kind || !theirs.has(ownKeys[index] ?? '')) continue;
        score += similarWeights[kind];
        if (kind === 'country') country = true;
        else if (kind === 'region') regions += 1;
      }
      // Within one country the region says nothing more.
      if (country) score -= similarWeights.region * regions;
      if (score < minSimilarScore) continue;
      const entry = { position: other, score, rank: rank[other] ?? 0 };
      if (count === Infinity) {
        best.push(entry);
        continue;
      }
      let at = best.length;
      while (at > 0) {
        const before = best[at - 1];
        if (!before || before.score > score || (before.score === score && before.rank < entry.rank))
          break;
        at -= 1;
      }
      if (at < count) {
        best.splice(at, 0, entry);
        if (best.length > count) best.pop();
      }
    }
    if (count === Infinity) best.sort((a, b) => b.score - a.score || a.rank - b.rank);
    return best.map(({ position: other, score }) => {
      const theirs = keySets[other] ?? new Set();
      const shared = Object.fromEntries(sharedKinds.map((kind) => [kind, [] as V[]])) as Shared<V>;
      own.forEach(([kind, value], index) => {
        if (theirs.has(ownKeys[index] ?? '')) shared[kind].push(value);
      });
      if (shared.country.length > 0) shared.region = [];
      return { position: other, score, shared };
    });
  };
}

/** A creator's values as its index row carries them: codes into the index's vocabularies and themes. */
export function rowValues(
  index: Pick<SearchIndex, 'facets' | 'creators'>,
): (position: number) => KindValues<number> {
  const codes = creatorFacetReader(index);
  return (position) => {
    const row = index.creators[position];
    if (!row) return emptyValues;
    return {
      niches: codes(row, 'niche'),
      languages: codes(row, 'language'),
      mentioned: codes(row, 'brand'),
      partnered: row[field.partners],
      communities: codes(row, 'community'),
      country: codes(row, 'country'),
      region: codes(row, 'region'),
      audience: codes(row, 'audience'),
      themes: row[field.themes],
    };
  };
}

const emptyValues: KindValues<never> = {
  niches: [],
  languages: [],
  mentioned: [],
  partnered: [],
  communities: [],
  country: [],
  region: [],
  audience: [],
  themes: [],
};

/** Vocabularies a reason names values from. */
export type ReasonVocabulary =
  'niches' | 'languages' | 'communities' | 'countries' | 'regions' | 'audienceBands' | 'themes';

/** The strings a reason is made of (strings module: `similar`), and the locale's list separator. */
export interface ReasonStrings {
  reasons: Record<
    | 'nichesIn'
    | 'niches'
    | 'languages'
    | 'mentioned'
    | 'partnered'
    | 'communities'
    | 'country'
    | 'region'
    | 'audience'
    | 'themes',
    string
  >;
  separator: string;
  more: Plural;
  listSeparator: string;
}

/** What a reason needs: the locale, its strings, and what a reader sees for a value (a taxonomy label, a brand's name). */
export interface ReasonSpeaker<V> {
  /** The page's language ("en"), and its Intl locale ("ar-u-nu-latn"). */
  lang: string;
  intl: string;
  text: ReasonStrings;
  label: (vocabulary: ReasonVocabulary, value: V) => string;
  brand: (value: V) => string;
}

/** Most values of one kind a reason names; the rest are counted. */
const shownPerKind = 2;
/** Most parts a reason has, so it stays a few words. */
const partsPerReason = 3;

const listFormats = new Map<string, Intl.ListFormat>();

/** "food and travel", "food, travel and 2 more": a few values in the locale's own list form. */
function few(values: readonly string[], l: Pick<ReasonSpeaker<unknown>, 'intl' | 'text'>): string {
  let format = listFormats.get(l.intl);
  if (!format)
    listFormats.set(l.intl, (format = new Intl.ListFormat(l.intl, { type: 'conjunction' })));
  if (values.length <= shownPerKind) return format.format(values);
  const list = values.slice(0, shownPerKind).join(l.text.listSeparator);
  return plural(l.text.more, values.length - shownPerKind, l.intl, { list });
}

/**
 * Why two creators are similar, in a few words of the locale: "also food & cooking videos in
 * Arabic; also mentions Mahmas Roastery; also based in the United Arab Emirates". Each part is a
 * template of the strings module, so word order is each language's own.
 */
export function similarReason<V>(shared: Shared<V>, l: ReasonSpeaker<V>): string {
  const { reasons } = l.text;
  const say = (template: string, values: Record<string, string>) => fill(template, values, l.intl);
  // English niche and theme labels are capitalised as titles; inside a sentence they are not.
  const lower = (text: string) => (l.lang === 'en' ? text.toLocaleLowerCase('en') : text);
  const labels = (
    name: 'niches' | 'languages' | 'communities' | 'themes',
    values: readonly V[],
    inSentence = false,
  ) =>
    few(
      values.map((value) => (inSentence ? lower(l.label(name, value)) : l.label(name, value))),
      l,
    );
  const parts: string[] = [];
  if (shared.niches.length > 0)
    parts.push(
      shared.languages.length > 0
        ? say(reasons.nichesIn, {
            niches: labels('niches', shared.niches, true),
            languages: labels('languages', shared.languages),
          })
        : say(reasons.niches, { niches: labels('niches', shared.niches, true) }),
    );
  if (shared.mentioned.length > 0)
    parts.push(say(reasons.mentioned, { brands: few(shared.mentioned.map(l.brand), l) }));
  if (shared.partnered.length > 0)
    parts.push(say(reasons.partnered, { brands: few(shared.partnered.map(l.brand), l) }));
  if (shared.niches.length === 0 && shared.languages.length > 0)
    parts.push(say(reasons.languages, { languages: labels('languages', shared.languages) }));
  if (shared.communities.length > 0)
    parts.push(
      say(reasons.communities, { communities: labels('communities', shared.communities) }),
    );
  const [country] = shared.country;
  const [region] = shared.region;
  const [audience] = shared.audience;
  if (country !== undefined)
    parts.push(say(reasons.country, { country: l.label('countries', country) }));
  else if (region !== undefined)
    parts.push(say(reasons.region, { region: l.label('regions', region) }));
  if (audience !== undefined)
    parts.push(say(reasons.audience, { audience: l.label('audienceBands', audience) }));
  if (shared.themes.length > 0)
    parts.push(say(reasons.themes, { themes: labels('themes', shared.themes, true) }));
  return parts.slice(0, partsPerReason).join(l.text.separator);
}

/** Where the index keeps the labels of each vocabulary a reason names. */
const labelsOf: Record<ReasonVocabulary, keyof SearchLabels> = {
  niches: 'niche',
  languages: 'language',
  communities: 'community',
  countries: 'country',
  regions: 'region',
  audienceBands: 'audience',
  themes: 'theme',
};

/** A speaker for reasons over index codes, from the index's labels (the search has no taxonomy module). */
export function rowSpeaker(
  labels: SearchLabels,
  intl: string,
  text: ReasonStrings,
): ReasonSpeaker<number> {
  return {
    lang: intl.split('-')[0] ?? intl,
    intl,
    text,
    label: (vocabulary, code) => labels[labelsOf[vocabulary]][code] ?? '',
    brand: (code) => labels.brand[code] ?? '',
  };
}
