/**
 * The searches saved in this browser, for both search islands: read once the page is live, and
 * changed through `change` (see changeSaved). When the browser refuses storage altogether, the
 * list lasts for this visit only; a change the browser refuses changes nothing and says why.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  changeSaved,
  loadSaved,
  type ChangeProblem,
  type SavedRead,
  type SavedSearch,
} from '#lib/search/saved-searches.ts';
import { browserStorage } from '#lib/storage.ts';

export type Edit = (searches: readonly SavedSearch[]) => SavedSearch[] | 'limit';

export function useSavedSearches() {
  const [searches, setSearches] = useState<readonly SavedSearch[]>([]);
  /** What reading found wrong, for the visitor to be told; undefined until read. */
  const [read, setRead] = useState<Omit<SavedRead, 'searches'> & { unavailable: boolean }>();
  /** The list itself when storage is refused, so it lasts for the visit. */
  const memory = useRef<readonly SavedSearch[] | undefined>(undefined);

  // Storage exists only after hydration; the server renders no saved searches.
  useEffect(() => {
    const { searches: found, ...problems } = loadSaved(browserStorage);
    if (problems.unavailable) memory.current = found;
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setSearches(found);
    setRead(problems);
  }, []);

  /** Applies `edit` and keeps the result; on a problem nothing changes and the problem is returned. */
  const change = useCallback((edit: Edit): ChangeProblem | undefined => {
    const next = memory.current ? edit(memory.current) : changeSaved(browserStorage, edit);
    if (typeof next === 'string') return next;
    if (memory.current) memory.current = next;
    setSearches(next);
    return undefined;
  }, []);

  return { searches, read, change };
}
