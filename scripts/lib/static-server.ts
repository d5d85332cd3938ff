/**
 * A built site served from its folder, as a static host serves it: `/x/` is `/x/index.html`, a
 * missing page is the site's 404.html with status 404, nothing outside the folder is reachable.
 * The sampled audit serves a large build with it; the search benchmark's server finds its files
 * the same way.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

/** The Content-Type of each kind of file a build writes. */
export const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
};

/** The file in `folder` that serves `path` (`/x/` → `x/index.html`), or undefined when none does. */
export function fileFor(folder: string, path: string): string | undefined {
  const root = resolve(folder);
  let file = normalize(join(root, path));
  if (path.endsWith('/')) file = join(file, 'index.html');
  if (file !== root && !file.startsWith(`${root}/`)) return undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

export interface FolderServer {
  origin: string;
  close: () => Promise<void>;
}

/** Serves `folder` on a free port of 127.0.0.1 until closed. */
export async function serveFolder(folder: string): Promise<FolderServer> {
  const server = createServer((request, response) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    const file = fileFor(folder, path) ?? fileFor(folder, `${path}/`);
    if (file && !path.endsWith('/') && file.endsWith('/index.html') && !path.endsWith('.html')) {
      response.writeHead(301, { Location: `${path}/` }).end();
      return;
    }
    const notFound = file ? undefined : fileFor(folder, '/404.html');
    const served = file ?? notFound;
    if (!served) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(file ? 200 : 404, {
      'Content-Type': contentTypes[extname(served)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
    });
    response.end(readFileSync(served));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
