/**
 * Similar creators for every profile, worked out at build time from what each creator carries:
 * niches, languages, country and region, audience band, communities, the brands they mention,
 * the brands they have partnered with and the themes of those stories. Plain functions over plain
 * data, so the ranking is tested without Astro; src/catalog.ts calls them with the collections.
 *
 * Cost: one pass builds an inverted index (each value → the creators holding it, in name order).
 * A creator's candidates are the holders of its own values, at most `candidateCap` per value, and
 * each candidate is scored by checking the creator's F values against the candidate's set. With F
 * values per creator that is O(n · F · (cap + F)) for n creators: linear in n, never a scan of all
 * creators per creator. The ranking is exact whenever no value is held by more than `cap` creators;
 * past that, a very common value still counts for every candidate, but only its first `cap`
 * holders by name are taken as candidates from it.
 */
import type { CreatorFacts } from '#lib/search/creators/facets.ts';
import type { Speaker } from '#lib/strings/index.ts';

/** What the ranking reads of a creator: what the creator search's facets read. */
export type SimilarCreatorFacts = CreatorFacts['entry'];

/** What the ranking reads of a story a creator appears in. */
export interface SimilarStoryFacts {
  data: { brand: { id: string }; themes: readonly string[] };
}

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

/** The values two creators share, by kind (ids, in the first creator's order). */
export type Shared = Record<SharedKind, string[]>;

export interface SimilarCreator<C> {
  creator: C;
  score: number;
  shared: Shared;
}

const collator = new Intl.Collator('en', { sensitivity: 'base' });

/** A creator's values, each kind's once (a shared region is dropped later where the country is shared too). */
function valuesOf(
  creator: SimilarCreatorFacts,
  stories: readonly SimilarStoryFacts[],
): [SharedKind, string][] {
  const { data } = creator;
  const values: [SharedKind, string][] = [];
  const add = (kind: SharedKind, ids: Iterable<string>) => {
    for (const id of new Set(ids)) values.push([kind, id]);
  };
  add('niches', data.niches);
  add('languages', data.languages);
  add(
    'mentioned',
    data.mentions.map((mention) => mention.brand.id),
  );
  add(
    'partnered',
    stories.map((story) => story.data.brand.id),
  );
  add('communities', data.communities);
  if (data.country) add('country', [data.country]);
  if (data.region) add('region', [data.region]);
  if (data.audience) add('audience', [data.audience]);
  add(
    'themes',
    stories.flatMap((story) => story.data.themes),
  );
  return values;
}

const key = (kind: SharedKind, id: string) => `${kind}:${id}`;

/**
 * Similar creators for every creator, best first; equal scores by name, then id. `storiesOf`
 * gives the stories a creator appears in, `nameOf` the name creators are sorted by.
 */
