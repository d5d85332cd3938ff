/**
 * The search benchmark (`npm run bench:search`, which builds first; `-- --cpu 4` for a phone).
 *
 * For each size (1k, 10k and 100k synthetic creators in the real schema), it serves the built
 * site with the synthetic index in place of the real one (gzipped, as a static host sends it) and,
 * in Chromium through Playwright, measures the real /creators/ page two ways:
 *
 * Typing. It types realistic queries one character at a time and measures each keystroke from the
 * key event to the results for the new text being in the document, and to the first paint that
 * shows them; each keystroke's interaction latency as the browser's Event Timing API gives it
 * (the figure INP is made of: the longest entry of each interactionId, from the key to the next
 * paint); and the longest main-thread task while typing. In the same run it types the same queries
 * into a page that runs plain Fuse.js over the whole list on the main thread (the same keys and
 * options), and renders its first results page; and it checks, in Node, how often our top 10
 * agree with plain Fuse's on the full queries.
 *
 * Loading. It opens /creators/ cold on Lighthouse's slow 4G (150 ms RTT, 1,638.4 kbps down, 750
 * kbps up, through DevTools network conditions) and types a common name the moment the box is
 * enabled; it reports the time from navigation start to the box being enabled (the index loaded)
 * and to the results for that name being in the document, the bytes sent (index, mention evidence,
 * JavaScript, everything), and the JavaScript heap of the page and of the search worker (when the
 * engine runs in one) after a forced garbage collection. Where the search ran, the page or the
 * worker, the island says itself (`data-search-place` on its section): placement.ts decides it by
 * time on the device, so no count of creators tells it.
 *
 * With `--cpu 4`, Chromium slows the page's main thread four times, as Lighthouse's mobile profile
 * does, for typing and loading alike. It cannot slow a worker, so at sizes searched in a worker
 * the search itself still runs at this machine's speed.
 *
 * Nothing waits on a clock to decide a measurement is over: each waits for the thing it measures
 * (results in the document, a frame painted, an Event Timing entry). The only time limits are
 * there to report a page that stopped answering, and are ten minutes (times the slowdown) per
 * keystroke or page load, far beyond any slow machine.
 *
 * Options are flags after `--`, or the environment variables beside them (a flag wins); `node
 * scripts/bench/search.ts --help` lists them all (they live in options.ts). For example:
 *
 *   npm run bench:search -- --cpu 4                        a phone: the CPU slowed 4×
 *   BENCH_SIZES=1000,10000 BENCH_QUERIES=20 npm run bench:search   a quick look
 *   --baseline-max 5, --load-runs 1                        fewer plain-Fuse queries over 10k, one load per size
 *   --screen phone                                         Lighthouse's mobile screen, where the filters start folded
 *   BENCH_DIST=<folder>                                    measure another build (say, of the code before a change) beside dist/
 */
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import Fuse from 'fuse.js';
import { chromium, type Browser, type Page } from 'playwright';
import { browserArgs, findBrowser } from '../find-browser.mjs';
import { CreatorSearch, fuseOptions, searchDocuments } from '#lib/search/creators/engine.ts';
import { creatorShape } from '#lib/search/creators/facets.ts';
import { searchable } from '#lib/search/text.ts';
import { emptyState } from '#lib/search/url-state.ts';
import { instrumentTyping, watchLoad } from './in-page.ts';
import { Inspector, slow4GLabel, type HeapUse } from './inspector.ts';
import { benchOptions, usage, type BenchOptions } from './options.ts';
import { benchQueries, commonName, type BenchQuery } from './queries.ts';
import { serveBench, type BenchServer } from './serve.ts';
import {
  bytes,
  interactionMs,
  interactionSummary,
  keystrokeInteractions,
  median,
  ms,
  percentile,
  sample,
  seconds,
  table,
} from './stats.ts';
import { syntheticSet } from './synthetic.ts';

