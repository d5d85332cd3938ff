/**
 * Creator search: fuzzy text, facets with counts, sorting and pages, all kept in the URL. The
 * static list on the page serves visitors without JavaScript; once this island is active it
 * shows results in its place (the page hides the static list with CSS while a search is
 * active). Searches run in the page while the directory is small enough to answer within a
 * keystroke's frame, and in a worker beyond that, so typing never blocks.
 */
import { memo, startTransition, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import FacetPanel from './FacetPanel.tsx';
import { chosenFilters, describeView, Marked, Results, urlWith, useFacetChoices, useSlashFocus } from './search-parts.tsx';
import { facetNames, multiValued, type CreatorRow, type FacetName, type SearchIndex } from '#lib/search/creators/index-format.ts';
import { inPageLimit, inPageService, type FromWorker, type SearchRequest, type ShownResult, type ToWorker } from '#lib/search/creators/protocol.ts';
import { emptyState, isActive, parseState, serializeState, sorts, type SearchState, type Sort } from '#lib/search/url-state.ts';
import { shortlistFromParams, shortlistFromStorage, shortlistUrl, storageKey, toCsv, wellFormed } from '#lib/search/creators/shortlist.ts';
import { searchText as text } from '#lib/strings/search.ts';
import type { searchService } from '#lib/search/creators/service.ts';
import engineUrl from './search.worker.ts?worker&url';

interface Props {
  /** The search index and the mention evidence, as the site publishes them. */
  src: string;
  evidence: string;
  /** How many creators the index holds, which decides where the search runs. */
  size: number;
}

/** Results per page. */
const pageSize = 24;

type Ready = Extract<FromWorker, { type: 'ready' }>;
type Reply = Extract<FromWorker, { type: 'results' }>;

/** Facets shown as filters. */
const shownFacets: FacetName[] = ['brand', 'region', 'country', 'language', 'niche', 'community', 'audience', 'industry'];



/** A YYYY-MM-DD date as readers see it, in UTC. */
function formatDay(date: string): string {
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

/** A shortlist: its heading, the names linked to their profiles (each removable when `onRemove` is given), and its actions. */
function Shortlist({ id, heading, handles, rowByHandle, onRemove, children }: { id: string; heading: string; handles: readonly string[]; rowByHandle: ReadonlyMap<string, CreatorRow>; onRemove?: (handle: string) => void; children: ReactNode }) {
  return (
    <section className="shortlist" aria-labelledby={id}>
      <h3 id={id}>{heading}</h3>
      <ul className="shortlist-items">
        {handles.map((handle) => {
          const name = rowByHandle.get(handle)?.[1] ?? handle;
          return (
            <li key={handle}>
              <a href={`/creators/${handle}/`}>
                <bdi>{name}</bdi>
              </a>
              {onRemove && (
                <button type="button" className="remove" aria-label={text.remove(name)} onClick={() => onRemove(handle)}>
                  ×
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <p className="shortlist-actions">{children}</p>
    </section>
  );
}

interface ResultListProps {
  results: readonly ShownResult[];
  labels: Ready['labels'];
  saved: readonly string[];
  showEvidence: boolean;
  evidenceFailed: boolean;
  label: (facet: FacetName, id: string) => string;
  onSave: (handle: string) => void;
}

/** One page of results; renders again only when the results or the shortlist change, not on every keystroke. */
const ResultList = memo(function ResultList({ results, labels, saved, showEvidence, evidenceFailed, label, onSave }: ResultListProps) {
  return (
    <ul className="result-list">
      {results.map((result) => {
        const [handle, name, aliases, region, country, , niches] = result.row;
        const account = result.row[14];
        const place = country >= 0 ? labels.country[country] : region >= 0 ? labels.region[region] : '';
        return (
          <li key={handle}>
            <p className="result-head">
              <a href={`/creators/${handle}/`} className="result-name">
                <bdi>
                  <Marked value={name} field="name" matches={result.matches} />
                </bdi>
              </a>
              <span className="result-meta">
                {account && (
                  <>
                    {' '}
                    @<Marked value={account} field="handle" matches={result.matches} />
                  </>
                )}
                {aliases.length > 0 && (
                  <>
                    {account ? ' · ' : ' '}
                    {aliases.map((alias, i) => (
                      <bdi key={alias}>
                        {i > 0 && ', '}
                        <Marked value={alias} field="aliases" matches={result.matches} />
                      </bdi>
                    ))}
                  </>
                )}
                {place && ` · ${place}`}
                {niches.length > 0 && ` · ${niches.map((code) => labels.niche[code] ?? '').join(', ')}`}
              </span>
            </p>
            {showEvidence && (
              <ul className="evidence" aria-label={text.evidenceFor(name)}>
                {result.evidence.map((item) => (
                  <li key={`${item.brand}-${item.date}-${item.title}`}>
                    <span className="evidence-brand">{label('brand', item.brand)}:</span> “{item.title}” <time dateTime={item.date}>{formatDay(item.date)}</time>
                    {item.url ? (
                      <>
                        {' '}
                        <a href={item.url} rel="noopener noreferrer">
                          {text.watch}
                        </a>
                      </>
                    ) : (
                      <span className="evidence-note"> · {text.invented}</span>
                    )}
                  </li>
                ))}
                {evidenceFailed && <li>{text.evidenceFailed}</li>}
              </ul>
            )}
            <button type="button" className="save" aria-pressed={saved.includes(handle)} onClick={() => onSave(handle)}>
              {saved.includes(handle) ? text.saved : text.saveShort}
              <span className="visually-hidden"> {name}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
});

export default function CreatorSearch({ src, evidence, size }: Props) {
  const [meta, setMeta] = useState<Ready | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  const [outcome, setOutcome] = useState<Reply | undefined>(undefined);
  const [counts, setCounts] = useState<Reply['counts'] | undefined>(undefined);
  const [state, setState] = useState<SearchState>(emptyState);
  const [ready, setReady] = useState(false);
  // Filters start open on wide screens and folded on phones, where they would push results away.
  const [filtersOpen, setFiltersOpen] = useState(true);
  const input = useRef<HTMLInputElement>(null);
  const backend = useRef<((request: SearchRequest) => void) | undefined>(undefined);
  const sent = useRef(0);
  const resultsHead = useRef<HTMLParagraphElement>(null);
  const [shortlist, setShortlist] = useState<string[]>([]);
  const [shared, setShared] = useState<string[] | undefined>(undefined);
  const [copied, setCopied] = useState(false);

  // The index loads into the page, or into a worker when it is large; replies older than the one shown are dropped.
  useEffect(() => {
    let stopped = false;
    const receive = (message: FromWorker) => {
      if (stopped) return;
      if (message.type === 'ready') setMeta(message);
      else if (message.type === 'failed') setFailed(true);
      else {
        setOutcome((shown) => (shown && shown.id > message.id ? shown : message));
        // The view being typed shows once its results are in.
        if (message.id === sent.current) setState(message.state);
        // Results paint first; the filter counts follow in a render that typing can interrupt.
        startTransition(() => setCounts(message.counts));
      }
    };
    if (size <= inPageLimit) {
      // Small enough to search within the keystroke's own frame. The engine's bundle is the
      // worker's own, imported into the page (the bundler leaves this import alone).
      Promise.all([import(/* @vite-ignore */ engineUrl).then(() => (globalThis as unknown as Record<symbol, typeof searchService>)[inPageService]), fetch(src).then((response) => (response.ok ? (response.json() as Promise<SearchIndex>) : Promise.reject(new Error(String(response.status)))))])
        .then(([start, index]) => {
          if (stopped) return;
          if (!start) throw new Error('The search engine did not load.');
          const service = start(index, evidence, receive);
          backend.current = (message) => service.search(message);
          receive({ type: 'ready', vocab: index.vocab, labels: index.labels });
        })
        .catch(() => receive({ type: 'failed', reason: 'The search index could not be loaded.' }));
      return () => {
        stopped = true;
      };
    }
    let worker: Worker;
    try {
      worker = new Worker(engineUrl, { type: 'module' });
    } catch {
      setFailed(true);
      return;
    }
    backend.current = (message) => worker.postMessage(message);
    worker.addEventListener('message', (event: MessageEvent<FromWorker>) => receive(event.data));
    worker.addEventListener('error', () => setFailed(true));
    worker.postMessage({ type: 'load', url: src, evidenceUrl: evidence } satisfies ToWorker);
    return () => {
      stopped = true;
      worker.terminate();
    };
  }, [src, evidence, size]);

  const labels = meta?.labels;
  const vocab = meta?.vocab;
  const label = useCallback((facet: FacetName, id: string) => (labels && vocab ? labels[facet][vocab[facet].indexOf(id)] : undefined) ?? id, [labels, vocab]);

  // The state as of the latest change, for handlers that must not wait for a render.
  const latest = useRef(state);
  const handles = useRef<string[]>([]);
  handles.current = [...new Set([...shortlist, ...(shared ?? [])])];
  /** Asks for a view; called from the event that changes it, not after the next paint. */
  const request = useCallback((next: SearchState) => {
    latest.current = next;
    sent.current += 1;
    backend.current?.({ type: 'search', id: sent.current, state: next, pageSize, handles: handles.current });
  }, []);
  // Read the view from the URL once the index is known, and again on back and forward.
  useEffect(() => {
    if (!vocab) return;
    const read = () => {
      const next = parseState(new URLSearchParams(window.location.search), vocab);
      latest.current = next;
      setState(next);
      if (input.current) input.current.value = next.q;
      if (backend.current && sent.current > 0) request(next);
    };
    read();
    setShared(shortlistFromParams(new URLSearchParams(window.location.search), wellFormed));
    try {
      setShortlist(shortlistFromStorage(window.localStorage.getItem(storageKey), wellFormed));
    } catch {
      // Storage can be switched off; the shortlist then lasts for this visit only.
    }
    setFiltersOpen(window.matchMedia('(min-width: 48rem)').matches);
    setReady(true);
    window.addEventListener('popstate', read);
    return () => window.removeEventListener('popstate', read);
  }, [vocab, request]);

  // Shortlist changes (and the first view) need rows and results too.
  useEffect(() => {
    if (ready) request(latest.current);
  }, [ready, shortlist, shared, request]);

  // Handles that turn out not to exist are dropped from the shortlists.
  const rowByHandle = useMemo(() => new Map((outcome?.rows ?? []).map((row) => [row[0], row])), [outcome]);
  const savedHandles = shortlist.filter((handle) => rowByHandle.has(handle));
  const sharedHandles = shared?.filter((handle) => rowByHandle.has(handle));

  /** Saves the shortlist for later visits, when the browser allows it. */
  const saveShortlist = useCallback((next: string[]) => {
    savedNow.current = next;
    setShortlist(next);
    setCopied(false);
    try {
      window.localStorage.setItem(storageKey, JSON.stringify(next));
    } catch {
      // Private browsing or a full quota: keep it in memory only.
    }
  }, []);
  const savedNow = useRef(shortlist);
  savedNow.current = shortlist;
  const toggleSaved = useCallback((handle: string) => {
    const now = savedNow.current;
    saveShortlist(now.includes(handle) ? now.filter((saved) => saved !== handle) : [...now, handle]);
  }, [saveShortlist]);

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(shortlistUrl(window.location.origin, savedHandles));
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  /** Downloads the shortlist as CSV, one creator a row. */
  const downloadCsv = (handles: readonly string[]) => {
    if (!labels) return;
    const rows = handles.flatMap((handle) => {
      const row = rowByHandle.get(handle);
      if (!row) return [];
      const [, name, aliases, region, country, languages, niches, , audience] = row;
      const list = (facet: FacetName, codes: number[]) => codes.map((code) => labels[facet][code] ?? '').join('; ');
      return [[name, aliases.join('; '), row[14], labels.region[region] ?? '', labels.country[country] ?? '', list('language', languages), list('niche', niches), labels.audience[audience] ?? '', new URL(`/creators/${handle}/`, window.location.origin).href]];
    });
    const blob = new Blob([toCsv(text.csvHeader, rows)], { type: 'text/csv;charset=utf-8' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = 'casebook-shortlist.csv';
    link.click();
    URL.revokeObjectURL(link.href);
  };

  useSlashFocus(input);

  const typing = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /**
   * Applies a change and records it in the URL: choices add a history entry and show at once;
   * typing replaces the entry once the typist pauses, and the page renders when the results
   * arrive, so a keystroke costs the main thread next to nothing.
   */
  const update = useCallback((next: SearchState, mode: 'push' | 'replace') => {
    request(next);
    const url = () => urlWith(serializeState(next));
    clearTimeout(typing.current);
    if (mode === 'push') {
      setState(next);
      if (input.current && input.current.value !== next.q) input.current.value = next.q;
      window.history.pushState(null, '', url());
    } else typing.current = setTimeout(() => window.history.replaceState(null, '', url()), 250);
  }, [request]);

  const pickedBrands = state.facets.brand.values;
  const active = ready && isActive(state);

  const { setSelection, toggle, toggleExclude } = useFacetChoices(latest, update);

  /** Shows another page of results and takes focus and view to its top. */
  const goToPage = (page: number) => {
    update({ ...latest.current, page }, 'push');
    resultsHead.current?.focus();
    resultsHead.current?.scrollIntoView({ block: 'start' });
  };

  /** Clears text and filters; focus goes to the search box, since the button that had it may vanish. */
  const clearAll = () => {
    update({ ...emptyState(), sort: latest.current.sort }, 'push');
    input.current?.focus();
  };

  const chosen = chosenFilters(facetNames, state.facets);
  const total = outcome?.total ?? 0;
  const current = outcome !== undefined && outcome.id === sent.current;
  const announcement = active && outcome ? describeView(text.count(total), state.q, chosen, label) : '';

  return (
    <section className="search" aria-labelledby="search-heading" data-search-active={active ? '' : undefined}>
      <h2 id="search-heading" className="visually-hidden">
        {text.heading}
      </h2>
      <div className="search-form" role="search">
        <label htmlFor="creator-query">{text.label}</label>
        <div className="search-row">
          <input
            ref={input}
            id="creator-query"
            type="search"
            defaultValue=""
            placeholder={text.placeholder}
            disabled={!ready}
            autoComplete="off"
            spellCheck={false}
            maxLength={100}
            aria-describedby="creator-query-hint"
            onChange={(event) => update({ ...latest.current, q: event.target.value, page: 1 }, 'replace')}
          />
          <label className="sort">
            <span>{text.sort}</span>
            <select value={state.sort} disabled={!ready} onChange={(event) => update({ ...latest.current, sort: event.target.value as Sort }, 'push')}>
              {sorts.map((sort) => (
                <option key={sort} value={sort}>
                  {text.sorts[sort]}
                </option>
              ))}
            </select>
          </label>
        </div>
        <p id="creator-query-hint" className="hint">
          {text.hint}
        </p>
        {!ready && <p className="hint">{failed ? text.failed : text.loading}</p>}
        {ready && vocab && labels && counts && (
          <details className="filters" open={filtersOpen} onToggle={(event) => setFiltersOpen(event.currentTarget.open)}>
            <summary>
              {text.filters}
              {chosen.length > 0 && ` (${text.selected(chosen.length)})`}
            </summary>
            <FacetPanel shown={shownFacets} legends={text.facets} multi={multiValued} vocab={vocab} labels={labels} counts={counts} selections={state.facets} onToggle={toggle} onExclude={toggleExclude} onMode={setSelection} />
          </details>
        )}
      </div>

      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>

      {ready && (savedHandles.length > 0 || (sharedHandles && sharedHandles.length > 0)) && (
        <div className="shortlists">
          {sharedHandles && sharedHandles.length > 0 && (
            <Shortlist id="shared-heading" heading={text.sharedShortlist(sharedHandles.length)} handles={sharedHandles} rowByHandle={rowByHandle}>
              <button type="button" onClick={() => saveShortlist([...new Set([...savedHandles, ...sharedHandles])])}>
                {text.keepShared}
              </button>
              <button type="button" onClick={() => downloadCsv(sharedHandles)}>
                {text.downloadCsv}
              </button>
            </Shortlist>
          )}
          {savedHandles.length > 0 && (
            <Shortlist id="shortlist-heading" heading={text.shortlist(savedHandles.length)} handles={savedHandles} rowByHandle={rowByHandle} onRemove={toggleSaved}>
              <button type="button" onClick={() => void copyLink()}>
                {copied ? text.copied : text.copyLink}
              </button>
              <a href={shortlistUrl(window.location.origin, savedHandles)}>{text.shareLink}</a>
              <button type="button" onClick={() => downloadCsv(savedHandles)}>
                {text.downloadCsv}
              </button>
            </Shortlist>
          )}
        </div>
      )}

      {active && outcome && labels && vocab && (
        <Results count={text.count(total)} total={total} page={outcome.page} pages={outcome.pages} pageSize={pageSize} none={text.none} onClear={clearAll} onPage={goToPage} head={resultsHead} busy={!current} query={outcome.state.q}>
          <ResultList results={outcome.results} labels={labels} saved={shortlist} showEvidence={pickedBrands.length > 0} evidenceFailed={outcome.evidenceFailed} label={label} onSave={toggleSaved} />
        </Results>
      )}
    </section>
  );
}
