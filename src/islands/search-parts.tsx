/**
 * Pieces both search islands (creators and stories) use: "/" to focus the search box, the list
 * of chosen filters, what the live region says, and the pager.
 */
import { useCallback, useEffect, type ReactNode, type RefObject } from 'react';
import type { FacetSelection } from '#lib/search/facet-bits.ts';
import type { SearchState } from '#lib/search/url-state.ts';
import { highlight } from '#lib/search/highlight.ts';
import { searchText as text } from '#lib/strings/search.ts';

/** A value with the characters the query matched marked, from Fuse's match indices; always rendered as text. */
export function Marked({ value, field, matches }: { value: string; field: string; matches: readonly { key?: string; value?: string; indices: readonly (readonly [number, number])[] }[] }): ReactNode {
  const match = matches.find((candidate) => candidate.key === field && candidate.value === value);
  return highlight(value, match?.indices ?? []).map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>));
}

/** "/" focuses the search box, unless the visitor is typing somewhere already. */
export function useSlashFocus(input: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.key !== '/' || event.metaKey || event.ctrlKey || event.altKey) return;
      if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return;
      event.preventDefault();
      input.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [input]);
}

/** Every chosen value, included or excluded, facet by facet. */
export function chosenFilters<F extends string>(facets: readonly F[], selections: Record<F, FacetSelection>): { facet: F; id: string; not: boolean }[] {
  return facets.flatMap((facet) => [...selections[facet].values.map((id) => ({ facet, id, not: false })), ...selections[facet].exclude.map((id) => ({ facet, id, not: true }))]);
}

/** What the live region says: the count, the text searched and the filters in force. */
export function describeView<F extends string>(count: string, q: string, chosen: readonly { facet: F; id: string; not: boolean }[], label: (facet: F, id: string) => string): string {
  const filters = chosen.map(({ facet, id, not }) => (not ? text.without(label(facet, id)) : label(facet, id)));
  return `${count}${q ? `, ${text.matching(q)}` : ''}${filters.length ? `, ${text.filteredBy(filters.join(', '))}` : ''}`;
}

/** The address of the current page with a view's query string. */
export function urlWith(params: URLSearchParams): string {
  const query = params.toString();
  return `${window.location.pathname}${query ? `?${query}` : ''}`;
}

/** Previous and next, with where the reader is. */
export function Pager({ page, pages, onPage }: { page: number; pages: number; onPage: (page: number) => void }) {
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label={text.pages}>
      <button type="button" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {text.previous}
      </button>
      <span>{text.pageOf(page, pages)}</span>
      <button type="button" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {text.next}
      </button>
    </nav>
  );
}

/**
 * The facet choices a visitor makes, applied to the latest state (a ref, so handlers stay the
 * same between renders): including a value stops excluding it and the other way round; any
 * choice goes back to the first page.
 */
export function useFacetChoices<F extends string, S extends string>(latest: RefObject<SearchState<F, S>>, update: (next: SearchState<F, S>, mode: 'push' | 'replace') => void) {
  const setSelection = useCallback((facet: F, change: Partial<FacetSelection>) => {
    const now = latest.current;
    update({ ...now, page: 1, facets: { ...now.facets, [facet]: { ...now.facets[facet], ...change } } }, 'push');
  }, [latest, update]);
  const toggle = useCallback((facet: F, id: string) => {
    const { values, exclude } = latest.current.facets[facet];
    setSelection(facet, values.includes(id) ? { values: values.filter((value) => value !== id) } : { values: [...values, id], exclude: exclude.filter((value) => value !== id) });
  }, [latest, setSelection]);
  const toggleExclude = useCallback((facet: F, id: string) => {
    const { values, exclude } = latest.current.facets[facet];
    setSelection(facet, exclude.includes(id) ? { exclude: exclude.filter((value) => value !== id) } : { exclude: [...exclude, id], values: values.filter((value) => value !== id) });
  }, [latest, setSelection]);
  return { setSelection, toggle, toggleExclude };
}

/**
 * The results area: the count (focusable, so paging can take the reader back to the top),
 * a way to clear everything, the list or an empty state that offers the same way out, and
 * the pager.
 */
export function Results({ count, total, page, pages, pageSize, none, onClear, onPage, head, busy, query, children }: { count: string; total: number; page: number; pages: number; pageSize: number; none: string; onClear: () => void; onPage: (page: number) => void; head: RefObject<HTMLParagraphElement | null>; busy?: boolean; query: string; children: ReactNode }) {
  return (
    <div className="results" aria-busy={busy} data-results-for={query}>
      <div className="results-head">
        <p className="total" ref={head} tabIndex={-1}>
          {count}
          {pages > 1 && <span className="range"> · {text.showing((page - 1) * pageSize + 1, Math.min(total, page * pageSize), total)}</span>}
        </p>
        {total > 0 && (
          <button type="button" className="clear" onClick={onClear}>
            {text.clear}
          </button>
        )}
      </div>
      {total === 0 ? (
        <div className="empty-state">
          <p>{none}</p>
          <button type="button" onClick={onClear}>
            {text.clear}
          </button>
        </div>
      ) : (
        children
      )}
      <Pager page={page} pages={pages} onPage={onPage} />
    </div>
  );
}
