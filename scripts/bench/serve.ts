/**
 * The search benchmark's web server: the built site from dist/, with a synthetic index and mention
 * evidence in place of the real ones, and the plain-Fuse baseline page. Text (HTML, CSS, JS, JSON,
 * SVG) goes out gzipped at level 9 when the browser asks for it, as a static host sends
 * precompressed files, so bytes on the wire are realistic; the server counts the bytes it sends.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { contentTypes, fileFor } from '../lib/static-server.ts';

const compressed = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.xml', '.txt']);

/** A body as sent: raw, and gzipped when its type is text. */
interface Body {
  raw: Buffer;
  gzip: Buffer | undefined;
  type: string;
}

const body = (data: string | Buffer, extension: string): Body => {
  const raw = Buffer.isBuffer(data) ? data : Buffer.from(data);
  return {
    raw,
    gzip: compressed.has(extension) ? gzipSync(raw, { level: 9 }) : undefined,
    type: contentTypes[extension] ?? 'application/octet-stream',
  };
};

/** What a page load fetched: bytes sent (gzipped where they were) for each path. */
export type Tally = Map<string, number>;

export interface BenchServer {
  origin: string;
  /** The synthetic index and evidence as served: raw and gzipped. */
  sizes: { index: { raw: number; gzip: number }; evidence: { raw: number; gzip: number } };
  /** Starts counting afresh and returns the new tally. */
  count: () => Tally;
  close: () => Promise<void>;
}

/**
 * Serves `dist` with the given index and evidence (and the baseline's documents and options).
 * The directory page says how many creators its index holds; it is told `size`.
 */
export async function serveBench({
  dist,
  index,
  evidence,
  docs,
  options,
  plainPage,
  size,
}: {
  dist: string;
  index: string;
  evidence: string;
  docs: string;
  options: string;
  plainPage: string;
  size: number;
}): Promise<BenchServer> {
  const fixed = new Map<string, Body>([
    ['/search-index.json', body(index, '.json')],
    ['/search-mentions.json', body(evidence, '.json')],
    ['/__bench/plain.html', body(plainPage, '.html')],
    ['/__bench/fuse.mjs', body(readFileSync('node_modules/fuse.js/dist/fuse.mjs'), '.mjs')],
    ['/__bench/docs.json', body(docs, '.json')],
    ['/__bench/options.json', body(options, '.json')],
  ]);
  const files = new Map<string, Body | undefined>();
  const fromDist = (path: string): Body | undefined => {
    if (files.has(path)) return files.get(path);
    const file = fileFor(dist, path);
    let found: Body | undefined;
    if (file) {
      const data = readFileSync(file);
      // The directory page tells the island how many creators its index holds; say the synthetic count.
      found =
        path === '/creators/'
          ? body(
              data.toString('utf8').replace(/(&quot;size&quot;:\[0,)\d+\]/, `$1${size}]`),
              '.html',
            )
          : body(data, extname(file));
    }
    files.set(path, found);
    return found;
  };

  let tally: Tally = new Map();
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const found = fixed.get(path) ?? fromDist(path);
    if (!found) {
      response.writeHead(404).end();
      return;
    }
    const gzip =
      found.gzip && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')
        ? found.gzip
        : undefined;
    const sent = gzip ?? found.raw;
    response.writeHead(200, {
      'Content-Type': found.type,
      'Content-Length': sent.length,
      'Cache-Control': 'no-store',
      Vary: 'Accept-Encoding',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    response.end(sent);
    tally.set(path, (tally.get(path) ?? 0) + sent.length);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const sized = (key: string) => {
    const served = fixed.get(key);
    return { raw: served?.raw.length ?? 0, gzip: served?.gzip?.length ?? 0 };
  };
  return {
    origin: `http://127.0.0.1:${port}`,
    sizes: { index: sized('/search-index.json'), evidence: sized('/search-mentions.json') },
    count: () => (tally = new Map()),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
