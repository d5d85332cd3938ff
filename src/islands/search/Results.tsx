/**
 * The results area both islands show: the count (focusable, so paging can take the reader back
 * to the top), a way to clear everything, the list or an empty state that offers the same way
 * out, and the pager.
 */
import type { ReactNode, RefObject } from 'react';
import { fill } from '#lib/strings/format.ts';
import type { CommonStrings } from './view.ts';

interface PagerProps {
  text: CommonStrings;
  locale: string;
  page: number;
  pages: number;
  onPage: (page: number) => void;
}

/** Previous and next, with where the reader is. */
export function Pager({ text, locale, page, pages, onPage }: PagerProps) {
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label={text.pages}>
      <button type="button" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {text.previous}
      </button>
      <span>{fill(text.pageOf, { page, pages }, locale)}</span>
      <button type="button" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {text.next}
      </button>
    </nav>
  );
}

interface ResultsProps {
  text: CommonStrings;
  locale: string;
  /** The count as readers see it ("12 creators"). */
  count: string;
  total: number;
  page: number;
  pages: number;
  pageSize: number;
  /** What an empty result says. */
  none: string;
  onClear: () => void;
  onPage: (page: number) => void;
  head: RefObject<HTMLParagraphElement | null>;
  /** Set while newer results are on their way. */
  busy?: boolean;
  /** The text these results are for. */
  query: string;
  children: ReactNode;
}

export function Results({
  text,
  locale,
  count,
  total,
  page,
  pages,
  pageSize,
  none,
  onClear,
  onPage,
  head,
  busy,
  query,
  children,
}: ResultsProps) {
  return (
    <div className="results" aria-busy={busy} data-results-for={query}>
      <div className="results-head">
        <p className="total" ref={head} tabIndex={-1}>
          {count}
          {pages > 1 && (
            <span className="range">
              {' '}
              ·{' '}
              {fill(
                text.showing,
                { from: (page - 1) * pageSize + 1, to: Math.min(total, page * pageSize), total },
                locale,
              )}
            </span>
          )}
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
      <Pager text={text} locale={locale} page={page} pages={pages} onPage={onPage} />
    </div>
  );
}
