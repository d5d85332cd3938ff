/**
 * Creator search: fuzzy text, facets with counts, sorting and pages, all kept in the URL, with a
 * shortlist and, when a brand is picked, the videos in which each creator mentions it. The
 * static list on the page serves visitors without JavaScript; once this island is active it
 * shows results in its place (the page hides the static list with CSS while a search is active).
 *
 * The box is uncontrolled and the island renders when results arrive, not on each keystroke,
 * so typing costs the main thread next to nothing; the search runs in the page or in a worker
 * (useSearchBackend).
 */
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CreatorFacet, CreatorSort } from '#lib/search/creators/facets.ts';
import { creatorFacetReader, field } from '#lib/search/creators/index-format.ts';
import type { CreatorState } from '#lib/search/creators/protocol.ts';
import { downloadCsv as saveCsv, shortlistUrl, toCsv } from '#lib/search/creators/shortlist.ts';
import { rowSpeaker, type ReasonStrings } from '#lib/search/creators/similar.ts';
import { isActive, likeIgnored, withoutLike, type SearchShape } from '#lib/search/url-state.ts';
import { fill, plural } from '#lib/strings/format.ts';
import type { SearchStrings } from '#lib/strings/types.ts';
import FacetPanel from '../search/FacetPanel.tsx';
import { Results } from '../search/Results.tsx';
import SearchForm from '../search/SearchForm.tsx';
import { useSearchView } from '../search/useSearchView.ts';
import { useSlashFocus } from '../search/useSlashFocus.ts';
import { chosenFilters, describeView, type CommonStrings } from '../search/view.ts';
import ResultList from './ResultList.tsx';
import Shortlist from './Shortlist.tsx';
import { useSearchBackend, type Reply } from './useSearchBackend.ts';
import { useShortlist } from './useShortlist.ts';

interface Props {
  /** The search index and the mention evidence, as the site publishes them. */
  src: string;
  evidence: string;
  /** How many creators the index holds, which decides where the search runs. */
  size: number;
  /** The search's facets and sorts, from its declaration. */
  shape: SearchShape<CreatorFacet, CreatorSort>;
  common: CommonStrings;
  strings: SearchStrings;
  /** The parts of a similar creator's reason (strings module: `similar`). */
  reasons: Omit<ReasonStrings, 'listSeparator'>;
  locale: string;
  /** Where profiles live, for this locale ("/creators/"). */
  base: string;
}

/** Results per page. */
const pageSize = 24;

/** The facets a shortlist's CSV has a column for, in the order of its header. */
const csvFacets = ['region', 'country', 'language', 'niche', 'audience'] as const;

