/**
 * The visitor's shortlist: kept in the browser between visits (when storage allows it; else for
 * this visit only), plus a shortlist shared through the URL (?shortlist=a,b). Both hold ids;
 * ids the index does not know are dropped once rows arrive.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  shortlistFromParams,
  shortlistFromStorage,
  storageKey,
  wellFormed,
} from '#lib/search/creators/shortlist.ts';
import { browserStorage, readJson, writeJson } from '#lib/storage.ts';

export function useShortlist() {
  const [saved, setSaved] = useState<string[]>([]);
  const [shared, setShared] = useState<string[] | undefined>(undefined);
  const [loaded, setLoaded] = useState(false);
  /** The list as of the latest change, for handlers that run before the next render. */
  const now = useRef<string[]>([]);

  // The URL and the browser's storage exist only after hydration; the server renders an empty list.
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setShared(shortlistFromParams(new URLSearchParams(window.location.search), wellFormed));
    // Storage can be switched off; the shortlist then lasts for this visit only.
    const stored = shortlistFromStorage(readJson(browserStorage, storageKey), wellFormed);
    now.current = stored;
    setSaved(stored);
    setLoaded(true);
  }, []);

  /** Replaces the saved list, and keeps it for later visits when the browser allows it. */
  const save = useCallback((next: string[]) => {
    now.current = next;
    setSaved(next);
    // Private browsing or a full quota: keep it in memory only.
    writeJson(browserStorage, storageKey, next);
  }, []);

  /** Adds a creator, or removes one already saved. */
  const toggle = useCallback(
    (id: string) =>
      save(
        now.current.includes(id)
          ? now.current.filter((saved) => saved !== id)
          : [...now.current, id],
      ),
    [save],
  );

  return { saved, shared, loaded, save, toggle };
}