if (process.argv.includes('--help')) {
  console.log(`npm run bench:search -- [options]\n\n${usage}`);
  process.exit(0);
}
let options: BenchOptions;
try {
  options = benchOptions(process.argv.slice(2), process.env);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
}
const dist = process.env.BENCH_DIST ?? 'dist';
if (!existsSync(join(dist, 'creators/index.html'))) {
  console.error('No build in dist/. Run "npm run build" first (npm run bench:search does).');
  process.exit(1);
}
/** How long a keystroke or a page load may take before the page is taken to have stopped answering. */
const hangMs = 600_000 * options.cpu;
const cpuLabel = `${options.cpu}×`;
/** The pages' screen: Playwright's default desktop, or Lighthouse's mobile one. */
const screen =
  options.screen === 'phone'
    ? {
        viewport: { width: 412, height: 823 },
        deviceScaleFactor: 1.75,
        isMobile: true,
        hasTouch: true,
      }
    : { viewport: { width: 1280, height: 720 } };
const screenLabel =
  options.screen === 'phone' ? 'phone screen (412×823, touch)' : 'desktop screen (1280×720)';
const progress = (line: string) => process.stderr.write(`${line}\n`);

/** The page that runs plain Fuse over the whole list on each input, as a baseline. */
const plainPage = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Plain Fuse</title>
<label for="q">Search</label> <input id="q" type="search" autocomplete="off"><div id="results"><p id="total"></p><ul id="list"></ul></div>
<script type="module">
import Fuse from '/__bench/fuse.mjs';
const [docs, options] = await Promise.all([fetch('/__bench/docs.json').then((r) => r.json()), fetch('/__bench/options.json').then((r) => r.json())]);
const fuse = new Fuse(docs, options);
const input = document.getElementById('q'), list = document.getElementById('list'), total = document.getElementById('total'), results = document.getElementById('results');
input.addEventListener('input', () => {
  const q = input.value;
  const began = performance.now();
  const hits = q.trim() ? fuse.search(q.trim()) : [];
  window.__typing.engine.push(performance.now() - began);
  total.textContent = hits.length + ' creators';
  list.replaceChildren(...hits.slice(0, 24).map((hit) => { const li = document.createElement('li'); li.textContent = hit.item.name + ' @' + hit.item.handle; return li; }));
  results.dataset.resultsFor = q;
});
document.body.dataset.ready = '';
</script></html>`;

interface Typed {
  /** Per keystroke: key event to the results painted, and to the results in the document. */
  latencies: number[];
  inDocument: number[];
  /** Time in the search engine per search, when it runs in the page. */
  engine: number[];
  longest: number;
  /** Per keystroke with key events, its interaction latency (undefined: under 16 ms); undefined without Event Timing. */
  interactions: (number | undefined)[] | undefined;
  /** Where the island answered searches when typing ended (undefined on the plain Fuse page). */
  place: string | undefined;
}

/** Where the island says its searches are answered now: "page" or "worker". */
const searchPlace = (page: Page) =>
  page.evaluate(
    () => document.querySelector<HTMLElement>('[data-search-place]')?.dataset.searchPlace,
  );

/** Opens a page with the typing probe, its CPU slowed as asked. */
async function typingPage(
  browser: Browser,
  url: string,
  ready: string,
): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext(screen);
  const page = await context.newPage();
  page.setDefaultTimeout(hangMs);
  const inspector = await Inspector.open(page, { cpu: options.cpu });
  await page.addInitScript(instrumentTyping, hangMs);
  await page.goto(url);
  await page.locator(ready).waitFor();
  return {
    page,
    close: async () => {
      await inspector.close();
      await context.close();
    },
  };
}

/** Types each query a character at a time, clearing the box between queries. */
async function typeQueries(page: Page, queries: readonly BenchQuery[]): Promise<Typed> {
  const box = page.locator('input[type="search"]');
  await page.evaluate(() => window.__typing.reset());
  const latencies: number[] = [];
  const inDocument: number[] = [];
  for (const query of queries) {
    await box.fill('');
    // The cleared box's answer is in (no results shown for any text) before the next query starts.
    await page.waitForFunction(
      () => !document.querySelector('[data-results-for]:not([data-results-for=""])'),
    );
    await box.focus();
    for (const char of query.text) {
      await page.evaluate(() => window.__typing.arm());
      await page.keyboard.type(char);
      const keystroke = await page.evaluate(() => window.__typing.painted);
      if (!keystroke) throw new Error('The typing probe was not armed.');
      latencies.push(keystroke.painted);
      inDocument.push(keystroke.inDocument);
    }
  }
  // A sentinel key, whose Event Timing entry comes after every typed key's (see in-page.ts).
  await page.evaluate(() => window.__typing.armFlush());
  await page.keyboard.press('ArrowRight');
  const flushed = await page.evaluate(() => window.__typing.flushed);
  const probe = await page.evaluate(() => ({
    long: window.__typing.long,
    engine: window.__typing.engine,
    events: window.__typing.events,
    keys: window.__typing.keys,
    eventTiming: window.__typing.eventTiming,
  }));
  if (probe.eventTiming && !flushed)
    progress(
      `  warning: the sentinel key's Event Timing entry never came; interaction latencies may miss the last keys.`,
    );
  return {
    latencies,
    inDocument,
    place: await searchPlace(page),
    engine: probe.engine,
    longest: Math.max(0, ...probe.long),
    // Characters outside the keyboard layout (names in their own scripts) are inserted as text, with no key events and so no interaction.
    interactions: probe.eventTiming
      ? keystrokeInteractions(
          probe.events,
          probe.keys.filter((key) => !Number.isNaN(key.from)),
        )
      : undefined,
  };
}

