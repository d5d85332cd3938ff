const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** The characters of a text as a reader counts them (an accented letter or an emoji is one). */
export function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), (part) => part.segment);
}

/**
 * Edit distance between two strings by character, counting a swap of two neighbouring
 * characters as one edit (optimal string alignment), since that is the commonest typo.
 */
export function editDistance(a: string, b: string): number {
  const left = graphemes(a);
  const right = graphemes(b);
  const rows: number[][] = [Array.from({ length: right.length + 1 }, (_, index) => index)];
  for (let i = 1; i <= left.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= right.length; j += 1) {
      const above = rows[i - 1] ?? [];
      const cost = left[i - 1] === right[j - 1] ? 0 : 1;
      let best = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && left[i - 1] === right[j - 2] && left[i - 2] === right[j - 1]) {
        best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      }
      row[j] = best;
    }
    rows.push(row);
  }
  return rows[left.length]?.[right.length] ?? 0;
}

/**
 * The known value closest to `input`, when it is close enough to be a likely typo (at most a
 * third of its length away); otherwise undefined.
 */
export function closest(input: string, known: readonly string[]): string | undefined {
  const needle = input.toLowerCase();
  let best: { value: string; distance: number } | undefined;
  for (const value of known) {
    const distance = editDistance(needle, value.toLowerCase());
    if (!best || distance < best.distance) best = { value, distance };
  }
  if (!best) return undefined;
  return best.distance <= Math.max(1, Math.floor(needle.length / 3)) ? best.value : undefined;
}

/** `did you mean "x"?` or an empty string, ready to append to a message. */
export function didYouMean(input: string, known: readonly string[]): string {
  const match = closest(input, known);
  return match ? ` Did you mean "${match}"?` : '';
}

/**
 * Names and codes people write for a country instead of its ISO 3166-1 alpha-2 code: the
 * United Kingdom's own "UK", three-letter codes, abbreviations common in the Gulf, and names
 * that differ from the taxonomy's label. Keys are upper case without dots or spaces; a value
 * missing from the taxonomy is never suggested.
 */
const countryAliases: Record<string, string> = {
  UK: 'GB',
  GBR: 'GB',
  BRITAIN: 'GB',
  GREATBRITAIN: 'GB',
  ENGLAND: 'GB',
  SCOTLAND: 'GB',
  WALES: 'GB',
  NORTHERNIRELAND: 'GB',
  USA: 'US',
  UNITEDSTATESOFAMERICA: 'US',
  AMERICA: 'US',
  UAE: 'AE',
  ARE: 'AE',
  EMIRATES: 'AE',
  KSA: 'SA',
  SAU: 'SA',
  JPN: 'JP',
  KOR: 'KR',
  KOREA: 'KR',
  REPUBLICOFKOREA: 'KR',
  TWN: 'TW',
  PHL: 'PH',
  IDN: 'ID',
  VNM: 'VN',
  VIETNAM: 'VN',
  THA: 'TH',
  MYS: 'MY',
  SGP: 'SG',
  IND: 'IN',
  PAK: 'PK',
  BGD: 'BD',
  LKA: 'LK',
  NPL: 'NP',
  EGY: 'EG',
  JOR: 'JO',
  LBN: 'LB',
  MAR: 'MA',
  TUN: 'TN',
  TUR: 'TR',
  TURKEY: 'TR',
  TURKIYE: 'TR',
  NGA: 'NG',
  KEN: 'KE',
  GHA: 'GH',
  ZAF: 'ZA',
  RSA: 'ZA',
  SEN: 'SN',
  ETH: 'ET',
  TZA: 'TZ',
  MEX: 'MX',
  BRA: 'BR',
  ARG: 'AR',
  COL: 'CO',
  CHL: 'CL',
  PER: 'PE',
  FRA: 'FR',
  DEU: 'DE',
  GER: 'DE',
  ESP: 'ES',
  ITA: 'IT',
  NLD: 'NL',
  HOLLAND: 'NL',
  THENETHERLANDS: 'NL',
  POL: 'PL',
  SWE: 'SE',
  IRL: 'IE',
  EIRE: 'IE',
  CAN: 'CA',
  AUS: 'AU',
  NZL: 'NZ',
  AOTEAROA: 'NZ',
  FJI: 'FJ',
};

/** Upper case without accents, dots, spaces or hyphens: "U.S.A." and "usa" both become "USA". */
function foldCountry(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[^A-Z]/g, '');
}

/**
 * The country code meant by `input`, from known codes and their labels: "UK" gives GB, "uae"
 * gives AE, "Japan" gives JP, "Germny" gives DE. Plain edit distance is not used on the codes
 * themselves, since "UK" is one letter from "US" and would suggest the wrong country.
 */
export function suggestCountry(
  input: string,
  countries: readonly { id: string; label: string }[],
): string | undefined {
  const folded = foldCountry(input);
  if (folded === '') return undefined;
  const known = new Set(countries.map((country) => country.id));
  const alias = countryAliases[folded];
  if (alias !== undefined && known.has(alias)) return alias;
  const byCode = countries.find((country) => country.id === folded);
  if (byCode) return byCode.id;
  const byLabel = countries.find((country) => foldCountry(country.label) === folded);
  if (byLabel) return byLabel.id;
  if (folded.length < 4) return undefined;
  const label = closest(
    folded,
    countries.map((country) => foldCountry(country.label)),
  );
  return countries.find((country) => foldCountry(country.label) === label)?.id;
}
