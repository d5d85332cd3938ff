/**
 * What the search benchmark runs inside the pages it measures, as init scripts (Playwright sends
 * each function's source to the page, so they use nothing from outside themselves). Each leaves
 * one object on `window` for the benchmark to read.
 */
import type { EventEntry, KeyWindow } from './stats.ts';

declare global {
  interface Window {
    /** Left by instrumentTyping. */
    __typing: TypingProbe;
    /** Left by watchLoad. */
    __load: LoadProbe;
  }
}

/** One keystroke, from its key event: to the results for the new text being in the document, and to the paint that shows them. */
export interface Keystroke {
  inDocument: number;
  painted: number;
}

/** What `instrumentTyping` leaves on `window.__typing`. */
export interface TypingProbe {
  /** Main-thread tasks over 50 ms (longtask entries), in ms. */
  long: number[];
  /** Time in the search engine per search, when it runs in the page. */
  engine: number[];
  /** Event Timing entries of at least 16 ms, and the first input. */
  events: EventEntry[];
  /** False when the browser has no Event Timing. */
  eventTiming: boolean;
  /** The typed keystrokes' keydown-to-keyup windows. */
  keys: KeyWindow[];
  /** Called before a key is pressed; `painted` then settles once results for the new text are painted. */
  arm: () => void;
  painted: Promise<Keystroke> | undefined;
  /** Called before the sentinel key is pressed; `flushed` then settles once its Event Timing entry is in (true), or after `hangMs` (false). */
  armFlush: () => void;
  flushed: Promise<boolean> | undefined;
  /** Empties the lists, before typing. */
  reset: () => void;
}

/**
 * Measures keystrokes in the page: from the key event to the results for the new text being in
 * the document (the island marks them with `data-results-for`), and to the paint that shows
 * them; the time spent in the search engine, when it runs in the page (its bundle hands the page
 * `searchService`, which this wraps); main-thread tasks over 50 ms; and each key's interaction
 * latency from the Event Timing API (what INP is made of).
 *
 * Event Timing entries arrive after the frame that follows an event has been presented, so at the
 * end the benchmark presses a sentinel key whose handler holds the main thread for 24 ms: its entry
 * (over the 16 ms threshold, so always reported) arrives after those of every earlier frame, and
 * once it has, every typed key's entry is in. Nothing here waits on a clock, except `hangMs`: a
 * limit far beyond any slow machine, after which a page that never answers is reported.
 */