interface Loaded {
  /** From navigation start: the box enabled, the first key, and the results for the typed name in the document. */
  enabled: number;
  typed: number;
  results: number;
  /** Bytes sent: JavaScript, and everything. */
  js: number;
  total: number;
  page: HeapUse;
  worker: HeapUse | undefined;
  /** Where the island answered the typed name. */
  place: string | undefined;
}

/** Opens /creators/ cold on slow 4G, types `query` the moment the box is enabled, and weighs the heap once its results are in. */
async function loadOnce(browser: Browser, server: BenchServer, query: string): Promise<Loaded> {
  const context = await browser.newContext(screen);
  const page = await context.newPage();
  page.setDefaultTimeout(hangMs);
  const inspector = await Inspector.open(page, { cpu: options.cpu, network: true, heap: true });
  await page.addInitScript(watchLoad, { query, hangMs });
  const tally = server.count();
  await page.goto(`${server.origin}/creators/`, { waitUntil: 'commit' });
  await page.waitForFunction(() => '__load' in window);
  await page.evaluate(() => window.__load.enabled);
  await page.keyboard.type(query);
  const times = await page.evaluate(() => window.__load.results);
  const place = await searchPlace(page);
  const heap = await inspector.heap();
  const sent = [...tally];
  await inspector.close();
  await context.close();
  const worker = heap.workers.find((candidate) => candidate.url.includes('search.worker'));
  return {
    ...times,
    place,
    js: sent.filter(([path]) => /\.m?js$/.test(path)).reduce((sum, [, size]) => sum + size, 0),
    total: sent.reduce((sum, [, size]) => sum + size, 0),
    page: heap.page,
    worker: worker && { heap: worker.heap, buffers: worker.buffers },
  };
}

/** Where the island answered while typing: the worker from the start, the page throughout, or the page until it moved. */
const ranIn = (typed: Typed) =>
  typed.place === 'worker' && typed.engine.length > 0
    ? 'page, then worker'
    : (typed.place ?? 'unknown');

/** A median with its range, in seconds. */
const spread = (values: readonly number[]) =>
  values.length > 1
    ? `${seconds(median(values))} (${seconds(Math.min(...values))}–${seconds(Math.max(...values))})`
    : seconds(values[0] ?? NaN);
const heapCell = (values: readonly (HeapUse | undefined)[], part: keyof HeapUse) => {
  const present = values.filter((value) => value !== undefined);
  return present.length ? bytes(median(present.map((value) => value[part]))) : '—';
};

