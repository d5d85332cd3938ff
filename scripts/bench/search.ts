/**
 * The search benchmark (`npm run bench:search`; needs a build in dist/).
 *
 * For each size (1k, 10k and 100k synthetic creators in the real schema), it serves the built
 * site with the synthetic index in place of the real one and, in Chromium through Playwright,
 * types realistic queries one character at a time into the real /creators/ page, measuring
 * each keystroke from the key event to the first paint that shows results for the new text.
 * In the same run it types the same queries into a page that runs plain Fuse.js over the whole
 * list on the main thread (the same keys and options), and renders its first results page.
 *
 * It also reports the index's gzipped size per creator, the JavaScript the search page loads
 * (gzipped at level 9, as the budget check weighs it; the engine bundle included), the longest
 * main-thread task while typing, and how often the top 10 results agree with plain Fuse's
 * (computed in Node on the full queries).
 *
 *   BENCH_SIZES=1000,10000           sizes to run (default 1000,10000,100000)
 *   BENCH_BASELINE_MAX=20            queries typed into plain Fuse at sizes over 10k (default 20; it takes seconds a key)
 *   BENCH_AGREEMENT_MAX=60           queries compared with plain Fuse at sizes over 10k (default 60)
 *   BENCH_QUERIES=20                 use only the first queries (for a quick look)
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import Fuse from 'fuse.js';
import { chromium, type Page } from 'playwright';
import { browserArgs, findBrowser } from '../find-browser.mjs';
import { CreatorSearch, fuseOptions, searchDocuments } from '#lib/search/creators/engine.ts';
import { creatorShape } from '#lib/search/creators/facets.ts';
import { searchable } from '#lib/search/text.ts';
import { emptyState } from '#lib/search/url-state.ts';
import { benchQueries, type BenchQuery } from './queries.ts';
import { syntheticSet } from './synthetic.ts';

const dist = 'dist';
if (!existsSync(join(dist, 'creators/index.html'))) {
  console.error('No build in dist/. Run "npm run build" first (npm run bench:search does).');
  process.exit(1);
}

const sizes = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number).filter((size) => size > 0);
const baselineMax = Number(process.env.BENCH_BASELINE_MAX ?? 20);
const agreementMax = Number(process.env.BENCH_AGREEMENT_MAX ?? 60);

const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.xml': 'application/xml', '.txt': 'text/plain' };

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
  window.__engine.push(performance.now() - began);
  total.textContent = hits.length + ' creators';
  list.replaceChildren(...hits.slice(0, 24).map((hit) => { const li = document.createElement('li'); li.textContent = hit.item.name + ' @' + hit.item.handle; return li; }));
  results.dataset.resultsFor = q;
});
document.body.dataset.ready = '';
</script></html>`;

/**
 * Measures keystrokes in the page: from the key event to the results for the new text being in
 * the document, and to the paint that shows them; and the time spent in the search engine (when
 * it runs in the page: its bundle hands the page `searchService`, which this wraps).
 */
const instrument = () => {
  const w = window as unknown as { __long: number[]; __engine: number[]; __start: number | undefined; __arm: () => void; __painted: Promise<Keystroke> | undefined };
  w.__long = [];
  w.__engine = [];
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
            w.__engine.push(performance.now() - began);
          },
        };
      };
    },
  });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.__long.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  const start = (event: Event) => {
    if (w.__start === undefined) w.__start = event.timeStamp;
  };
  document.addEventListener('keydown', start, true);
  document.addEventListener('beforeinput', start, true);
  // Called before a key is pressed; the promise settles once results for the new text are painted.
  w.__arm = () => {
    w.__start = undefined;
    w.__painted = new Promise<Keystroke>((resolve, reject) => {
      const input = document.querySelector<HTMLInputElement>('input[type="search"]');
      const before = input?.value;
      const shown = () => input?.value !== before && document.querySelector('[data-results-for]')?.getAttribute('data-results-for') === input?.value;
      const finish = () => {
        observer.disconnect();
        const inDocument = performance.now() - (w.__start ?? performance.now());
        // The frame after the change paints it; a message posted from its animation-frame callback runs after that paint.
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            const painted = performance.now() - (w.__start ?? performance.now());
            w.__start = undefined;
            resolve({ painted, inDocument });
          };
          channel.port2.postMessage(null);
        });
      };
      const observer = new MutationObserver(() => shown() && finish());
      setTimeout(() => {
        observer.disconnect();
        const showing = document.querySelector('[data-results-for]')?.getAttribute('data-results-for');
        reject(new Error(`No results painted for "${input?.value}" after 30 s (showing results for ${JSON.stringify(showing)}).`));
      }, 30_000);
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-results-for'], characterData: true });
      if (shown()) finish();
    });
  };
};

