/**
 * The parts of a search view that need no React: which filters are chosen, what the live region
 * says, how a facet choice changes the view, and the address of a view. Both islands use them,
 * and the unit tests call them directly.
 */
import type { FacetSelection } from '#lib/search/facet-bits.ts';
import type { SearchState } from '#lib/search/url-state.ts';
import { fill } from '#lib/strings/format.ts';
import type { Strings } from '#lib/strings/types.ts';

/** What both islands say. */
export type CommonStrings = Strings['searchCommon'];

/** One chosen value, included or excluded. */
export interface Chosen<F extends string> {
  facet: F;
  id: string;
  not: boolean;
}

/** Every chosen value, included or excluded, facet by facet. */
export function chosenFilters<F extends string>(
  facets: readonly F[],
  selections: Record<F, FacetSelection>,
): Chosen<F>[] {
  return facets.flatMap((facet) => [
    ...selections[facet].values.map((id) => ({ facet, id, not: false })),
    ...selections[facet].exclude.map((id) => ({ facet, id, not: true })),
  ]);
}

/** The chosen filters as a reader reads them, excluded ones marked so. */
function filterLabels<F extends string>(
  text: CommonStrings,
  chosen: readonly Chosen<F>[],
  label: (facet: F, id: string) => string,
): string[] {
  return chosen.map(({ facet, id, not }) =>
    not ? fill(text.without, { label: label(facet, id) }) : label(facet, id),
  );
}

/** What the live region says: the count, the text searched and the filters in force. */
export function describeView<F extends string>(
  text: CommonStrings,
  locale: string,
  count: string,
  q: string,
  chosen: readonly Chosen<F>[],
  label: (facet: F, id: string) => string,
): string {
  const filters = filterLabels(text, chosen, label);
  const parts = [count];
  if (q) parts.push(fill(text.matching, { query: q }, locale));
  if (filters.length > 0)
    parts.push(fill(text.filteredBy, { filters: filters.join(text.listSeparator) }, locale));
  return parts.join(text.listSeparator);
}

/** How one facet choice changes a view. Including a value stops excluding it and the other way round; any choice goes back to the first page. */
export type Choice =
  { kind: 'toggle' | 'exclude'; id: string } | { kind: 'mode'; mode: FacetSelection['mode'] };

export function choose<F extends string, S extends string>(
  state: SearchState<F, S>,
  facet: F,
  choice: Choice,
): SearchState<F, S> {
  const selection = state.facets[facet];
  let next: FacetSelection = { ...selection };
  if (choice.kind === 'mode') next.mode = choice.mode;
  else {
    // The list the value is toggled in, and the other one, which it leaves.
    const [list, other] =
      choice.kind === 'toggle'
        ? (['values', 'exclude'] as const)
        : (['exclude', 'values'] as const);
    const without = (ids: string[]) => ids.filter((id) => id !== choice.id);
    next = selection[list].includes(choice.id)
      ? { ...next, [list]: without(selection[list]) }
      : { ...next, [list]: [...selection[list], choice.id], [other]: without(selection[other]) };
  }
  return { ...state, page: 1, facets: { ...state.facets, [facet]: next } };
}

/** The address of the current page with a view's query string. */
export function urlWith(path: string, params: URLSearchParams): string {
  const query = params.toString();
  return `${path}${query ? `?${query}` : ''}`;
}

/** The name a saved search is offered: its text in quotes and its filters, or else its sort. */
export function suggestName<F extends string>(
  text: CommonStrings,
  locale: string,
  q: string,
  chosen: readonly Chosen<F>[],
  label: (facet: F, id: string) => string,
  sortLabel: string,
): string {
  const parts = filterLabels(text, chosen, label);
  if (q) parts.unshift(`${text.quoteOpen}${q}${text.quoteClose}`);
  return (
    parts.join(text.listSeparator) || fill(text.savedSearches.sortedBy, { sort: sortLabel }, locale)
  );
}