/** Other work on the machine slows every figure: the load average is printed with them. */
const loadAtStart = loadavg()[0] ?? NaN;
const executablePath = findBrowser();
const browser = await chromium.launch({ executablePath, args: browserArgs });
const version = browser.version();
const typingRows: string[][] = [];
/** The names typed on loading, one per size (the same wherever there are 1,000 creators or more). */
const loadQueries = new Set<string>();
const loadRows: string[][] = [];
/** Figures the targets are checked against, by size. */
const measured = new Map<
  number,
  {
    interactionP95: number | undefined;
    longest: number;
    inDocumentP95: number;
    heap: number | undefined;
    buffers: number | undefined;
  }
>();
try {
  for (const size of options.sizes) {
    const started = performance.now();
    const { index, evidence } = syntheticSet(size);
    const queries = benchQueries(index).slice(0, options.queries);
    const docs = searchDocuments(index);
    const server = await serveBench({
      dist,
      index: JSON.stringify(index),
      evidence: JSON.stringify(evidence),
      docs: JSON.stringify(docs),
      options: JSON.stringify(fuseOptions),
      plainPage,
      size,
    });

    // Ours: the real page, with the synthetic index.
    progress(
      `${size}: typing ${queries.length} queries into /creators/${options.cpu > 1 ? ` (CPU ${cpuLabel} slower)` : ''}…`,
    );
    const ours = await typingPage(
      browser,
      `${server.origin}/creators/`,
      'input[type="search"]:enabled',
    );
    const typed = await typeQueries(ours.page, queries);
    await ours.close();

    // Plain Fuse over the whole list, on the main thread, on the same data.
    const baselineQueries =
      options.baselineMax === 0
        ? []
        : size > 10_000
          ? sample(queries, options.baselineMax)
          : queries;
    let baseline: Typed | undefined;
    if (baselineQueries.length > 0) {
      progress(`${size}: typing ${baselineQueries.length} queries into plain Fuse…`);
      const plain = await typingPage(
        browser,
        `${server.origin}/__bench/plain.html`,
        'body[data-ready]',
      );
      baseline = await typeQueries(plain.page, baselineQueries);
      await plain.close();
    }

    // Cold loads on slow 4G.
    const name = commonName(index);
    if (options.loadRuns > 0) loadQueries.add(name);
    const loads: Loaded[] = [];
    for (let run = 1; run <= options.loadRuns; run++) {
      progress(
        `${size}: loading /creators/ on slow 4G and typing "${name}" (${run} of ${options.loadRuns})…`,
      );
      loads.push(await loadOnce(browser, server, name));
    }
    await server.close();

    // Top-10 agreement with plain Fuse, in Node, on the whole queries.
    const engine = new CreatorSearch(index);
    const fuse = new Fuse(docs, fuseOptions);
    const compared = size > 10_000 ? sample(queries, options.agreementMax) : queries;
    const differing: string[] = [];
    for (const query of compared) {
      const ourTop = engine
        .search({ ...emptyState(creatorShape), q: query.text }, 10)
        .results.map((result) => result.index);
      const fuseTop = searchable(query.text.trim())
        ? fuse.search(query.text.trim(), { limit: 10 }).map((hit) => hit.refIndex)
        : [];
      if (ourTop.join() !== fuseTop.join()) differing.push(query.text);
    }
    const agreement = (compared.length - differing.length) / compared.length;

    const interactions = typed.interactions && interactionSummary(typed.interactions);
    const plainInteractions = baseline?.interactions && interactionSummary(baseline.interactions);
    const ourP95 = percentile(typed.latencies, 0.95);
    const plainP95 = baseline ? percentile(baseline.latencies, 0.95) : NaN;
    typingRows.push([
      size.toLocaleString('en'),
      cpuLabel,
      String(typed.latencies.length),
      ms(percentile(typed.latencies, 0.5)),
      ms(ourP95),
      ms(percentile(typed.inDocument, 0.95)),
      ranIn(typed),
      typed.engine.length > 0 ? ms(percentile(typed.engine, 0.95)) : '—',
      interactions
        ? `${interactionMs(interactions.p50)} / ${interactionMs(interactions.p95)} / ${interactionMs(interactions.max)} ms (${typed.interactions?.length ?? 0} keys)`
        : 'n/a',
      ms(typed.longest),
      String(baseline?.latencies.length ?? 0),
      baseline ? ms(percentile(baseline.latencies, 0.5)) : '—',
      ms(plainP95),
      baseline ? ms(percentile(baseline.inDocument, 0.95)) : '—',
      baseline ? ms(percentile(baseline.engine, 0.95)) : '—',
      plainInteractions ? `${interactionMs(plainInteractions.p95)} ms` : '—',
      baseline ? `${(plainP95 / ourP95).toFixed(0)}×` : '—',
      `${(agreement * 100).toFixed(1)}% of ${compared.length}`,
    ]);

    const inWorker = loads.some((load) => load.place === 'worker');
    const pageHeaps = loads.map((load) => load.page);
    const workerHeaps = loads.map((load) => load.worker);
    if (loads.length > 0) {
      const { index: indexBytes, evidence: evidenceBytes } = server.sizes;
      loadRows.push([
        size.toLocaleString('en'),
        cpuLabel,
        `${bytes(indexBytes.raw)} / ${bytes(indexBytes.gzip)}`,
        `${(indexBytes.gzip / size).toFixed(1)} B`,
        `${bytes(evidenceBytes.raw)} / ${bytes(evidenceBytes.gzip)}`,
        bytes(median(loads.map((load) => load.js))),
        bytes(median(loads.map((load) => load.total))),
        spread(loads.map((load) => load.enabled)),
        spread(loads.map((load) => load.typed)),
        spread(loads.map((load) => load.results)),
        `${heapCell(pageHeaps, 'heap')} + ${heapCell(pageHeaps, 'buffers')}`,
        inWorker
          ? `${heapCell(workerHeaps, 'heap')} + ${heapCell(workerHeaps, 'buffers')}`
          : '— (no worker)',
      ]);
    }
    const heapOf = (part: keyof HeapUse) =>
      loads.length
        ? median(loads.map((load) => load.page[part] + (load.worker?.[part] ?? 0)))
        : undefined;
    measured.set(size, {
      interactionP95: interactions?.p95,
      longest: typed.longest,
      inDocumentP95: percentile(typed.inDocument, 0.95),
      heap: heapOf('heap'),
      buffers: heapOf('buffers'),
    });
    console.log(
      `${size}: done in ${((performance.now() - started) / 1000).toFixed(0)} s; ${queries.length} queries; load query "${name}"${differing.length ? `; top 10 differs for: ${differing.map((text) => JSON.stringify(text)).join(', ')}` : ''}`,
    );
  }
} finally {
  await browser.close();
}