interface Keystroke {
  /** From the key event to the results being in the document, and to the paint showing them. */
  inDocument: number;
  painted: number;
}

interface Typed {
  latencies: number[];
  inDocument: number[];
  /** Time in the search engine per search, when it runs in the page. */
  engine: number[];
  longest: number;
}

/** Types each query a character at a time, clearing the box between queries. */
async function typeQueries(page: Page, queries: readonly BenchQuery[]): Promise<Typed> {
  const box = page.locator('input[type="search"]');
  await page.evaluate(() => Object.assign(window, { __long: [], __engine: [] }));
  const latencies: number[] = [];
  const inDocument: number[] = [];
  for (const query of queries) {
    await box.fill('');
    await page.waitForTimeout(30);
    await box.focus();
    for (const char of query.text) {
      await page.evaluate(() => (window as unknown as { __arm: () => void }).__arm());
      await page.keyboard.type(char);
      const keystroke = await page.evaluate(() => (window as unknown as { __painted: Promise<Keystroke> }).__painted);
      latencies.push(keystroke.painted);
      inDocument.push(keystroke.inDocument);
    }
  }
  const { longest, engine } = await page.evaluate(() => {
    const w = window as unknown as { __long: number[]; __engine: number[] };
    return { longest: Math.max(0, ...w.__long), engine: w.__engine };
  });
  return { latencies, inDocument, engine, longest };
}

const percentile = (values: readonly number[], share: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? NaN;
};
const ms = (value: number) => `${value.toFixed(1)} ms`;

/** Every `step`-th query, so a sample keeps the mix of kinds. */
const sample = <T>(list: readonly T[], most: number) => (list.length <= most ? [...list] : list.filter((_, i) => i % Math.ceil(list.length / most) === 0));

