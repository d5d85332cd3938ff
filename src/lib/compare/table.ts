/**
 * The compare page's logic, apart from the page: which ids the address asks for (and what is
 * dropped, and why), the table of rows with the ones that differ marked, and its CSV. Runs in
 * the browser; plain functions, tested without one.
 */
import { isRecord } from '#lib/content/records.ts';
import { toCsv, wellFormed } from '#lib/search/creators/shortlist.ts';
import { fill, plural } from '#lib/strings/format.ts';
import type { Strings } from '#lib/strings/types.ts';
import { compareRows, type CompareItem, type CompareRecord, type CompareRow } from './record.ts';

/** Most creators compared at once (the strings say "six"). */
export const maxCompare = 6;
/** Fewest creators that make a comparison. */
export const minCompare = 2;
/** Entries of the address read at most; the rest are counted as left out. */
const maxEntries = 100;

export type CompareStrings = Strings['compare'];

/** What the address asks for: the ids to show, and what was left out. */
export interface Requested {
  /** Well-formed ids, in order, once each, at most `maxCompare`. */
  ids: string[];
  /** Entries that are not ids (empty ones aside). */
  malformed: number;
  /** Ids given more than once. */
  repeated: string[];
  /** Well-formed ids past the first `maxCompare`. */
  overflow: number;
}

/** Reads `?c=a,b,c`: ids as the shortlist keeps them; anything else is counted and dropped. */
export function requestedIds(params: URLSearchParams): Requested {
  const requested: Requested = { ids: [], malformed: 0, repeated: [], overflow: 0 };
  const seen = new Set<string>();
  const entries = params
    .getAll('c')
    .flatMap((value) => value.split(','))
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  requested.malformed += Math.max(0, entries.length - maxEntries);
  for (const entry of entries.slice(0, maxEntries)) {
    if (!wellFormed.has(entry)) requested.malformed += 1;
    else if (seen.has(entry)) {
      if (!requested.repeated.includes(entry)) requested.repeated.push(entry);
    } else {
      seen.add(entry);
      if (requested.ids.length < maxCompare) requested.ids.push(entry);
      else requested.overflow += 1;
    }
  }
  return requested;
}

/** Whether a value read from a compare.json file is a record of the creator asked for. */
export function isCompareRecord(value: unknown, id: string): value is CompareRecord {
  if (!isRecord(value)) return false;
  const { rows } = value;
  return (
    value.v === 1 &&
    value.id === id &&
    typeof value.name === 'string' &&
    isRecord(rows) &&
    compareRows.every((row) => Array.isArray(rows[row]))
  );
}

export interface TableRow {
  row: CompareRow;
  /** Whether the creators' values in this row are not all the same. */
  differs: boolean;
  /** One cell per creator, in column order. */
  cells: CompareItem[][];
}

/** The table: one column per creator, one row per field; a row differs when some creator's set of values is not the others'. */
export function compareTable(records: readonly CompareRecord[]): TableRow[] {
  return compareRows.map((row) => {
    const cells = records.map((record) => record.rows[row]);
    const keys = cells.map((items) =>
      items
        .map((item) => item.k)
        .sort()
        .join('\n'),
    );
    return { row, differs: keys.some((key) => key !== keys[0]), cells };
  });
}

/** What an empty cell says: a list with nothing in it is "None"; a fact not given is "Not stated". */
export function emptyText(row: CompareRow, text: CompareStrings): string {
  return row === 'communities' || row === 'mentions' || row === 'partnerships'
    ? text.none
    : text.notStated;
}

/** What the page says about what it left out, one sentence each. */
export function droppedMessages(
  requested: Requested,
  unknown: readonly string[],
  text: CompareStrings,
  listSeparator: string,
  locale: string,
): string[] {
  const { dropped } = text;
  const ids = (list: readonly string[]) => list.join(listSeparator);
  const messages: string[] = [];
  if (requested.malformed > 0)
    messages.push(plural(dropped.malformed, requested.malformed, locale));
  if (unknown.length > 0)
    messages.push(plural(dropped.unknown, unknown.length, locale, { ids: ids(unknown) }));
  if (requested.repeated.length > 0)
    messages.push(
      plural(dropped.repeated, requested.repeated.length, locale, {
        ids: ids(requested.repeated),
      }),
    );
  if (requested.overflow > 0) messages.push(plural(dropped.tooMany, requested.overflow, locale));
  return messages;
}

/** A cell as plain text, for the CSV: values joined by "; ", a mention with its day, a story after its brand. */
function cellText(items: readonly CompareItem[], colon: string): string {
  return items
    .map((item) =>
      item.date
        ? `${item.t} (${item.date})`
        : item.brand
          ? `${item.brand}${colon}${item.t}`
          : item.t,
    )
    .join('; ');
}

/**
 * The comparison as CSV: a row per field, a column per creator, then whether the row differs;
 * the last row links each profile. Cells that a spreadsheet would run as a formula are
 * neutralised (see toCsv).
 */
export function compareCsv(
  records: readonly CompareRecord[],
  text: CompareStrings,
  colon: string,
  origin: string,
): string {
  const header = [text.field, ...records.map((record) => record.name), text.differs];
  const rows = compareTable(records).map(({ row, differs, cells }) => [
    text.rows[row],
    ...cells.map((items) => cellText(items, colon)),
    differs ? text.csvYes : '',
  ]);
  rows.push([text.rows.profile, ...records.map((record) => new URL(record.href, origin).href), '']);
  return toCsv(header, rows);
}

/** The table's caption: how many creators, and who. */
export function caption(
  records: readonly CompareRecord[],
  text: CompareStrings,
  listSeparator: string,
  locale: string,
): string {
  return plural(text.caption, records.length, locale, {
    // Each name isolated, so names in other scripts keep their order in the list.
    names: records.map((record) => `\u2068${record.name}\u2069`).join(listSeparator),
  });
}

/** A mention's latest day as the page says it: "latest 17 January 2026". */
export function latestText(item: CompareItem, text: CompareStrings, locale: string): string {
  return item.when ? fill(text.latest, { date: item.when }, locale) : '';
}
