/**
 * A visitor's shortlist of creators, by id: kept in the browser between visits, shared as a URL
 * (?shortlist=a,b) and exported as CSV. Only ids that exist are ever kept.
 */
import { idPattern } from '#lib/patterns.ts';
import type { StoredValue } from '#lib/storage.ts';

export const storageKey = 'casebook:shortlist';
/** Most creators a shortlist holds. */
export const maxShortlist = 200;

/** Which ids exist: a set of them, or a test. */
export interface Known {
  has(id: string): boolean;
}

/** Before the index has loaded, any well-formed id may exist; the search then keeps the ones it knows. */
export const wellFormed: Known = { has: (id) => id.length <= 100 && idPattern.test(id) };

/** Ids from untrusted text (a URL parameter or stored JSON), known ones only, in order, once each. */
export function cleanShortlist(ids: readonly unknown[], known: Known): string[] {
  const kept: string[] = [];
  for (const id of ids) {
    if (typeof id === 'string' && known.has(id) && !kept.includes(id)) kept.push(id);
    if (kept.length === maxShortlist) break;
  }
  return kept;
}

/** Reads `?shortlist=a,b` (undefined when absent). */
export function shortlistFromParams(params: URLSearchParams, known: Known): string[] | undefined {
  const value = params.get('shortlist');
  return value === null
    ? undefined
    : cleanShortlist(value.split(',').slice(0, maxShortlist * 2), known);
}

/** The stored shortlist, from what storage gave back (see readJson), tolerating anything a browser may hold under the key. */
export function shortlistFromStorage(stored: StoredValue, known: Known): string[] {
  return Array.isArray(stored.value) ? cleanShortlist(stored.value, known) : [];
}

/** The share link for a shortlist, on the directory of the page's language (`/ar/creators/`). */
export function shortlistUrl(
  origin: string,
  ids: readonly string[],
  directory = '/creators/',
): string {
  const url = new URL(directory, origin);
  url.searchParams.set('shortlist', ids.join(','));
  return url.href;
}

/** One CSV cell: quoted, with formula-starting text neutralised for spreadsheets. */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** A CSV document (RFC 4180, CRLF line ends) from a header and rows. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** Saves `csv` as a file named `name` through the browser's download (the shortlist's and the compare page's). */
export function downloadCsv(csv: string, name: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  link.download = name;
  link.click();
  URL.revokeObjectURL(link.href);
}
