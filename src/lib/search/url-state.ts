/**
 * The state of a search (creators or stories), read from and written to the query string, so a
 * view can be shared, reloaded and navigated with back and forward. Reading is defensive: unknown, repeated,
 * overlong or malformed parameters are dropped, never echoed, and never used as links.
 *
 *   ?q=rolettes&region=europe&region=latin-america&language.mode=all&niche.not=gaming&sort=name&page=2
 *   ?like=aisha-and-the-dallah&region=europe   (a search whose shape says `like`: entries most like one)
 */
import type { FacetSelection } from './facet-bits.ts';
import type { SearchShape } from './facets.ts';
import { recordOf } from './record.ts';

export type { FacetSelection, SearchShape };

export interface SearchState<F extends string, S extends string> {
  q: string;
  facets: Record<F, FacetSelection>;
  sort: S;
  page: number;
  /** The id of the entry the view shows the entries most like (where the search's shape offers it). */
  like?: string;
}

/** What a `like` value may look like: an entry's id (a file name), never a path or markup. */
const likePattern = /^[a-z0-9][a-z0-9_-]{0,99}$/i;

/**
 * Whether the query asks for entries like one but names none that can be: a value that is no id
 * (markup, a path, overlong text). The view leaves it out and says so; an id the index does not
 * hold is for the search to tell.
 */
export function likeIgnored(params: URLSearchParams): boolean {
  const value = params.get('like');
  return value !== null && !likePattern.test(value);
}

/** The same view without its `like`. */
export function withoutLike<F extends string, S extends string>(
  state: SearchState<F, S>,
): SearchState<F, S> {
  const { q, facets, sort, page } = state;
  return { q, facets, sort, page };
}

/** Longest query text kept; longer text is cut, not rejected. */
export const maxQueryLength = 100;
/** Most values kept per facet parameter. */
const maxValues = 50;
const maxPage = 1000;

/** A view of everything: no text, nothing chosen, the default sort, the first page. */
export function emptyState<F extends string, S extends string>(
  shape: SearchShape<F, S>,
): SearchState<F, S> {
  return {
    q: '',
    facets: recordOf(shape.facets, (): FacetSelection => ({
      values: [],
      mode: 'any',
      exclude: [],
    })),
    sort: shape.sorts[0],
    page: 1,
  };
}

/** Keeps printable text only, at most `max` characters: control and bidirectional-override characters are removed. */
export function cleanText(value: string, max = maxQueryLength): string {
  // Control characters are what this removes.
  // eslint-disable-next-line no-control-regex
  const controls = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
  return value.replace(controls, ' ').replace(/\s+/g, ' ').trim().slice(0, max);
}

/**
 * Reads a state from query parameters. `allowed` lists the values each facet accepts (the
 * index's vocabularies); anything else is ignored.
 */
export function parseState<F extends string, S extends string>(
  params: URLSearchParams,
  allowed: Record<F, readonly string[]>,
  shape: SearchShape<F, S>,
): SearchState<F, S> {
  const state = emptyState(shape);
  const q = params.get('q');
  if (q !== null) state.q = cleanText(q);
  for (const facet of shape.facets) {
    const accepted = new Set(allowed[facet]);
    const pick = (name: string) =>
      [...new Set(params.getAll(name))].filter((value) => accepted.has(value)).slice(0, maxValues);
    state.facets[facet].values = pick(facet);
    state.facets[facet].exclude = pick(`${facet}.not`).filter(
      (value) => !state.facets[facet].values.includes(value),
    );
    if (shape.multi.includes(facet) && params.get(`${facet}.mode`) === 'all')
      state.facets[facet].mode = 'all';
  }
  const sort = params.get('sort');
  if (sort !== null && (shape.sorts as readonly string[]).includes(sort)) state.sort = sort as S;
  const page = params.get('page');
  if (page !== null && /^[1-9]\d{0,3}$/.test(page)) state.page = Math.min(Number(page), maxPage);
  const like = params.get('like');
  if (shape.like && like !== null && likePattern.test(like)) state.like = like;
  return state;
}

/** Writes a state as query parameters, leaving out everything at its default. */
export function serializeState<F extends string, S extends string>(
  state: SearchState<F, S>,
  shape: SearchShape<F, S>,
): URLSearchParams {
  const params = new URLSearchParams();
  if (shape.like && state.like) params.set('like', state.like);
  if (state.q) params.set('q', state.q);
  for (const facet of shape.facets) {
    const selection = state.facets[facet];
    selection.values.forEach((value) => params.append(facet, value));
    if (selection.mode === 'all' && selection.values.length > 1) params.set(`${facet}.mode`, 'all');
    selection.exclude.forEach((value) => params.append(`${facet}.not`, value));
  }
  if (state.sort !== shape.sorts[0]) params.set('sort', state.sort);
  if (state.page > 1) params.set('page', String(state.page));
  return params;
}

/** Whether a view asks for anything (text, a filter or a sort), so its results replace the full list. */
export function isActive<F extends string, S extends string>(
  state: SearchState<F, S>,
  shape: SearchShape<F, S>,
): boolean {
  return serializeState({ ...state, page: 1 }, shape).toString() !== '';
}
