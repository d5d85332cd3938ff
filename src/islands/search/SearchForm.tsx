/**
 * The form both search islands show: the labelled search box, the sort, the hint, a line while
 * the search loads (or says it could not), the filters in a folding panel, the live region
 * that tells screen-reader users what the results are, and the saved searches.
 */
import type { ChangeEvent, ReactNode, RefObject } from 'react';
import { fill, plural } from '#lib/strings/format.ts';
import SavedSearches, { type SavedSearchesProps } from './SavedSearches.tsx';
import type { CommonStrings } from './view.ts';

interface Props<S extends string, F extends string> {
  text: CommonStrings;
  locale: string;
  /** The box's id; its hint's id is derived from it. */
  id: string;
  label: string;
  placeholder: string;
  /** The box's text when the island controls it; leave out for a box the island fills itself. */
  value?: string;
  box: RefObject<HTMLInputElement | null>;
  onType: (q: string) => void;
  sorts: readonly S[];
  sortLabels: Record<S, string>;
  sort: S;
  onSort: (sort: S) => void;
  /** False until the view is read and the search can answer. */
  ready: boolean;
  /** Shown under the hint until ready. */
  status?: string | undefined;
  /** How many filters are chosen, for the panel's summary. */
  chosen: number;
  filtersOpen: boolean;
  onFiltersOpen: (open: boolean) => void;
  /** The facet panel, once there are counts to show. */
  filters?: ReactNode;
  /** What the live region says. */
  announcement: string;
  /** The view to save and the search it belongs to, once the facets' values are known. */
  saved?: Omit<SavedSearchesProps<F, S>, 'sortLabels' | 'text' | 'locale'> | undefined;
}

export default function SearchForm<S extends string, F extends string>({
  text,
  locale,
  id,
  label,
  placeholder,
  value,
  box,
  onType,
  sorts,
  sortLabels,
  sort,
  onSort,
  ready,
  status,
  chosen,
  filtersOpen,
  onFiltersOpen,
  filters,
  announcement,
  saved,
}: Props<S, F>) {
  const hint = `${id}-hint`;
  const controlled = value === undefined ? {} : { value };
  return (
    <>
      <div className="search-form" role="search">
        <label htmlFor={id}>{label}</label>
        <div className="search-row">
          <input
            ref={box}
            id={id}
            type="search"
            {...controlled}
            placeholder={placeholder}
            disabled={!ready}
            autoComplete="off"
            spellCheck={false}
            maxLength={100}
            aria-describedby={hint}
            onChange={(event: ChangeEvent<HTMLInputElement>) => onType(event.target.value)}
          />
          <label className="sort">
            <span>{text.sort}</span>
            <select
              value={sort}
              disabled={!ready}
              onChange={(event) =>
                onSort(sorts.find((option) => option === event.target.value) ?? sort)
              }
            >
              {sorts.map((option) => (
                <option key={option} value={option}>
                  {sortLabels[option]}
                </option>
              ))}
            </select>
          </label>
        </div>
        <p id={hint} className="hint">
          {text.hint}
        </p>
        {!ready && status && <p className="hint">{status}</p>}
        {ready && filters && (
          <details
            className="filters"
            open={filtersOpen}
            onToggle={(event) => onFiltersOpen(event.currentTarget.open)}
          >
            <summary>
              {chosen > 0
                ? fill(text.filtersChosen, {
                    filters: text.filters,
                    selected: plural(text.selected, chosen, locale),
                  })
                : text.filters}
            </summary>
            {filters}
          </details>
        )}
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {ready && saved && (
        <SavedSearches {...saved} sortLabels={sortLabels} text={text} locale={locale} />
      )}
    </>
  );
}
