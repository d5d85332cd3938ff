/**
 * Partnership search on /stories/: typo-forgiving text over titles, brands, creators and
 * summaries, facets for objective, format, theme, industry, region and brand, sorting and
 * pages, all in the URL. The full list stays on the page for visitors without JavaScript; an
 * active search shows its results in its place.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { emptyState, isActive, parseState, serializeState } from '#lib/search/url-state.ts';
import { StorySearch as Engine, storyFacetNames, storyShape, storySorts, type StoryFacet, type StoryIndex, type StorySort, type StoryState } from '#lib/search/stories/engine.ts';
import { searchText as text } from '#lib/strings/search.ts';
import { storySearchText as words } from '#lib/strings/story-search.ts';
import FacetPanel from './FacetPanel.tsx';
import { chosenFilters, describeView, Marked, Results, urlWith, useFacetChoices, useSlashFocus } from './search-parts.tsx';

/** Stories per page. */
const pageSize = 12;

const year = (day: number) => new Date(day * 86_400_000).getUTCFullYear();

export default function StorySearch({ index }: { index: StoryIndex }) {
  const engine = useMemo(() => new Engine(index), [index]);
  const [state, setState] = useState<StoryState>(() => emptyState(storyShape));
  const [ready, setReady] = useState(false);
  const [filtersOpen, setFiltersOpen] = useState(true);
  const input = useRef<HTMLInputElement>(null);
  const head = useRef<HTMLParagraphElement>(null);
  const latest = useRef(state);
  useSlashFocus(input);

  useEffect(() => {
    const read = () => {
      const next = parseState(new URLSearchParams(window.location.search), index.vocab, storyShape);
      latest.current = next;
      setState(next);
    };
    read();
    setFiltersOpen(window.matchMedia('(min-width: 48rem)').matches);
    setReady(true);
    window.addEventListener('popstate', read);
    return () => window.removeEventListener('popstate', read);
  }, [index]);

  /** Applies a change and records it in the URL: typing replaces the entry, choices add one. */
  const update = useCallback((next: StoryState, mode: 'push' | 'replace') => {
    latest.current = next;
    setState(next);
    window.history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', urlWith(serializeState(next, storyShape)));
  }, []);
  const { setSelection, toggle, toggleExclude } = useFacetChoices(latest, update);

  const outcome = useMemo(() => engine.search(state, pageSize), [engine, state]);
  const label = useCallback((facet: StoryFacet, id: string) => index.labels[facet][index.vocab[facet].indexOf(id)] ?? id, [index]);
  const active = ready && isActive(state, storyShape);
  const chosen = chosenFilters(storyFacetNames, state.facets);

  const clearAll = () => {
    update({ ...emptyState(storyShape), sort: state.sort }, 'push');
    input.current?.focus();
  };
  const goToPage = (page: number) => {
    update({ ...state, page }, 'push');
    head.current?.focus();
    head.current?.scrollIntoView({ block: 'start' });
  };

  return (
    <section className="search" aria-labelledby="story-search-heading" data-search-active={active ? '' : undefined}>
      <h2 id="story-search-heading" className="visually-hidden">
        {words.heading}
      </h2>
      <div className="search-form" role="search">
        <label htmlFor="story-query">{words.label}</label>
        <div className="search-row">
          <input
            ref={input}
            id="story-query"
            type="search"
            value={state.q}
            placeholder={words.placeholder}
            disabled={!ready}
            autoComplete="off"
            spellCheck={false}
            maxLength={100}
            aria-describedby="story-query-hint"
            onChange={(event) => update({ ...state, q: event.target.value, page: 1 }, 'replace')}
          />
          <label className="sort">
            <span>{text.sort}</span>
            <select value={state.sort} disabled={!ready} onChange={(event) => update({ ...state, sort: event.target.value as StorySort }, 'push')}>
              {storySorts.map((sort) => (
                <option key={sort} value={sort}>
                  {words.sorts[sort]}
                </option>
              ))}
            </select>
          </label>
        </div>
        <p id="story-query-hint" className="hint">
          {text.hint}
        </p>
        {ready && (
          <details className="filters" open={filtersOpen} onToggle={(event) => setFiltersOpen(event.currentTarget.open)}>
            <summary>
              {text.filters}
              {chosen.length > 0 && ` (${text.selected(chosen.length)})`}
            </summary>
            <FacetPanel shown={storyFacetNames} legends={words.facets} multi={storyShape.multi} vocab={index.vocab} labels={index.labels} counts={outcome.counts} selections={state.facets} onToggle={toggle} onExclude={toggleExclude} onMode={setSelection} />
          </details>
        )}
      </div>

      <p className="visually-hidden" role="status" aria-live="polite">
        {active ? describeView(words.count(outcome.total), state.q, chosen, label) : ''}
      </p>

      {active && (
        <Results count={words.count(outcome.total)} total={outcome.total} page={outcome.page} pages={outcome.pages} pageSize={pageSize} none={words.none} onClear={clearAll} onPage={goToPage} head={head} query={state.q}>
          <ul className="result-list">
            {outcome.results.map((result) => {
              const [slug, title, summary, creators, , , , , , brand, published, illustrative] = result.row;
              const brandName = index.labels.brand[brand] ?? '';
              return (
                <li key={slug}>
                  <p className="result-head">
                    <a href={`/stories/${slug}/`} className="result-name">
                      <Marked value={title} field="title" matches={result.matches} />
                    </a>
                    <span className="result-meta">
                      {' '}
                      <Marked value={brandName} field="brand" matches={result.matches} />
                      {creators.length > 0 && (
                        <>
                          {` · ${words.with} `}
                          {creators.map((name, i) => (
                            <bdi key={name}>
                              {i > 0 && ', '}
                              <Marked value={name} field="creators" matches={result.matches} />
                            </bdi>
                          ))}
                        </>
                      )}
                      {` · ${year(published)} · ${illustrative ? words.illustrative : words.real}`}
                    </span>
                  </p>
                  <p className="result-summary">
                    <Marked value={summary} field="summary" matches={result.matches} />
                  </p>
                </li>
              );
            })}
          </ul>
        </Results>
      )}
    </section>
  );
}
