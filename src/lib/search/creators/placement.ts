/**
 * Where the creator search runs, decided by time on the visitor's own device: in the page while
 * its searches fit in a frame, in a worker once they would not. Each search's engine time
 * (`took`, measured where it ran) gives a cost per creator; the slowest after the first is kept for the
 * next visit, so a device that proved slow starts in the worker, and one that proved fast
 * searches large directories in the page. Before anything is measured the cost is assumed to be
 * that of a mid-range phone.
 */

/** What one search may take in the page: half a 60 Hz frame, the rest being the page's own work. */
export const frameBudgetMs = 8;

/**
 * The cost per creator assumed before this device has been measured, in milliseconds: the
 * engine's p95 over 10,000 creators on a 2-core build machine (13.1 ms, issue 15) with the CPU
 * slowed 4x, as Lighthouse's mobile profile does.
 */
export const assumedCostPerCreator = (13.1 * 4) / 10_000;

export type Place = 'page' | 'worker';

/** Where a directory of `size` creators starts: in the page if a search is expected to fit the frame. */
export function startingPlace(size: number, costPerCreator = assumedCostPerCreator): Place {
  return size * costPerCreator <= frameBudgetMs ? 'page' : 'worker';
}

/** A main-thread task longer than this is a long task (the browser's own measure): the page must never run one. */
export const longTaskMs = 50;

/**
 * The decision over a visit: where to start, each search's time as it comes in, and whether to
 * move. The first search is a warm-up (its code runs cold, beside the page's own loading) and
 * counts only if it is a long task; after it, one search in the page over the budget is enough
 * to move: the next would block typing as long.
 */
export class Placement {
  readonly size: number;
  #place: Place;
  #seen = 0;
  #measured = 0;
  #slowest = 0;

  constructor(size: number, remembered?: number) {
    this.size = size;
    this.#place = startingPlace(size, remembered);
  }

  get place(): Place {
    return this.#place;
  }

  /**
   * Records the engine time of a search that ran in `where`; says whether the search should
   * now move to the worker.
   */
  record(took: number, where: Place): boolean {
    const warmUp = this.#seen === 0;
    this.#seen += 1;
    if (warmUp && took <= longTaskMs) return false;
    this.#measured += 1;
    this.#slowest = Math.max(this.#slowest, took);
    if (where === 'page' && this.#place === 'page' && took > frameBudgetMs) {
      this.#place = 'worker';
      return true;
    }
    return false;
  }

  /** The cost per creator to remember for the next visit (from the slowest search timed), once one has been. */
  get costPerCreator(): number | undefined {
    return this.#measured > 0 ? this.#slowest / Math.max(1, this.size) : undefined;
  }
}

/**
 * Runs only the latest of the jobs given to it, in a task of its own (`defer`), so the
 * keystroke that asked returns at once and a burst of typing is searched once, for its last
 * text.
 */
export function latestOnly<T>(run: (job: T) => void, defer: (task: () => void) => void) {
  let pending: { job: T } | undefined;
  return (job: T) => {
    const waiting = pending !== undefined;
    pending = { job };
    if (waiting) return;
    defer(() => {
      const next = pending;
      pending = undefined;
      if (next) run(next.job);
    });
  };
}

/** Lets through replies in the order of their requests: one older than a reply already shown is dropped. */
export function newestFirst() {
  let shown = 0;
  return (id: number): boolean => {
    if (id < shown) return false;
    shown = id;
    return true;
  };
}