export const instrumentTyping = (hangMs: number) => {
  const sentinelHold = 24;
  const probe: TypingProbe = {
    long: [],
    engine: [],
    events: [],
    eventTiming: PerformanceObserver.supportedEntryTypes.includes('event'),
    keys: [],
    arm,
    painted: undefined,
    armFlush,
    flushed: undefined,
    reset: () => {
      probe.long = [];
      probe.engine = [];
      probe.events = [];
      probe.keys = [];
    },
  };
  window.__typing = probe;

  type Service = (...args: unknown[]) => { search: (request: unknown) => void };
  let service: Service | undefined;
  Object.defineProperty(globalThis, Symbol.for('casebook.searchService'), {
    configurable: true,
    get: () => service,
    set: (start: Service) => {
      service = (...args) => {
        const inner = start(...args);
        return {
          search(request) {
            const began = performance.now();
            inner.search(request);
            probe.engine.push(performance.now() - began);
          },
        };
      };
    },
  });

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.long.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });

  let sentinel: { at: number | undefined; done: (flushed: boolean) => void } | undefined;
  if (probe.eventTiming) {
    const events = new PerformanceObserver((list) => {
      // TypeScript's DOM types do not have interactionId yet.
      for (const entry of list.getEntries() as (PerformanceEntry & { interactionId?: number })[]) {
        probe.events.push({ name: entry.name, interactionId: entry.interactionId ?? 0, startTime: entry.startTime, duration: entry.duration });
        if (sentinel?.at !== undefined && Math.abs(entry.startTime - sentinel.at) < 1) sentinel.done(true);
      }
    });
    // Nor durationThreshold; 16 ms is the lowest the API takes.
    const init: PerformanceObserverInit & { durationThreshold: number } = { type: 'event', durationThreshold: 16, buffered: true };
    events.observe(init);
    events.observe({ type: 'first-input', buffered: true });
  }

  /** The keystroke being typed, and when its key event came. */
  let key: KeyWindow | undefined;
  let start: number | undefined;
  const begin = (event: Event) => {
    start ??= event.timeStamp;
  };
  document.addEventListener(
    'keydown',
    (event) => {
      if (sentinel && sentinel.at === undefined) {
        sentinel.at = event.timeStamp;
        const until = performance.now() + sentinelHold;
        while (performance.now() < until) {
          // Hold the main thread, so this key's entry is over the threshold.
        }
        return;
      }
      if (key && Number.isNaN(key.from)) key.from = event.timeStamp;
      begin(event);
    },
    true,
  );
  document.addEventListener('beforeinput', begin, true);
  document.addEventListener(
    'keyup',
    (event) => {
      // Only the typed key's own keyup: the key the benchmark clears the box with comes after it.
      if (key && !Number.isNaN(key.from) && Number.isNaN(key.to)) key.to = event.timeStamp;
    },
    true,
  );

  function arm(): void {
    start = undefined;
    key = { from: NaN, to: NaN };
    probe.keys.push(key);
    probe.painted = new Promise<Keystroke>((resolve, reject) => {
      const input = document.querySelector<HTMLInputElement>('input[type="search"]');
      const before = input?.value;
      const shown = () => input?.value !== before && document.querySelector('[data-results-for]')?.getAttribute('data-results-for') === input?.value;
      const finish = () => {
        observer.disconnect();
        clearTimeout(hang);
        const inDocument = performance.now() - (start ?? performance.now());
        // The frame after the change paints it; a message posted from its animation-frame callback runs after that paint.
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            const painted = performance.now() - (start ?? performance.now());
            start = undefined;
            resolve({ painted, inDocument });
          };
          channel.port2.postMessage(null);
        });
      };
      const observer = new MutationObserver(() => shown() && finish());
      const hang = setTimeout(() => {
        observer.disconnect();
        const showing = document.querySelector('[data-results-for]')?.getAttribute('data-results-for');
        reject(
          new Error(
            `No results for "${input?.value ?? ''}" after ${hangMs / 1000} s (showing results for ${JSON.stringify(showing)}): the page stopped answering.`,
          ),
        );
      }, hangMs);
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-results-for'], characterData: true });
      if (shown()) finish();
    });
  }

  function armFlush(): void {
    key = undefined;
    probe.flushed = new Promise<boolean>((resolve) => {
      if (!probe.eventTiming) {
        resolve(false);
        return;
      }
      const hang = setTimeout(() => resolve(false), hangMs);
      sentinel = {
        at: undefined,
        done: (flushed) => {
          clearTimeout(hang);
          sentinel = undefined;
          resolve(flushed);
        },
      };
    });
  }
};

/** Times from navigation start, in ms: the box enabled, the first key typed, the results in the document. */
export interface LoadTimes {
  enabled: number;
  typed: number;
  results: number;
}

/** What `watchLoad` leaves on `window.__load`. */
export interface LoadProbe {
  /** Settles when the search box is enabled (the index has loaded and the engine is ready); the box then has the focus. */
  enabled: Promise<number>;
  /** Settles when results for the watched query are in the document. */
  results: Promise<LoadTimes>;
}

/**
 * Watches a page load from its first script: when the search box becomes enabled (it then
 * focuses it, as a visitor who had clicked it would have it, so the keys can follow at once),
 * when the first key comes, and when results for `query` are in the document. Each is read in an
 * event or mutation-observer callback, which runs in the task that made the change;
 * `performance.now()` counts from navigation start.
 */
export const watchLoad = ({ query, hangMs }: { query: string; hangMs: number }) => {
  let enabledAt: number | undefined;
  let typedAt: number | undefined;
  let resultsAt: number | undefined;
  const enabled = Promise.withResolvers<number>();
  const results = Promise.withResolvers<LoadTimes>();
  window.__load = { enabled: enabled.promise, results: results.promise };
  document.addEventListener(
    'keydown',
    (event) => {
      typedAt ??= event.timeStamp;
    },
    true,
  );
  const check = () => {
    const input = document.querySelector<HTMLInputElement>('input[type="search"]');
    if (enabledAt === undefined && input && !input.disabled) {
      enabledAt = performance.now();
      input.focus();
      enabled.resolve(enabledAt);
    }
    if (
      enabledAt !== undefined &&
      typedAt !== undefined &&
      resultsAt === undefined &&
      document.querySelector('[data-results-for]')?.getAttribute('data-results-for') === query
    ) {
      resultsAt = performance.now();
      observer.disconnect();
      clearTimeout(hang);
      results.resolve({ enabled: enabledAt, typed: typedAt, results: resultsAt });
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled', 'data-results-for'] });
  const hang = setTimeout(() => {
    const failed = new Error(
      `/creators/ did not show results for "${query}" within ${hangMs / 1000} s of opening (the box ${enabledAt === undefined ? 'never enabled' : 'enabled'}): the page stopped answering.`,
    );
    enabled.reject(failed);
    results.reject(failed);
  }, hangMs);
};
