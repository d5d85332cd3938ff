/**
 * Partnership search on /stories/: typo-forgiving text over titles, brands, creators and
 * summaries, facets for objective, format, theme, industry, region and brand, sorting and
 * pages, all in the URL. The static list stays on the page for visitors without JavaScript; an
 * active search shows its results in its place. The index is loaded from `src` (in the page it
 * would grow with every story); once it is in, the engine answers synchronously, so typing
 * shows at once.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { dateOfDay } from '#lib/search/days.ts';
import { isActive, type SearchShape } from '#lib/search/url-state.ts';
import { StorySearch as Engine } from '#lib/search/stories/engine.ts';
import type { StoryFacet, StorySort } from '#lib/search/stories/facets.ts';
import { field, storyFacetReader, type StoryIndex } from '#lib/search/stories/index-format.ts';
import { plural } from '#lib/strings/format.ts';
import type { StorySearchStrings } from '#lib/strings/types.ts';
import FacetPanel from '../search/FacetPanel.tsx';
import { Marked } from '../search/Marked.tsx';
import { Results } from '../search/Results.tsx';
import SearchForm from '../search/SearchForm.tsx';
import { useSearchView } from '../search/useSearchView.ts';
import { useSlashFocus } from '../search/useSlashFocus.ts';
import { chosenFilters, describeView, type CommonStrings } from '../search/view.ts';

/** Stories per page. */
const pageSize = 12;

interface Props {
  /** The story search index, as the site publishes it. */
  src: string;
  /** The search's facets and sorts, from its declaration. */
  shape: SearchShape<StoryFacet, StorySort>;
  common: CommonStrings;
  strings: StorySearchStrings;
  locale: string;
  /** Where story pages live, for this locale ("/stories/"). */
  base: string;
}

export default function StorySearch({ src, shape, common, strings, locale, base }: Props) {
  const [index, setIndex] = useState<StoryIndex | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let stopped = false;
    fetch(src)
      .then((response) =>
        response.ok ? (response.json() as Promise<StoryIndex>) : Promise.reject(new Error()),
      )
      .then((loaded) => !stopped && setIndex(loaded))
      .catch(() => !stopped && setFailed(true));
    return () => {
      stopped = true;
    };
  }, [src]);
  const engine = useMemo(() => index && new Engine(index), [index]);
  const facetCodes = useMemo(() => index && storyFacetReader(index), [index]);
  const box = useRef<HTMLInputElement>(null);
  const head = useRef<HTMLParagraphElement>(null);
  const view = useSearchView(shape, { allowed: index?.vocab, showTyping: true });
  const { state, latest, update } = view;
  useSlashFocus(box);

  const outcome = useMemo(() => engine?.search(state, pageSize), [engine, state]);
  const label = useCallback(
    (facet: StoryFacet, id: string) => index?.labels[facet][index.vocab[facet].indexOf(id)] ?? id,
    [index],
  );
  const active = view.ready && isActive(state, shape);
  const chosen = chosenFilters(shape.facets, state.facets);
  const count = plural(strings.count, outcome?.total ?? 0, locale);
  const year = new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' });

  return (
    <section
      className="search"
      aria-labelledby="story-search-heading"
      data-search-active={active ? '' : undefined}
    >
      <h2 id="story-search-heading" className="visually-hidden">
        {strings.heading}
      </h2>
      <SearchForm
        text={common}
        locale={locale}
        id="story-query"
        label={strings.label}
        placeholder={strings.placeholder}
        value={state.q}
        box={box}
        onType={(q) => update({ ...latest.current, q, page: 1 }, 'replace')}
        sorts={shape.sorts}
        sortLabels={strings.sorts}
        sort={state.sort}
        onSort={(sort) => update({ ...latest.current, sort }, 'push')}
        ready={view.ready}
        status={failed ? strings.failed : strings.loading}
        chosen={chosen.length}
        filtersOpen={view.filtersOpen}
        onFiltersOpen={view.setFiltersOpen}
        filters={
          index &&
          outcome && (
            <FacetPanel
              text={common}
              locale={locale}
              shown={shape.facets}
              legends={strings.facets}
              multi={shape.multi}
              vocab={index.vocab}
              labels={index.labels}
              counts={outcome.counts}
              selections={state.facets}
              onChoice={view.choice}
            />
          )
        }
        saved={index && { path: base, shape, allowed: index.vocab, state, label }}
        announcement={active ? describeView(common, locale, count, state.q, chosen, label) : ''}
      />

      {active && index && outcome && facetCodes && (
        <Results
          text={common}
          locale={locale}
          count={count}
          total={outcome.total}
          page={outcome.page}
          pages={outcome.pages}
          pageSize={pageSize}
          none={strings.none}
          onClear={() => view.clearAll(box)}
          onPage={(page) => view.goToPage(page, head)}
          head={head}
          query={state.q}
        >
          <ul className="result-list">
            {outcome.results.map((result) => {
              const row = result.row;
              const brandName = index.labels.brand[facetCodes(row, 'brand')[0] ?? -1] ?? '';
              const creators = row[field.creators];
              return (
                <li key={row[field.slug]}>
                  <p className="result-head">
                    <a href={`${base}${row[field.slug]}/`} className="result-name">
                      <Marked value={row[field.title]} field="title" matches={result.matches} />
                    </a>
                    <span className="result-meta">
                      {' '}
                      <Marked value={brandName} field="brand" matches={result.matches} />
                      {creators.length > 0 && (
                        <>
                          {` · ${strings.with} `}
                          {creators.map((name, i) => (
                            <bdi key={name}>
                              {i > 0 && common.listSeparator}
                              <Marked value={name} field="creators" matches={result.matches} />
                            </bdi>
                          ))}
                        </>
                      )}
                      {` · ${year.format(dateOfDay(row[field.published]))} · ${row[field.illustrative] ? strings.illustrative : strings.real}`}
                    </span>
                  </p>
                  <p className="result-summary">
                    <Marked value={row[field.summary]} field="summary" matches={result.matches} />
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
