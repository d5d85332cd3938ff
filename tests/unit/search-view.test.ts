/**
 * The parts of both search islands that need no React (src/islands/search/view.ts): how a facet
 * choice changes the view, what the live region says in each language, and the address.
 */
import { describe, expect, it } from 'vitest';
import type { FacetSelection } from '#lib/search/facet-bits.ts';
import type { SearchState } from '#lib/search/url-state.ts';
import { ar } from '#lib/strings/ar.ts';
import { en } from '#lib/strings/en.ts';
import { ja } from '#lib/strings/ja.ts';
import {
  choose as chooseIn,
  chosenFilters,
  describeView,
  suggestName,
  type Choice,
  urlWith,
} from '../../src/islands/search/view.ts';

type Facet = 'region' | 'niche';
const none = (): FacetSelection => ({ values: [], mode: 'any', exclude: [] });
const start: SearchState<Facet, 'relevance'> = {
  q: '',
  facets: { region: none(), niche: none() },
  sort: 'relevance',
  page: 4,
};
type State = typeof start;
const choose = (state: State, facet: Facet, choice: Choice): State =>
  chooseIn<Facet, 'relevance'>(state, facet, choice);

describe('choose', () => {
  it('includes a value, then takes it out again, going back to the first page', () => {
    const once = choose(start, 'niche', { kind: 'toggle', id: 'food' });
    expect(once.facets.niche.values).toEqual(['food']);
    expect(once.page).toBe(1);
    expect(choose(once, 'niche', { kind: 'toggle', id: 'food' }).facets.niche.values).toEqual([]);
    // The view it started from is left as it was.
    expect(start.facets.niche.values).toEqual([]);
  });

  it('excluding a value stops including it, and including stops excluding', () => {
    const included = choose(start, 'region', { kind: 'toggle', id: 'europe' });
    const excluded = choose(included, 'region', { kind: 'exclude', id: 'europe' });
    expect(excluded.facets.region).toEqual({ values: [], mode: 'any', exclude: ['europe'] });
    const back = choose(excluded, 'region', { kind: 'toggle', id: 'europe' });
    expect(back.facets.region).toEqual({ values: ['europe'], mode: 'any', exclude: [] });
  });

  it('changes the match mode and leaves other facets alone', () => {
    const all = choose(start, 'niche', { kind: 'mode', mode: 'all' });
    expect(all.facets.niche.mode).toBe('all');
    expect(all.facets.region).toBe(start.facets.region);
  });
});

describe('describeView', () => {
  const label = (facet: Facet, id: string) => `${facet}:${id}`;
  const state = choose(choose(start, 'region', { kind: 'toggle', id: 'europe' }), 'niche', {
    kind: 'exclude',
    id: 'gaming',
  });
  const chosen = chosenFilters<Facet>(['region', 'niche'], state.facets);

  it('lists included and excluded values, facet by facet', () => {
    expect(chosen).toEqual([
      { facet: 'region', id: 'europe', not: false },
      { facet: 'niche', id: 'gaming', not: true },
    ]);
  });

  it('says the count, the text and the filters, in English', () => {
    expect(describeView(en.searchCommon, 'en', '3 creators', 'ramen', chosen, label)).toBe(
      '3 creators, matching “ramen”, filtered by region:europe, not niche:gaming',
    );
    expect(describeView(en.searchCommon, 'en', '53 creators', '', [], label)).toBe('53 creators');
  });

  it('says it in Arabic with Arabic joining and wording', () => {
    const said = describeView(ar.searchCommon, 'ar', '٣', 'رامن', chosen, label);
    expect(said).toContain(ar.searchCommon.listSeparator);
    expect(said).toContain('رامن');
    expect(said).toContain(ar.searchCommon.without.replace(' {label}', '').replace('{label}', ''));
    expect(said).not.toContain('filtered by');
  });
});

describe('urlWith', () => {
  it('adds a query string only when there is one', () => {
    expect(urlWith('/creators/', new URLSearchParams())).toBe('/creators/');
    expect(urlWith('/ar/creators/', new URLSearchParams({ q: 'نور', page: '2' }))).toBe(
      '/ar/creators/?q=%D9%86%D9%88%D8%B1&page=2',
    );
  });
});

describe('suggestName', () => {
  const label = (facet: Facet, id: string) => `${facet}:${id}`;
  const chosen = chosenFilters<Facet>(
    ['region', 'niche'],
    choose(choose(start, 'region', { kind: 'toggle', id: 'europe' }), 'niche', {
      kind: 'exclude',
      id: 'gaming',
    }).facets,
  );

  it('offers the text in quotes and the filters, in the page’s language', () => {
    expect(suggestName(en.searchCommon, 'en', 'ramen', chosen, label, 'Name')).toBe(
      '“ramen”, region:europe, not niche:gaming',
    );
    expect(suggestName(ar.searchCommon, 'ar', 'رامن', chosen.slice(0, 1), label, 'الاسم')).toBe(
      '«رامن»، region:europe',
    );
  });

  it('names the sort when nothing else is asked for', () => {
    expect(suggestName(en.searchCommon, 'en', '', [], label, 'Name')).toBe('Sorted by Name');
    expect(suggestName(ja.searchCommon, 'ja', '', [], label, '名前順')).toBe('並べ替え：名前順');
  });
});
