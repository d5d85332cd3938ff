/**
 * Realistic queries for the search benchmark, drawn from the first creators of a synthetic set
 * (the same at every size): whole names and first names, names with the typos people make
 * (a letter dropped, doubled, swapped or wrong), prefixes, handles, niches and themes with and
 * without typos, brand names, several words at once, and names in their own scripts.
 */
import { field, type SearchIndex } from '#lib/search/creators/index-format.ts';
import { random } from '#lib/site/random.ts';

export interface BenchQuery {
  kind: 'name' | 'typo' | 'prefix' | 'handle' | 'topic' | 'brand' | 'words' | 'script';
  text: string;
}

/** One typo of a kind people make, at a position away from the first letter. */
function typo(word: string, next: () => number): string {
  if (word.length < 4) return word;
  const at = 1 + Math.floor(next() * (word.length - 2));
  const kind = Math.floor(next() * 4);
  if (kind === 0) return word.slice(0, at) + word.slice(at + 1);
  if (kind === 1) return word.slice(0, at) + word.charAt(at) + word.slice(at);
  if (kind === 2) return word.slice(0, at) + word.charAt(at + 1) + word.charAt(at) + word.slice(at + 2);
  const letters = 'aeioulnrst';
  return word.slice(0, at) + letters.charAt(Math.floor(next() * letters.length)) + word.slice(at + 1);
}

const isLatin = (text: string) => /^[\u0000-\u024f]*$/u.test(text);

export function benchQueries(index: SearchIndex, count = 240): BenchQuery[] {
  const next = random(2026);
  const rows = index.creators.slice(0, 1000);
  const row = () => rows[Math.floor(next() * rows.length)] ?? rows[0];
  const latin = () => {
    const chosen = row();
    return (isLatin(chosen?.[field.name] ?? '') ? chosen?.[field.name] : chosen?.[field.aliases][0]) ?? '';
  };
  const topics = [...index.labels.niche, ...index.labels.theme];
  const brands = index.labels.brand;
  const pickOf = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const makers: [BenchQuery['kind'], number, () => string][] = [
    ['name', 40, () => (next() < 0.5 ? latin() : (latin().split(' ')[0] ?? ''))],
    ['typo', 50, () => latin().split(' ').map((word, i) => (i === 0 || next() < 0.5 ? typo(word, next) : word)).join(' ')],
    ['prefix', 25, () => latin().slice(0, 3 + Math.floor(next() * 4))],
    ['handle', 15, () => (row()?.[field.handle] ?? '').split('-').slice(0, 2).join('-')],
    ['topic', 40, () => (next() < 0.5 ? typo(pickOf(topics).toLowerCase(), next) : pickOf(topics).toLowerCase())],
    ['brand', 25, () => (next() < 0.6 ? pickOf(brands) : typo(pickOf(brands), next))],
    ['words', 25, () => (next() < 0.5 ? `${latin().split(' ')[0]} ${pickOf(topics).split(' ')[0]?.toLowerCase()}` : `${pickOf(brands).split(' ')[0]} ${pickOf(topics).toLowerCase()}`)],
    ['script', 20, () => {
      const named = rows.filter((candidate) => !isLatin(candidate[field.name]));
      const name = pickOf(named)?.[field.name] ?? '';
      return [...name].slice(0, 1 + Math.floor(next() * 2)).join('');
    }],
  ];
  const queries: BenchQuery[] = [];
  for (const [kind, share, make] of makers) {
    for (let i = 0; i < Math.round((share * count) / 240); i++) {
      const text = make().trim();
      if (text) queries.push({ kind, text });
    }
  }
  return queries;
}

/**
 * The commonest first name (in Latin letters) among the first creators: what a visitor types
 * first, for the time to first results. The same at every size; ties go to the first in order.
 */
export function commonName(index: SearchIndex): string {
  const counts = new Map<string, number>();
  for (const row of index.creators.slice(0, 1000)) {
    const latin = isLatin(row[field.name]) ? row[field.name] : row[field.aliases][0];
    const first = latin?.split(' ')[0];
    if (first) counts.set(first, (counts.get(first) ?? 0) + 1);
  }
  return [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best), ['', 0])[0];
}
