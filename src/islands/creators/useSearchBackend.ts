/**
 * Where the creator search runs, decided by time on the visitor's device (placement.ts): in the
 * page while its searches fit in a frame, in a worker from the first one that does not, or from
 * the start when this device's remembered cost (or, before it has one, a phone's) says a search
 * of this size would not fit. Both load the same bundle (search.worker.ts): the page imports
 * it, or starts it as a worker. In the page a request runs in a task of its own, and only the
 * latest, so a keystroke returns at once; a reply older than one already shown is dropped.
 * `place` says where searches are answered now, which the island marks on its section
 * (`data-search-place`) for the search benchmark.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SearchIndex } from '#lib/search/creators/index-format.ts';
import { latestOnly, newestFirst, Placement, type Place } from '#lib/search/creators/placement.ts';
import {
  inPageService,
  type FromWorker,
  type SearchRequest,
  type ToWorker,
} from '#lib/search/creators/protocol.ts';
import type { searchService } from '#lib/search/creators/service.ts';
import { browserStorage, readJson, writeJson } from '#lib/storage.ts';
import engineUrl from './search.worker.ts?worker&url';

export type Ready = Extract<FromWorker, { type: 'ready' }>;
export type Reply = Extract<FromWorker, { type: 'results' }>;

/** Where this device's cost per creator is remembered between visits. */
const costKey = 'casebook.searchCost';

function rememberedCost(): number | undefined {
  const cost = Number(readJson(browserStorage, costKey).value);
  // Anything else stored is ignored; a huge cost only starts the search in the worker, which measures again.
  return cost > 0 ? cost : undefined;
}

/** Loads the index where the search will run; `onReply` gets every reply for the latest request, in order. */
export function useSearchBackend(
  src: string,
  evidence: string,
  size: number,
  onReply: (reply: Reply, current: boolean) => void,
) {
  const [meta, setMeta] = useState<Ready | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  /** Where searches are answered now: the page, or the worker once it has taken over. */
  const [place, setPlace] = useState<Place | undefined>(undefined);
  const send = useRef<((request: SearchRequest) => void) | undefined>(undefined);
  /** The id of the latest request sent, and its view. */
  const sent = useRef(0);
  const sentState = useRef<SearchRequest['state'] | undefined>(undefined);
  const replyRef = useRef(onReply);
  useEffect(() => {
    replyRef.current = onReply;
  }, [onReply]);

  useEffect(() => {
    let stopped = false;
    let worker: Worker | undefined;
    let inPage = false;
    const placement = new Placement(size, rememberedCost());
    const fresh = newestFirst();
    /** The cost last written to storage. */
    let stored: number | undefined;

    const receive = (message: FromWorker, where: Place) => {
      if (stopped) return;
      // The search is ready once, wherever it first loads; a worker taking over later changes nothing on screen.
      if (message.type === 'ready') {
        setMeta((known) => known ?? message);
        setPlace(where);
      } else if (message.type === 'failed') {
        if (!inPage) setFailed(true);
      } else if (fresh(message.id)) {
        const move = placement.record(message.took, where);
        // Stored only when it changes, not on every reply; without storage, the next visit measures again.
        const cost = placement.costPerCreator;
        if (cost !== stored) writeJson(browserStorage, costKey, (stored = cost));
        const current = message.id === sent.current;
        // A worker's reply holds a copy of the view; the latest one's own object keeps what did not
        // change (the facet selections) the same object, so parts that depend only on it do not render again.
        const state = current ? (sentState.current ?? message.state) : message.state;
        replyRef.current({ ...message, state }, current);
        if (move) startWorker();
      }
    };

    function startWorker() {
      try {
        worker = new Worker(engineUrl, { type: 'module' });
      } catch {
        // A browser that refuses module workers keeps the search in the page, or gets the static list and a line that says so.
        if (!inPage) setFailed(true);
        return;
      }
      const started = worker;
      started.addEventListener('message', (event: MessageEvent<FromWorker>) => {
        // Requests go to the worker once it has the index; until then the page answers them.
        if (event.data.type === 'ready') send.current = (request) => started.postMessage(request);
        receive(event.data, 'worker');
      });
      started.addEventListener('error', () => receive({ type: 'failed' }, 'worker'));
      started.postMessage({ type: 'load', url: src, evidenceUrl: evidence } satisfies ToWorker);
    }

    if (placement.place === 'worker') startWorker();
    else {
      inPage = true;
      // The engine's bundle is the worker's own, imported into the page (the bundler leaves this import alone).
      const engine = import(/* @vite-ignore */ engineUrl).then(
        () =>
          (globalThis as unknown as Record<symbol, typeof searchService | undefined>)[
            inPageService
          ],
      );
      const index = fetch(src).then((response) =>
        response.ok ? (response.json() as Promise<SearchIndex>) : Promise.reject(new Error()),
      );
      const tick = new MessageChannel();
      Promise.all([engine, index])
        .then(([start, loaded]) => {
          if (stopped) return;
          if (!start) throw new Error();
          const service = start(loaded, evidence, (message) => receive(message, 'page'));
          // A task queued behind the events already waiting (sooner than a timer), for the latest request only.
          send.current = latestOnly(
            (request: SearchRequest) => service.search(request),
            (task) => {
              tick.port1.onmessage = task;
              tick.port2.postMessage(null);
            },
          );
          const { facets, vocab, labels } = loaded;
          receive({ type: 'ready', facets, vocab, labels }, 'page');
        })
        .catch(() => {
          inPage = false;
          receive({ type: 'failed' }, 'page');
        });
    }
    return () => {
      stopped = true;
      worker?.terminate();
    };
  }, [src, evidence, size]);

  /** Sends a request; its reply replaces any older one. */
  const request = useCallback((request: Omit<SearchRequest, 'type' | 'id'>) => {
    sent.current += 1;
    sentState.current = request.state;
    send.current?.({ type: 'search', id: sent.current, ...request });
  }, []);

  return { meta, failed, place, request };
}
