/**
 * Text matching both searches share: when a query says enough to search on, and how forgiving
 * Fuse is. Each search adds its own keys and weights.
 */

/** Whether a query says enough to search on: one Latin letter does not; one CJK character can be a whole name. */
export function searchable(text: string): boolean {
  // Anything outside Latin: the range starts at U+0000, which the lint rule reads as a control character.
  // eslint-disable-next-line no-control-regex
  return text.length > 1 || /[^\u0000-\u024f]/u.test(text);
}

/** Fuse options both searches use: typos forgiven anywhere in a field, scores and matched ranges kept. */
export const fuzzy = {
  includeScore: true,
  includeMatches: true,
  ignoreLocation: true,
  threshold: 0.34,
  minMatchCharLength: 1,
} as const;

/*
 * Folding: what both searches compare instead of the text as typed, at index and at query time,
 * so a reader finds a name however their keyboard writes it. Full-width Latin (ｋｙｎｅ) and
 * half-width kana (ｶﾞ) become their usual forms (NFKC); case and Latin diacritics go (Chuồn →
 * chuon); Arabic letters that readers type interchangeably are made one (أ إ آ ٱ → ا, ى → ي,
 * ة → ه, Persian ی → ي) and short vowels and the tatweel are dropped; katakana become hiragana.
 * A match on folded text is mapped back onto the original, so highlights cover what was shown.
 */

// The classes below list combining marks on purpose, each on its own, to match them alone.
/* eslint-disable no-misleading-character-class */
/** Marks that belong to the character before them: Latin accents, kana voicing (also half-width). */
const cluster =
  /[\s\S][\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u3099\u309a\uff9e\uff9f]*/gu;
/** Accents removed after decomposition: Latin, Greek and Cyrillic combining marks. */
const accents = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
/** Arabic short vowels and other marks above or below letters, and the tatweel that stretches words. */
const arabicMarks = /[\u0610-\u061a\u0640\u064b-\u065f\u0670\u06d6-\u06ed]/g;
/* eslint-enable no-misleading-character-class */
const arabicLetters: Readonly<Record<string, string>> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
  ی: 'ي',
  ة: 'ه',
};
const arabicVariants = /[أإآٱىیة]/g;
/** Katakana that have a hiragana twin, U+30A1 to U+30F6. */
const katakana = /[\u30a1-\u30f6]/g;
/** Text that folding leaves alone except for case. */
const plain = /^[\x20-\x7e]*$/;

function foldCluster(text: string): string {
  return text
    .normalize('NFKC')
    .normalize('NFD')
    .replace(accents, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(arabicMarks, '')
    .replace(arabicVariants, (letter) => arabicLetters[letter] ?? letter)
    .replace(katakana, (kana) => String.fromCharCode(kana.charCodeAt(0) - 0x60));
}

/** Text as the searches compare it. */
export function fold(text: string): string {
  if (plain.test(text)) return text.toLowerCase();
  let folded = '';
  for (const [piece] of text.matchAll(cluster)) folded += foldCluster(piece);
  return folded;
}

/** Folded text with, for each of its code units, where in the original its character starts and ends. */
function foldWithMap(text: string): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const match of text.matchAll(cluster)) {
    const [piece] = match;
    const folded = foldCluster(piece);
    starts.push(...Array<number>(folded.length).fill(match.index));
    ends.push(...Array<number>(folded.length).fill(match.index + piece.length));
  }
  return { starts, ends };
}

const maps = new Map<string, { starts: number[]; ends: number[] }>();

/**
 * Matched ranges on folded text (inclusive, as Fuse gives them) as ranges on the original.
 * Plain text folds without moving a character, so its ranges stand as they are.
 */
export function unfoldIndices(
  original: string,
  indices: readonly (readonly [number, number])[],
): [number, number][] {
  if (plain.test(original)) return indices.map(([start, end]) => [start, end]);
  let map = maps.get(original);
  if (!map) {
    map = foldWithMap(original);
    if (maps.size > 2000) maps.clear();
    maps.set(original, map);
  }
  const { starts, ends } = map;
  return indices.flatMap(([start, end]): [number, number][] => {
    const from = starts[start];
    const to = ends[Math.min(end, ends.length - 1)];
    return from === undefined || to === undefined ? [] : [[from, to - 1]];
  });
}

/** A document of named texts and lists of texts, as the searches give Fuse. */
type TextDocument = Readonly<Record<string, string | readonly string[]>>;

/** A document with every text folded, for Fuse to search. */
export function foldDocument<D extends TextDocument>(document: D): D {
  return Object.fromEntries(
    Object.entries(document).map(([key, value]) => [
      key,
      typeof value === 'string' ? fold(value) : value.map(fold),
    ]),
  ) as D;
}

/** A match as Fuse reports it: which field (and which item of a list), the text and the ranges. */
interface Match {
  key?: string | undefined;
  refIndex?: number | undefined;
  value?: string | undefined;
  indices: readonly (readonly [number, number])[];
}

/** Matches on a folded document as matches on the original: its text, and ranges over that text. */
export function unfoldMatches<M extends Match>(matches: readonly M[], original: TextDocument): M[] {
  return matches.map((match) => {
    const field = match.key === undefined ? undefined : original[match.key];
    const value = typeof field === 'string' ? field : field?.[match.refIndex ?? 0];
    if (value === undefined) return match;
    return { ...match, value, indices: unfoldIndices(value, match.indices) };
  });
}
