/**
 * The search engine's one bundle, used two ways. Imported into the page (for directories
 * small enough to search within a keystroke's frame) it only leaves `searchService` where the
 * page finds it. Run
 * as a worker (for larger ones) it loads the index and answers searches; requests that arrive
 * while a search runs replace each other, so after a burst of typing only the latest query is
 * searched.
 */
/// <reference lib="webworker" />
import { searchService } from '#lib/search/creators/service.ts';
import {
  inPageService,
  type FromWorker,
  type SearchRequest,
  type ToWorker,
} from '#lib/search/creators/protocol.ts';
import type { SearchIndex } from '#lib/search/creators/index-format.ts';

declare const self: DedicatedWorkerGlobalScope;

if ('WorkerGlobalScope' in globalThis) answerMessages();
else Object.assign(globalThis, { [inPageService]: searchService });

/** Serves the page that started this worker. */
function answerMessages(): void {
  let service: ReturnType<typeof searchService> | undefined;
  let pending: SearchRequest | undefined;
  let scheduled = false;

  const reply = (message: FromWorker) => self.postMessage(message);

  async function load(url: string, evidenceUrl: string): Promise<void> {
    try {
      const response = await fetch(url);
      if (!response.ok) throw new Error();
      const index = (await response.json()) as SearchIndex;
      service = searchService(index, evidenceUrl, reply);
      reply({ type: 'ready', facets: index.facets, vocab: index.vocab, labels: index.labels });
      schedule();
    } catch {
      // The page says the search could not load; every creator is still listed for it.
      reply({ type: 'failed' });
    }
  }

  /** A task queued behind messages already waiting, sooner than a timer. */
  const tick = new MessageChannel();
  tick.port1.onmessage = () => {
    scheduled = false;
    const request = pending;
    pending = undefined;
    if (request) service?.search(request);
    schedule();
  };

  function schedule(): void {
    if (scheduled || !pending || !service) return;
    scheduled = true;
    // Let queued messages land first, so a stale request is replaced before it is searched.
    tick.port2.postMessage(null);
  }

  self.addEventListener('message', (event: MessageEvent<ToWorker>) => {
    const message = event.data;
    if (message.type === 'load') void load(message.url, message.evidenceUrl);
    else {
      pending = message;
      schedule();
    }
  });
}
