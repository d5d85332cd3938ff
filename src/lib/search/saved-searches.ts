/**
 * Searches a visitor saves under a name of their own: the address of a search page (creators or
 * stories, in the locale it was saved in) and its query string, kept in the browser's storage
 * in one versioned record beside the shortlist. What is read back is never trusted: each entry
 * is checked, and one that fails is dropped while the others are kept; the address is only ever
 * one of the site's search pages, and its query is read again by the URL-state parser before it
 * becomes a link.
 *
 *   { "version": 1, "searches": [{ "id": "m3k2x1", "name": "Finance in Europe",
 *     "path": "/ar/creators/", "query": "q=finance&region=europe", "saved": 1767225600000 }] }
 */
import { readJson, writeJson, type StorageAccess } from '#lib/storage.ts';
import { defaultLocale, isLocale, localeOf, localeSettings } from '#lib/strings/locales.ts';
import { cleanText, parseState, serializeState, type SearchShape } from './url-state.ts';

export const savedSearchesKey = 'casebook:saved-searches';
/** The record's version; a record of another version is not read. */
export const savedSearchesVersion = 1;
/** Most searches kept for one search page (all its locales together). */
export const maxSaved = 50;
/** Longest name kept; longer names are cut. */
export const maxNameLength = 80;
/** Longest query string read back: far more than any view the parser accepts writes. */
const maxQueryText = 4000;

/** The searches that can be saved, by the path of their page. */
export const searchPages = ['creators', 'stories'] as const;
export type SearchPage = (typeof searchPages)[number];

export interface SavedSearch {
  /** Tells entries apart for renaming and deleting. */
  id: string;
  /** The visitor's name for it, as plain text. */
  name: string;
  /** The search page it was saved on: /creators/, /ar/stories/… */
  path: string;
  /** Its query string, without the "?". */
  query: string;
  /** When it was saved, in milliseconds since 1970. */
  saved: number;
}

/** What storage gave back: the entries that passed, newest first, and how many did not. */
export interface SavedRead {
  searches: SavedSearch[];
  /** Whether the record as a whole could not be read (not the shape this version writes). */
  damaged: boolean;
  /** Entries that failed their checks. */
  dropped: number;
  /** Entries beyond `maxSaved` for their page, oldest first out. */
  overflow: number;
}

/** Which search a path is the page of (/creators/, /ja/creators/), or undefined for any other text. */
export function searchOf(path: string): SearchPage | undefined {
  const parts = path.split('/');
  // A locale prefix other than the default's ("/ar/creators/"): the default locale has none.
  if (parts.length === 4 && parts[1] !== defaultLocale && isLocale(parts[1])) parts.splice(1, 1);
  const [start, page, end] = parts;
  return parts.length === 3 && start === '' && end === ''
    ? searchPages.find((name) => name === page)
    : undefined;
}

/** The direction of the page a search was saved on, which its name, typed there, is written in. */
export function directionOf(path: string): 'ltr' | 'rtl' {
  return localeSettings[localeOf(path.split('/')[1])].dir;
}

/** A name as kept: printable text only, no longer than `maxNameLength`. */
export function cleanName(value: string): string {
  return cleanText(value, maxNameLength);
}

const idPattern = /^[a-z0-9]{1,16}$/;

/** One stored entry, checked field by field; undefined when any field is wrong. */
function readEntry(value: unknown): SavedSearch | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { id, name, path, query, saved } = value as Record<string, unknown>;
  if (typeof id !== 'string' || !idPattern.test(id)) return undefined;
  if (typeof name !== 'string' || typeof path !== 'string' || typeof query !== 'string')
    return undefined;
  if (!searchOf(path) || query.length > maxQueryText) return undefined;
  if (typeof saved !== 'number' || !Number.isSafeInteger(saved) || saved < 0) return undefined;
  const clean = cleanName(name);
  return clean ? { id, name: clean, path, query, saved } : undefined;
}

const newestFirst = (a: SavedSearch, b: SavedSearch) => b.saved - a.saved;

