/**
 * JSON kept in the browser's storage (localStorage), read and written without ever throwing.
 * Browsers can refuse storage altogether (turned off, some private modes: even reaching
 * `window.localStorage` throws), refuse a write when the site's quota is full, and hold anything
 * under a key (an older version, another script's data, text edited by hand). Callers get what
 * went wrong as a word they can explain to the visitor, and check the shape of what they read.
 */

/** Where the data lives: a function, since merely reaching `window.localStorage` can throw. */
export type StorageAccess = () => Pick<Storage, 'getItem' | 'setItem'>;

/** The browser's localStorage, reached only when called (in the browser, after hydration). */
export const browserStorage: StorageAccess = () => window.localStorage;

/** Why storage could not be used: refused or missing, full, or holding text that is not JSON. */
export type StorageProblem = 'unavailable' | 'full' | 'corrupt';

/** What a key holds (undefined when nothing is stored), or why it could not be read. */
export type StoredValue =
  | { value: unknown; problem?: undefined }
  | { value?: undefined; problem: 'unavailable' | 'corrupt' };

/** Reads the JSON stored under `key`. */
export function readJson(storage: StorageAccess, key: string): StoredValue {
  let text: string | null;
  try {
    text = storage().getItem(key);
  } catch {
    return { problem: 'unavailable' };
  }
  if (text === null) return { value: undefined };
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return { problem: 'corrupt' };
  }
}

/** Stores `value` as JSON under `key`; says why not when the browser refuses. */
export function writeJson(
  storage: StorageAccess,
  key: string,
  value: unknown,
): 'unavailable' | 'full' | undefined {
  try {
    storage().setItem(key, JSON.stringify(value));
    return undefined;
  } catch (error) {
    return isQuotaError(error) ? 'full' : 'unavailable';
  }
}

/** Whether a failed write means the quota is full (named so in Chromium and Safari, differently in old Firefox). */
function isQuotaError(error: unknown): boolean {
  const name = error instanceof Object && 'name' in error ? error.name : undefined;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}