export function similarCreatorsIndex<C extends SimilarCreatorFacts>(
  creators: readonly C[],
  storiesOf: (creator: C) => readonly SimilarStoryFacts[],
  nameOf: (creator: C) => string,
  { count = maxSimilar, cap = candidateCap }: { count?: number; cap?: number } = {},
): (creator: C) => SimilarCreator<C>[] {
  const order = (a: C, b: C) =>
    collator.compare(nameOf(a), nameOf(b)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const sorted = [...creators].sort(order);
  const values = new Map<C, [SharedKind, string][]>();
  const keys = new Map<C, Set<string>>();
  // Holders of each value, in name order, so that ties and the cap both follow names.
  const holders = new Map<string, C[]>();
  for (const creator of sorted) {
    const own = valuesOf(creator, storiesOf(creator));
    values.set(creator, own);
    keys.set(creator, new Set(own.map(([kind, id]) => key(kind, id))));
    for (const [kind, id] of own) {
      const list = holders.get(key(kind, id));
      if (list) list.push(creator);
      else holders.set(key(kind, id), [creator]);
    }
  }
  const rank = new Map(sorted.map((creator, index) => [creator, index]));

  return (creator) => {
    const own = values.get(creator) ?? valuesOf(creator, storiesOf(creator));
    const ownKeys = own.map(([kind, id]) => key(kind, id));
    const candidates = new Set<C>();
    for (const value of ownKeys) {
      for (const other of (holders.get(value) ?? []).slice(0, cap))
        if (other.id !== creator.id) candidates.add(other);
    }
    // Scores first, without allocating, keeping the best `count` in order as they come (no sort
    // of every candidate); what is shared is spelled out for those kept.
    const best: { creator: C; score: number; rank: number }[] = [];
    for (const other of candidates) {
      const theirs = keys.get(other);
      if (!theirs) continue;
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
      const entry = { creator: other, score, rank: rank.get(other) ?? 0 };
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
    return best.map(({ creator: other, score }) => {
      const theirs = keys.get(other) ?? new Set<string>();
      const shared = Object.fromEntries(
        sharedKinds.map((kind) => [kind, [] as string[]]),
      ) as Shared;
      own.forEach(([kind, id], index) => {
        if (theirs.has(ownKeys[index] ?? '')) shared[kind].push(id);
      });
      if (shared.country.length > 0) shared.region = [];
      return { creator: other, score, shared };
    });
  };
}

/** Most values of one kind a reason names; the rest are counted. */
const shownPerKind = 2;
/** Most parts a reason has, so it stays a few words. */
const partsPerReason = 3;

/** What the reasons need: a locale's strings and its Intl locale, and the name of a brand. */
export type ReasonSpeaker = Speaker & { intl: string };

const listFormats = new Map<string, Intl.ListFormat>();

/** "food and travel", "food, travel and 2 more": a few values in the locale's own list form. */
function few(values: readonly string[], l: ReasonSpeaker): string {
  let format = listFormats.get(l.intl);
  if (!format)
    listFormats.set(l.intl, (format = new Intl.ListFormat(l.intl, { type: 'conjunction' })));
  if (values.length <= shownPerKind) return format.format(values);
  const list = values.slice(0, shownPerKind).join(l.t.searchCommon.listSeparator);
  return l.plural(l.t.similar.more, values.length - shownPerKind, { list });
}

/**
 * Why two creators are similar, in a few words of the locale: "also food & cooking videos in
 * Arabic; also mentions Mahmas Roastery; also based in the United Arab Emirates". Each part is a
 * template of the strings module, so word order is each language's own.
 */
export function similarReason(
  shared: Shared,
  l: ReasonSpeaker,
  brandName: (id: string) => string,
): string {
  const { reasons } = l.t.similar;
  // English niche and theme labels are capitalised as titles; inside a sentence they are not.
  const lower = (text: string) => (l.lang === 'en' ? text.toLocaleLowerCase('en') : text);
  const labels = (
    name: 'niches' | 'languages' | 'communities' | 'themes',
    ids: readonly string[],
    inSentence = false,
  ) =>
    few(
      ids.map((id) => (inSentence ? lower(l.label(name, id)) : l.label(name, id))),
      l,
    );
  const parts: string[] = [];
  if (shared.niches.length > 0)
    parts.push(
      shared.languages.length > 0
        ? l.fill(reasons.nichesIn, {
            niches: labels('niches', shared.niches, true),
            languages: labels('languages', shared.languages),
          })
        : l.fill(reasons.niches, { niches: labels('niches', shared.niches, true) }),
    );
  if (shared.mentioned.length > 0)
    parts.push(l.fill(reasons.mentioned, { brands: few(shared.mentioned.map(brandName), l) }));
  if (shared.partnered.length > 0)
    parts.push(l.fill(reasons.partnered, { brands: few(shared.partnered.map(brandName), l) }));
  if (shared.niches.length === 0 && shared.languages.length > 0)
    parts.push(l.fill(reasons.languages, { languages: labels('languages', shared.languages) }));
  if (shared.communities.length > 0)
    parts.push(
      l.fill(reasons.communities, { communities: labels('communities', shared.communities) }),
    );
  if (shared.country[0])
    parts.push(l.fill(reasons.country, { country: l.label('countries', shared.country[0]) }));
  else if (shared.region[0])
    parts.push(l.fill(reasons.region, { region: l.label('regions', shared.region[0]) }));
  if (shared.audience[0])
    parts.push(
      l.fill(reasons.audience, { audience: l.label('audienceBands', shared.audience[0]) }),
    );
  if (shared.themes.length > 0)
    parts.push(l.fill(reasons.themes, { themes: labels('themes', shared.themes, true) }));
  return parts.slice(0, partsPerReason).join(l.t.similar.separator);
}
