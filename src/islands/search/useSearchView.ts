/**
 * The one controller both search islands use for their view: reading it from the URL once the
 * vocabularies are known and again on back and forward, recording changes in the history with
 * one policy (a choice adds an entry and shows at once; typing replaces the entry once the
 * typist pauses), paging, clearing, and whether the filters are open.
 *
 * `request` runs on every change, in the event that causes it, before any render. An island that
 * renders only when results arrive (the creator search) calls `show` then; `showTyping` makes
 * typing show at once instead (the story search, which answers synchronously).
 */
import { carryQueryToLanguageLinks } from './languageLinks.ts';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { SearchShape } from '#lib/search/facets.ts';
import { emptyState, parseState, serializeState, type SearchState } from '#lib/search/url-state.ts';
import { choose, urlWith, type Choice } from './view.ts';

/** How long the typist pauses before the address follows the text. */
const typingDelay = 250;

export interface SearchViewOptions<F extends string, S extends string> {
  /** The values each facet accepts; the URL is read once these are known. */
  allowed: Record<F, readonly string[]> | undefined;
  /** Called with every new view, before it renders. */
  request?: (next: SearchState<F, S>) => void;
  /** Show typed text at once (controlled input) rather than when results arrive. */
  showTyping?: boolean;
  /** Called when the view changes other than by typing (the URL, back and forward, a cleared search): an uncontrolled box takes its text then. `fromUrl` says the view was read from the address. */
  onExternal?: (next: SearchState<F, S>, fromUrl: boolean) => void;
}

export function useSearchView<F extends string, S extends string>(
  shape: SearchShape<F, S>,
  { allowed, request, showTyping = false, onExternal }: SearchViewOptions<F, S>,
) {
  const [state, setState] = useState<SearchState<F, S>>(() => emptyState(shape));
  const [ready, setReady] = useState(false);
  // Filters start open on wide screens and folded on phones, where they would push results away.
  const [filtersOpen, setFiltersOpen] = useState(true);
  /** The latest view asked for: what handlers build on, ahead of the view shown. */
  const latest = useRef(state);
  const typing = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** The latest callbacks, for handlers and effects that outlive a render. */
  const calls = useRef({ request, onExternal });
  useEffect(() => {
    calls.current = { request, onExternal };
  });

  // Read the view from the URL once the vocabularies are known, and again on back and forward.
  useEffect(() => {
    if (!allowed) return;
    const read = () => {
      const next = parseState(new URLSearchParams(window.location.search), allowed, shape);
      latest.current = next;
      setState(next);
      calls.current.onExternal?.(next, true);
      calls.current.request?.(next);
    };
    read();
    carryQueryToLanguageLinks();
    // The URL and the screen's width exist only after hydration; the server renders the empty view.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setFiltersOpen(window.matchMedia('(min-width: 48rem)').matches);
    setReady(true);
    const back = () => {
      read();
      carryQueryToLanguageLinks();
    };
    window.addEventListener('popstate', back);
    return () => window.removeEventListener('popstate', back);
  }, [allowed, shape]);

  useEffect(() => () => clearTimeout(typing.current), []);

  /** Applies a change: a choice ('push') adds a history entry and shows at once; typing ('replace') replaces the entry once the typist pauses. */
  const update = useCallback(
    (next: SearchState<F, S>, mode: 'push' | 'replace') => {
      latest.current = next;
      calls.current.request?.(next);
      const url = () => urlWith(window.location.pathname, serializeState(next, shape));
      clearTimeout(typing.current);
      if (mode === 'push') {
        setState(next);
        calls.current.onExternal?.(next, false);
        window.history.pushState(null, '', url());
        carryQueryToLanguageLinks();
      } else {
        if (showTyping) setState(next);
        typing.current = setTimeout(() => {
          window.history.replaceState(null, '', url());
          carryQueryToLanguageLinks();
        }, typingDelay);
      }
    },
    [shape, showTyping],
  );

  /** A facet choice, applied to the latest view. */
  const choice = useCallback(
    (facet: F, change: Choice) => update(choose(latest.current, facet, change), 'push'),
    [update],
  );

  /** Shows another page of results and takes focus and view to the top of the results. */
  const goToPage = (page: number, head: RefObject<HTMLElement | null>) => {
    update({ ...latest.current, page }, 'push');
    head.current?.focus();
    head.current?.scrollIntoView({ block: 'start' });
  };

  /** Clears text and filters, keeping the sort; focus goes to `box`, since the button that had it may vanish. */
  const clearAll = (box: RefObject<HTMLInputElement | null>) => {
    update({ ...emptyState(shape), sort: latest.current.sort }, 'push');
    box.current?.focus();
  };

  return {
    state,
    show: setState,
    latest,
    ready,
    filtersOpen,
    setFiltersOpen,
    update,
    choice,
    goToPage,
    clearAll,
  };
}