export default function CreatorSearch({
  src,
  evidence,
  size,
  shape,
  common,
  strings,
  reasons,
  locale,
  base,
}: Props) {
  const box = useRef<HTMLInputElement>(null);
  const resultsHead = useRef<HTMLParagraphElement>(null);
  const likeHead = useRef<HTMLHeadingElement>(null);
  /** Set when a "More like this" was chosen, so its heading takes focus once it shows. */
  const focusLike = useRef(false);
  /** Set while the view shown left out a `like` the address asked for. */
  const [likeNotice, setLikeNotice] = useState(false);
  const [outcome, setOutcome] = useState<(Reply & { current: boolean }) | undefined>(undefined);
  const [counts, setCounts] = useState<Reply['counts'] | undefined>(undefined);
  const shortlist = useShortlist();
  const wanted = useRef<string[]>([]);
  /** Numbers the replies, so only the latest one's filter counts are drawn. */
  const replies = useRef(0);

  const view = useRef<{
    show: (state: CreatorState) => void;
    like: (id: string) => void;
    dropLike: () => void;
  }>({ show: () => undefined, like: () => undefined, dropLike: () => undefined });
  const onReply = useCallback((reply: Reply, current: boolean) => {
    setOutcome({ ...reply, current });
    if (current) {
      // The view being typed shows once its results are in.
      view.current.show(reply.state);
      // Creators like one the index does not hold: say so, and carry on without it.
      if (reply.likeUnknown) {
        setLikeNotice(true);
        view.current.dropLike();
      }
    }
    // Results paint first; the filter counts follow in a task after that frame, so the two never
    // share one long task, and only the latest reply's counts are ever drawn.
    const latest = ++replies.current;
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (latest === replies.current) startTransition(() => setCounts(reply.counts));
      }),
    );
  }, []);
  const backend = useSearchBackend(src, evidence, size, onReply);
  const { request: send } = backend;
  const request = useCallback(
    (state: CreatorState) => send({ state, pageSize, ids: wanted.current }),
    [send],
  );
  const searchView = useSearchView(shape, {
    allowed: backend.meta?.vocab,
    request,
    onExternal: (next, fromUrl) => {
      if (box.current && box.current.value !== next.q) box.current.value = next.q;
      setLikeNotice(fromUrl && likeIgnored(new URLSearchParams(window.location.search)));
    },
  });
  const { state, latest, update } = searchView;
  useEffect(() => {
    view.current.show = searchView.show;
    view.current.like = (id) => update({ ...latest.current, q: '', page: 1, like: id }, 'push');
    view.current.dropLike = () => update(withoutLike(latest.current), 'replace');
  }, [searchView.show, update, latest]);
  useSlashFocus(box);

  // The shortlists need rows too: ask again when they change.
  useEffect(() => {
    wanted.current = [...new Set([...shortlist.saved, ...(shortlist.shared ?? [])])];
    if (searchView.ready && shortlist.loaded) request(latest.current);
  }, [shortlist.saved, shortlist.shared, shortlist.loaded, searchView.ready, request, latest]);

  const labels = backend.meta?.labels;
  const vocab = backend.meta?.vocab;
  const facets = backend.meta?.facets;
  const facetCodes = useMemo(() => creatorFacetReader({ facets: facets ?? [] }), [facets]);
  const label = useCallback(
    (facet: CreatorFacet, id: string) =>
      (labels && vocab ? labels[facet][vocab[facet].indexOf(id)] : undefined) ?? id,
    [labels, vocab],
  );

  // Ids that turn out not to exist are dropped from the shortlists.
  const rows = useMemo(
    () => new Map((outcome?.rows ?? []).map((row) => [row[field.id], row])),
    [outcome],
  );
  const savedIds = shortlist.saved.filter((id) => rows.has(id));
  const sharedIds = shortlist.shared?.filter((id) => rows.has(id));

  const { toggle: toggleSaved } = shortlist;

  /** Downloads a shortlist as CSV, one creator a row. */
  const downloadCsv = (ids: readonly string[]) => {
    if (!labels) return;
    const lines = ids.flatMap((id) => {
      const row = rows.get(id);
      if (!row) return [];
      const list = (facet: CreatorFacet) =>
        facetCodes(row, facet)
          .map((code) => labels[facet][code] ?? '')
          .join('; ');
      return [
        [
          row[field.name],
          row[field.aliases].join('; '),
          row[field.handle],
          ...csvFacets.map(list),
          `${window.location.origin}${base}${id}/`,
        ],
      ];
    });
    saveCsv(toCsv(strings.csvHeader, lines), strings.csvFile);
  };

  /** Shows the creators most like one, in place of the text searched (the filters stay). */
  const showLike = useCallback((id: string) => {
    focusLike.current = true;
    view.current.like(id);
  }, []);
  const speaker = useMemo(
    () => labels && rowSpeaker(labels, locale, { ...reasons, listSeparator: common.listSeparator }),
    [labels, locale, reasons, common.listSeparator],
  );
  const liked =
    state.like !== undefined && outcome?.state.like === state.like ? outcome.liked : undefined;
  useEffect(() => {
    if (liked && focusLike.current) {
      focusLike.current = false;
      likeHead.current?.focus();
    }
  }, [liked]);
  const [likeBefore = '', likeAfter = ''] = strings.like.heading.split('{name}');

  const ready = searchView.ready;
  const active = ready && isActive(state, shape);
  const chosen = chosenFilters(shape.facets, state.facets);
  const total = outcome?.total ?? 0;
  const count = plural(strings.count, total, locale);

  return (
    <section
      className="search"
      aria-labelledby="search-heading"
      data-search-active={active ? '' : undefined}
      data-search-place={backend.place}
    >
      <h2 id="search-heading" className="visually-hidden">
        {strings.heading}
      </h2>
      <SearchForm
        text={common}
        locale={locale}
        id="creator-query"
        label={strings.label}
        placeholder={strings.placeholder}
        box={box}
        onType={(q) => update({ ...latest.current, q, page: 1 }, 'replace')}
        sorts={shape.sorts}
        sortLabels={strings.sorts}
        sort={state.sort}
        onSort={(sort) => update({ ...latest.current, sort }, 'push')}
        ready={ready}
        status={backend.failed ? strings.failed : strings.loading}
        chosen={chosen.length}
        filtersOpen={searchView.filtersOpen}
        onFiltersOpen={searchView.setFiltersOpen}
        filters={
          vocab &&
          labels &&
          counts && (
            <FacetPanel
              text={common}
              locale={locale}
              shown={shape.facets}
              legends={strings.facets}
              multi={shape.multi}
              vocab={vocab}
              labels={labels}
              counts={counts}
              selections={state.facets}
              onChoice={searchView.choice}
            />
          )
        }
        saved={vocab && { path: base, shape, allowed: vocab, state, label }}
        announcement={
          active && outcome
            ? [
                ...(liked ? [fill(strings.like.heading, { name: liked[field.name] }, locale)] : []),
                describeView(common, locale, count, state.q, chosen, label),
              ].join(common.listSeparator)
            : ''
        }
      />

      {likeNotice && <p className="like-notice">{strings.like.unknown}</p>}

      {ready && (savedIds.length > 0 || (sharedIds && sharedIds.length > 0)) && (
        <div className="shortlists">
          {sharedIds && sharedIds.length > 0 && (
            <Shortlist
              id="shared-heading"
              heading={fill(strings.sharedShortlist, { count: sharedIds.length }, locale)}
              ids={sharedIds}
              rows={rows}
              text={strings}
              base={base}
            >
              <button
                type="button"
                onClick={() => shortlist.save([...new Set([...savedIds, ...sharedIds])])}
              >
                {strings.keepShared}
              </button>
              <button type="button" onClick={() => downloadCsv(sharedIds)}>
                {strings.downloadCsv}
              </button>
            </Shortlist>
          )}
          {savedIds.length > 0 && (
            <Shortlist
              id="shortlist-heading"
              heading={fill(strings.shortlist, { count: savedIds.length }, locale)}
              ids={savedIds}
              rows={rows}
              text={strings}
              base={base}
              onRemove={toggleSaved}
            >
              <a href={shortlistUrl(window.location.origin, savedIds, base)}>{strings.shareLink}</a>
              <button type="button" onClick={() => downloadCsv(savedIds)}>
                {strings.downloadCsv}
              </button>
            </Shortlist>
          )}
        </div>
      )}

      {active && liked && (
        <div className="like-view">
          <h3 ref={likeHead} tabIndex={-1}>
            {likeBefore}
            <bdi>{liked[field.name]}</bdi>
            {likeAfter}
          </h3>
          <button
            type="button"
            onClick={() => update({ ...withoutLike(latest.current), page: 1 }, 'push')}
          >
            {strings.like.clear}
          </button>
        </div>
      )}

      {active && outcome && labels && speaker && (
        <Results
          text={common}
          locale={locale}
          count={count}
          total={total}
          page={outcome.page}
          pages={outcome.pages}
          pageSize={pageSize}
          none={strings.none}
          onClear={() => searchView.clearAll(box)}
          onPage={(page) => searchView.goToPage(page, resultsHead)}
          head={resultsHead}
          busy={!outcome.current}
          query={outcome.state.q}
        >
          <ResultList
            results={outcome.results}
            labels={labels}
            facetCodes={facetCodes}
            saved={shortlist.saved}
            showEvidence={state.facets.brand.values.length > 0}
            evidenceFailed={outcome.evidenceFailed}
            label={label}
            onSave={toggleSaved}
            onLike={showLike}
            speaker={speaker}
            text={strings}
            common={common}
            locale={locale}
            base={base}
          />
        </Results>
      )}
    </section>
  );
}
