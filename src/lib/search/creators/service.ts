/**
 * Answers search requests for the island, in the page or in a worker: runs the engine, loads
 * the mention evidence the first time a brand is picked, and shapes replies to hold only what
 * the page shows.
 */
import { CreatorSearch } from './engine.ts';
import { field, type MentionEvidence, type SearchIndex } from './index-format.ts';
import { likeFinder } from './like.ts';
import type { FromWorker, SearchRequest } from './protocol.ts';

export function searchService(
  index: SearchIndex,
  evidenceUrl: string,
  reply: (message: FromWorker) => void,
  now: () => number = () => performance.now(),
) {
  const engine = new CreatorSearch(index);
  const like = likeFinder(index, () => engine.nameOrder());
  let evidence: MentionEvidence | undefined;
  let loading: Promise<void> | undefined;
  let failed = false;
  let latest: SearchRequest | undefined;

  function answer(request: SearchRequest): void {
    const picked = request.state.facets.brand.values;
    const started = now();
    const liked = request.state.like === undefined ? undefined : like(request.state.like);
    const outcome = engine.search(request.state, request.pageSize, liked?.order);
    const took = now() - started;
    reply({
      type: 'results',
      id: request.id,
      state: request.state,
      took,
      total: outcome.total,
      page: outcome.page,
      pages: outcome.pages,
      counts: outcome.counts,
      results: outcome.results.map((result) => ({
        row: result.row,
        ...(liked ? { shared: liked.shared.get(result.index) } : {}),
        matches: result.matches,
        evidence: picked
          .flatMap((brand) =>
            (evidence?.[brand] ?? [])
              .filter((item) => item.id === result.row[field.id])
              .map((item) => ({ ...item, brand })),
          )
          .sort((a, b) => b.date.localeCompare(a.date)),
      })),
      rows: engine.rows(request.ids),
      liked: liked?.row,
      likeUnknown: request.state.like !== undefined && !liked,
      evidenceFailed: picked.length > 0 && !evidence,
    });
  }

  return {
    /** Answers at once, or, the first time a brand is picked, once its evidence has loaded (the latest request only). */
    search(request: SearchRequest): void {
      latest = request;
      if (request.state.facets.brand.values.length === 0 || evidence || failed) {
        answer(request);
        return;
      }
      loading ??= fetch(evidenceUrl)
        .then((response) =>
          response.ok ? (response.json() as Promise<MentionEvidence>) : Promise.reject(new Error()),
        )
        .then((data) => {
          evidence = data;
          engine.useEvidence(data);
        })
        .catch(() => {
          failed = true;
        })
        .then(() => latest && answer(latest));
    },
  };
}