function serve(bodies: { index: string; mentions: string; docs: string; size: number }): Promise<Server> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const send = (body: string | Buffer, type: string) => {
      response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' });
      response.end(body);
    };
    if (path === '/search-index.json') return send(bodies.index, types['.json'] as string);
    if (path === '/search-mentions.json') return send(bodies.mentions, types['.json'] as string);
    if (path === '/__bench/plain.html') return send(plainPage, types['.html'] as string);
    if (path === '/__bench/fuse.mjs') return send(readFileSync('node_modules/fuse.js/dist/fuse.mjs'), types['.js'] as string);
    if (path === '/__bench/docs.json') return send(bodies.docs, types['.json'] as string);
    if (path === '/__bench/options.json') return send(JSON.stringify(fuseOptions), types['.json'] as string);
    let file = normalize(join(dist, path));
    if (!file.startsWith(dist)) return response.writeHead(403).end();
    if (path.endsWith('/')) file = join(file, 'index.html');
    if (!existsSync(file)) return response.writeHead(404).end();
    // The directory page tells the island how many creators its index holds; say the synthetic count.
    if (path === '/creators/') return send(readFileSync(file, 'utf8').replace(/(&quot;size&quot;:\[0,)\d+\]/, `$1${bodies.size}]`), types['.html'] as string);
    send(readFileSync(file), types[extname(file)] ?? 'application/octet-stream');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const executablePath = findBrowser();
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: browserArgs });
const version = browser.version();
const rows: string[][] = [];
try {
  for (const size of sizes) {
    const started = performance.now();
    const { index, evidence } = syntheticSet(size);
    const queries = benchQueries(index).slice(0, Number(process.env.BENCH_QUERIES ?? Infinity));
    const body = JSON.stringify(index);
    const docs = searchDocuments(index);
    const server = await serve({ index: body, mentions: JSON.stringify(evidence), docs: JSON.stringify(docs), size });
    const address = server.address();
    const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const indexGzip = gzipSync(body).length;

    // Ours: the real page, with the synthetic index.
    const page = await browser.newPage();
    await page.addInitScript(instrument);
    await page.goto(`${origin}/creators/`);
    await page.locator('input[type="search"]:enabled').waitFor({ timeout: 120_000 });
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((path) => path.endsWith('.js')));
    const jsGzip = [...new Set(scripts)].reduce((sum, path) => sum + gzipSync(readFileSync(join(dist, path)), { level: 9 }).length, 0);
    const ours = await typeQueries(page, queries);
    await page.close();

    // Plain Fuse over the whole list, on the main thread, on the same data.
    const baselineQueries = size > 10_000 ? sample(queries, baselineMax) : queries;
    const plain = await browser.newPage();
    await plain.addInitScript(instrument);
    await plain.goto(`${origin}/__bench/plain.html`);
    await plain.locator('body[data-ready]').waitFor({ timeout: 120_000 });
    const baseline = await typeQueries(plain, baselineQueries);
    await plain.close();
    server.close();

    // Top-10 agreement with plain Fuse, in Node, on the whole queries.
    const engine = new CreatorSearch(index);
    const fuse = new Fuse(docs, fuseOptions);
    const compared = size > 10_000 ? sample(queries, agreementMax) : queries;
    const differing: string[] = [];
    for (const query of compared) {
      const ourTop = engine.search({ ...emptyState(creatorShape), q: query.text }, 10).results.map((result) => result.index);
      const fuseTop = searchable(query.text.trim()) ? fuse.search(query.text.trim(), { limit: 10 }).map((hit) => hit.refIndex) : [];
      if (ourTop.join() !== fuseTop.join()) differing.push(query.text);
    }
    const agreement = (compared.length - differing.length) / compared.length;

    rows.push([
      size.toLocaleString('en'),
      `${(indexGzip / size).toFixed(1)} B`,
      `${(jsGzip / 1024).toFixed(1)} KB`,
      String(ours.latencies.length),
      ms(percentile(ours.latencies, 0.5)),
      ms(percentile(ours.latencies, 0.95)),
      ms(percentile(ours.inDocument, 0.95)),
      ours.engine.length > 0 ? ms(percentile(ours.engine, 0.95)) : 'in worker',
      ms(ours.longest),
      String(baseline.latencies.length),
      ms(percentile(baseline.latencies, 0.5)),
      ms(percentile(baseline.latencies, 0.95)),
      ms(percentile(baseline.inDocument, 0.95)),
      ms(percentile(baseline.engine, 0.95)),
      `${(percentile(baseline.latencies, 0.95) / percentile(ours.latencies, 0.95)).toFixed(0)}×`,
      `${(agreement * 100).toFixed(1)}% of ${compared.length}`,
    ]);
    console.log(`${size}: done in ${((performance.now() - started) / 1000).toFixed(0)} s; ${queries.length} queries${differing.length ? `; top 10 differs for: ${differing.map((text) => JSON.stringify(text)).join(', ')}` : ''}`);
  }
} finally {
  await browser.close();
}

const header = ['creators', 'index gz/creator', 'page JS gz', 'keys (ours)', 'p50 ours', 'p95 ours', 'p95 ours, in document', 'p95 ours, engine', 'longest main task (ours)', 'keys (plain)', 'p50 plain Fuse', 'p95 plain Fuse', 'p95 plain, in document', 'p95 plain, Fuse alone', 'p95 ratio', 'top-10 agreement'];
const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)));
const line = (cells: readonly string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
console.log(`\nInput to results painted, per keystroke (Chromium ${version}, ${process.env.BENCH_NOTE ?? 'this machine'}):\n`);
console.log(line(header));
console.log(line(widths.map((width) => '-'.repeat(width))));
for (const row of rows) console.log(line(row));
console.log('\np50/p95: key event to the paint showing results for the new text. "In document": to the results being in the page, before the frame that paints them. "Engine": the search call itself (the worker\'s, at sizes searched in a worker, is not timed here).');
console.log('\nTargets: p95 ≤ 16 ms at 10k, ≤ 50 ms at 100k; no main-thread task over 50 ms; index ≤ 60 B gzipped per creator; page JS ≤ 85 KB gzipped; top-10 agreement ≥ 90%.');
