/**
 * The search worker: loads the index, builds the engine and answers searches. Requests that
 * arrive while a search runs replace each other, so after a burst of typing only the latest
 * query is searched.
 */
/// <reference lib="webworker" />
import { CreatorSearch } from '../lib/search.ts';
import type { FromWorker, ToWorker } from '../lib/search-protocol.ts';
import type { MentionEvidence, SearchIndex } from '../lib/search-index.ts';

declare const self: DedicatedWorkerGlobalScope;

let engine: CreatorSearch | undefined;
let evidenceUrl = '';
let evidence: Promise<MentionEvidence | undefined> | undefined;
let known: MentionEvidence | undefined;
let pending: Extract<ToWorker, { type: 'search' }> | undefined;
let scheduled = false;

const reply = (message: FromWorker) => self.postMessage(message);

async function load(url: string): Promise<void> {
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    const index = (await response.json()) as SearchIndex;
    engine = new CreatorSearch(index);
    reply({ type: 'ready', size: index.creators.length, vocab: index.vocab, labels: index.labels });
    schedule();
  } catch (error) {
    reply({ type: 'failed', reason: error instanceof Error ? error.message : String(error) });
  }
}

/** The mention evidence, fetched the first time a brand is picked. */
function loadEvidence(): Promise<MentionEvidence | undefined> {
  evidence ??= fetch(evidenceUrl)
    .then((response) => (response.ok ? (response.json() as Promise<MentionEvidence>) : undefined))
    .catch(() => undefined)
    .then((data) => {
      known = data;
      if (data) engine?.useEvidence(data);
      return data;
    });
  return evidence;
}

function schedule(): void {
  if (scheduled || !pending || !engine) return;
  scheduled = true;
  // Let queued messages land first, so a stale request is replaced before it is searched.
  setTimeout(() => void run(), 0);
}

async function run(): Promise<void> {
  const request = pending;
  pending = undefined;
  if (request && engine) {
    const picked = request.state.facets.brand.values;
    if (picked.length > 0 && !known) await loadEvidence();
    // A newer request that arrived meanwhile makes this one stale.
    if (pending === undefined) answer(engine, request, picked);
  }
  scheduled = false;
  schedule();
}

function answer(search: CreatorSearch, request: Extract<ToWorker, { type: 'search' }>, picked: readonly string[]): void {
  const outcome = search.search(request.state, request.pageSize);
  reply({
    type: 'results',
    id: request.id,
    q: request.state.q,
    total: outcome.total,
    page: outcome.page,
    pages: outcome.pages,
    counts: outcome.counts,
    results: outcome.results.map((result) => ({
      row: result.row,
      matches: result.matches.map(({ key, value, indices }) => ({ key: key ?? '', value: value ?? '', indices })),
      evidence: picked
        .flatMap((brand) => (known?.[brand] ?? []).filter((item) => item.handle === result.row[0]).map((item) => ({ ...item, brand })))
        .sort((a, b) => b.date.localeCompare(a.date)),
    })),
    rows: search.rows(request.handles),
    evidenceFailed: picked.length > 0 && !known,
  });
}

self.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'load') {
    evidenceUrl = message.evidenceUrl;
    void load(message.url);
  } else {
    pending = message;
    schedule();
  }
});
