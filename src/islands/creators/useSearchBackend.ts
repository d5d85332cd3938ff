/**
 * Where the creator search runs: in the page for directories small enough to answer within a
 * keystroke's frame, in a worker beyond that, so typing never blocks. Both load the same bundle
 * (search.worker.ts): the page imports it, or starts it as a worker.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SearchIndex } from '#lib/search/creators/index-format.ts';
import {
  inPageLimit,
  inPageService,
  type FromWorker,
  type SearchRequest,
  type ToWorker,
} from '#lib/search/creators/protocol.ts';
import type { searchService } from '#lib/search/creators/service.ts';
import engineUrl from './search.worker.ts?worker&url';

export type Ready = Extract<FromWorker, { type: 'ready' }>;
export type Reply = Extract<FromWorker, { type: 'results' }>;

/** Loads the index where the search will run; `onReply` gets every reply for the latest request, in order. */
export function useSearchBackend(
  src: string,
  evidence: string,
  size: number,
  onReply: (reply: Reply, current: boolean) => void,
) {
  const [meta, setMeta] = useState<Ready | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  const send = useRef<((request: SearchRequest) => void) | undefined>(undefined);
  /** The id of the latest request sent. */
  const sent = useRef(0);
  const replyRef = useRef(onReply);
  useEffect(() => {
    replyRef.current = onReply;
  }, [onReply]);

  useEffect(() => {
    let stopped = false;
    // Replies come in the order of their requests (the service answers each, or only the latest when it waits for evidence).
    const receive = (message: FromWorker) => {
      if (stopped) return;
      if (message.type === 'ready') setMeta(message);
      else if (message.type === 'failed') setFailed(true);
      else replyRef.current(message, message.id === sent.current);
    };
    if (size <= inPageLimit) {
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
      Promise.all([engine, index])
        .then(([start, loaded]) => {
          if (stopped) return;
          if (!start) { receive({ type: 'failed' }); return; }
          const service = start(loaded, evidence, receive);
          send.current = (request) => service.search(request);
          receive({
            type: 'ready',
            facets: loaded.facets,
            vocab: loaded.vocab,
            labels: loaded.labels,
          });
        })
        .catch(() => receive({ type: 'failed' }));
      return () => {
        stopped = true;
      };
    }
    let worker: Worker;
    try {
      worker = new Worker(engineUrl, { type: 'module' });
    } catch {
      // A browser that refuses module workers gets the static list and a line that says so, at once.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setFailed(true);
      return;
    }
    send.current = (request) => worker.postMessage(request);
    worker.addEventListener('message', (event: MessageEvent<FromWorker>) => receive(event.data));
    worker.addEventListener('error', () => setFailed(true));
    worker.postMessage({ type: 'load', url: src, evidenceUrl: evidence } satisfies ToWorker);
    return () => {
      stopped = true;
      worker.terminate();
    };
  }, [src, evidence, size]);

  /** Sends a request; its reply replaces any older one. */
  const request = useCallback((request: Omit<SearchRequest, 'type' | 'id'>) => {
    sent.current += 1;
    send.current?.({ type: 'search', id: sent.current, ...request });
  }, []);

  return { meta, failed, request };
}