const machine = `Chromium ${version}, ${options.note} (${availableParallelism()} cores, load average ${loadAtStart.toFixed(1)} at the start, ${(loadavg()[0] ?? NaN).toFixed(1)} at the end), CPU ${options.cpu > 1 ? `slowed ${cpuLabel} (page main thread; workers run at full speed)` : 'at full speed'}, ${screenLabel}`;
console.log(`\nTyping, per keystroke (${machine}):\n`);
console.log(
  table(
    [
      'creators',
      'CPU',
      'keys',
      'p50 painted',
      'p95 painted',
      'p95 in document',
      'search ran in',
      'p95 engine in page',
      'interaction p50 / p95 / max',
      'longest main task',
      'keys (plain)',
      'plain p50 painted',
      'plain p95 painted',
      'plain p95 in document',
      'plain p95 Fuse alone',
      'plain interaction p95',
      'p95 ratio',
      'top-10 agreement',
    ],
    typingRows,
  ),
);
console.log(`
Keys: keystrokes typed. Painted: from the key event to the paint showing results for the new text. In document: to the results
being in the page, before the frame that paints them. Ran in: where the island answered (it says so on its section);
"page, then worker" when it moved during the run. Engine: the search call itself, over the searches run in the page (a search
in the worker is not timed). Interaction: each key's latency as the Event Timing API measures it, the figure INP is made of (the longest entry of
its interactionId, from the key to the next paint, rounded by the browser to 8 ms; "< 16" is under the API's lowest threshold),
over the keys that have key events (characters outside the keyboard layout, the names in their own scripts, are inserted as text
without any); at sizes searched in a worker a key's interaction ends before its results arrive. Longest main task: the longest
longtask entry (tasks of 50 ms or more) while typing; 0 when there was none. Plain: the same keys typed into plain Fuse.js over
the whole list on the main thread; p95 ratio is plain's p95 painted over ours. Agreement: our top 10 against plain Fuse's.`);