/** Reads the stored record (undefined when nothing is stored), keeping every entry that passes its checks. */
export function readSaved(value: unknown): SavedRead {
  const read: SavedRead = { searches: [], damaged: false, dropped: 0, overflow: 0 };
  if (value === undefined) return read;
  const record =
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const list: unknown = record.searches;
  if (record.version !== savedSearchesVersion || !Array.isArray(list)) {
    read.damaged = true;
    return read;
  }
  const ids = new Set<string>();
  const kept: SavedSearch[] = [];
  for (const item of list as readonly unknown[]) {
    const entry = readEntry(item);
    if (!entry || ids.has(entry.id)) read.dropped++;
    else {
      ids.add(entry.id);
      kept.push(entry);
    }
  }
  const perPage = new Map<SearchPage | undefined, number>();
  for (const entry of kept.sort(newestFirst)) {
    const page = searchOf(entry.path);
    const count = (perPage.get(page) ?? 0) + 1;
    perPage.set(page, count);
    if (count > maxSaved) read.overflow++;
    else read.searches.push(entry);
  }
  return read;
}

/** What storage holds now, read and checked; `unavailable` when the browser refuses storage. */
export function loadSaved(storage: StorageAccess): SavedRead & { unavailable: boolean } {
  const stored = readJson(storage, savedSearchesKey);
  if (!stored.problem) return { ...readSaved(stored.value), unavailable: false };
  return {
    ...readSaved(undefined),
    damaged: stored.problem === 'corrupt',
    unavailable: stored.problem === 'unavailable',
  };
}

/** Why a change was not kept: the page's limit, a full quota, or storage refused. */
export type ChangeProblem = 'limit' | 'full' | 'unavailable';

/**
 * Applies `edit` to what storage holds at this moment (another tab may have saved meanwhile)
 * and stores the result, returning it; on a problem, storage is left as it was. Only this
 * record's key is written: the shortlist beside it is never touched.
 */
export function changeSaved(
  storage: StorageAccess,
  edit: (searches: readonly SavedSearch[]) => SavedSearch[] | 'limit',
): SavedSearch[] | ChangeProblem {
  const next = edit(loadSaved(storage).searches);
  if (next === 'limit') return next;
  return (
    writeJson(storage, savedSearchesKey, { version: savedSearchesVersion, searches: next }) ?? next
  );
}

/** The entries saved on the same search page as `path`, in any locale. */
export function searchesFor(searches: readonly SavedSearch[], path: string): SavedSearch[] {
  const page = searchOf(path);
  return searches.filter((entry) => searchOf(entry.path) === page);
}

/**
 * Adds a search, newest first; saving one already there (same page, same query) renames it and
 * brings it to the top. 'limit' when its page already has `maxSaved`.
 */
export function addSearch(
  searches: readonly SavedSearch[],
  entry: Pick<SavedSearch, 'name' | 'path' | 'query'>,
  now: number,
): SavedSearch[] | 'limit' {
  const same = searches.find((other) => other.path === entry.path && other.query === entry.query);
  const others = searches.filter((other) => other !== same);
  if (!same && searchesFor(others, entry.path).length >= maxSaved) return 'limit';
  let id = same?.id;
  for (let n = now; !id; n++) {
    const candidate = n.toString(36);
    if (!others.some((other) => other.id === candidate)) id = candidate;
  }
  return [{ ...entry, id, name: cleanName(entry.name), saved: now }, ...others];
}

/** Renames one entry. */
export function renameSearch(
  searches: readonly SavedSearch[],
  id: string,
  name: string,
): SavedSearch[] {
  return searches.map((entry) => (entry.id === id ? { ...entry, name: cleanName(name) } : entry));
}

/** Removes one entry. */
export function removeSearch(searches: readonly SavedSearch[], id: string): SavedSearch[] {
  return searches.filter((entry) => entry.id !== id);
}

/** Puts a removed entry back where its date places it. */
export function restoreSearch(searches: readonly SavedSearch[], entry: SavedSearch): SavedSearch[] {
  return [...removeSearch(searches, entry.id), entry].sort(newestFirst);
}

/**
 * The link of a saved search: its page, with its query read again by the URL-state parser
 * (values the search no longer has are left out), so only what the search understands is kept.
 */
export function savedHref<F extends string, S extends string>(
  entry: SavedSearch,
  allowed: Record<F, readonly string[]>,
  shape: SearchShape<F, S>,
): string {
  const query = serializeState(
    parseState(new URLSearchParams(entry.query), allowed, shape),
    shape,
  ).toString();
  return query ? `${entry.path}?${query}` : entry.path;
}
