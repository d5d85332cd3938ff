/**
 * A share-card drawing process (started by share-card-cache-fs.ts): draws each batch of cards it
 * is sent into the cache, says when the batch is done, and exits when the parent disconnects.
 */
import { drawHere, type Job } from './share-card-cache-fs.ts';

process.on('message', (batch: Job[]) => {
  drawHere(batch).then(
    () => process.send?.({ done: batch.length }),
    (error: unknown) =>
      process.send?.({
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      }),
  );
});