if (loadRows.length > 0) {
  console.log(
    `\nLoading /creators/ cold on ${slow4GLabel} (DevTools network conditions), served gzip -9; median (and range) of ${options.loadRuns} loads (${machine}):\n`,
  );
  console.log(
    table(
      [
        'creators',
        'CPU',
        'index raw / gz',
        'index gz per creator',
        'evidence raw / gz',
        'JS sent',
        'all bytes sent',
        'box enabled',
        'first key',
        'first results',
        'page heap + buffers',
        'worker heap + buffers',
      ],
      loadRows,
    ),
  );
  console.log(`
Index and evidence: /search-index.json and /search-mentions.json as served, raw and gzipped (the evidence loads only when a
brand is picked). JS sent, all bytes sent: what the page and its worker fetched until the first results, gzipped as sent. From
navigation start: box enabled, until the search box is enabled (the index loaded, the engine ready; the box then takes the
focus); first key, until the first key of ${[...loadQueries].map((name) => `"${name}"`).join(', ')} comes (the name is typed a key at a time as soon as the box is
enabled); first results, until its results are in the document. Heap: V8's used JavaScript heap after a forced garbage
collection once those results are in, for the page's main thread (Performance.getMetrics JSHeapUsedSize) and, when the
island answered from its worker, for that worker (Runtime.getHeapUsage); "+ buffers" is what
each holds outside that heap in array buffers (the engine's typed arrays) and external strings.`);
}

/** The engine's targets, with what this run measured. */
const targets: [string, () => string | undefined][] = [
  [
    'CPU 4× slower: no main-thread task over 50 ms while typing',
    () =>
      options.cpu === 4
        ? [...measured]
            .map(([size, m]) => `${size.toLocaleString('en')}: ${ms(m.longest)}`)
            .join(', ')
        : undefined,
  ],
  [
    'CPU 4× slower: interaction p95 ≤ 100 ms at 10k',
    () =>
      options.cpu === 4 && measured.has(10_000)
        ? `${interactionMs(measured.get(10_000)?.interactionP95)} ms`
        : undefined,
  ],
  [
    'CPU 4× slower: interaction p95 ≤ 150 ms at 100k',
    () =>
      options.cpu === 4 && measured.has(100_000)
        ? `${interactionMs(measured.get(100_000)?.interactionP95)} ms`
        : undefined,
  ],
  [
    'full speed: p95 to results in the document ≤ 8 ms at 10k',
    () =>
      options.cpu === 1 && measured.has(10_000)
        ? ms(measured.get(10_000)?.inDocumentP95)
        : undefined,
  ],
  [
    'heap under 50 MB at 100k (page + worker)',
    () =>
      measured.get(100_000)?.heap === undefined
        ? undefined
        : `${bytes(measured.get(100_000)?.heap)} heap, ${bytes(measured.get(100_000)?.buffers)} more in buffers`,
  ],
];
console.log(
  "\nThe engine's targets, and what this run measured (each needs its CPU setting and size in the run):\n",
);
for (const [target, figure] of targets)
  console.log(`  ${target}: ${figure() ?? 'not measured in this run'}`);
