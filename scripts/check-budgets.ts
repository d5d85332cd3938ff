/**
 * Weighs the built site against its budgets and prints the figures:
 * - reading pages (a story, a creator, a brand, a facet page) load no script at all;
 * - the search pages (/creators/, /stories/) and the compare page (/creators/compare/) load at
 *   most 85 KB of JavaScript each, gzipped, imports included;
 * - no page's HTML is over 60 KB gzipped.
 * The pages of a static list (/creators/page/2/) are weighed as their list's kind of page.
 *
 *   npm run build && npm run check:budgets
 *   node scripts/check-budgets.ts <folder>      a build written elsewhere (astro build --outDir <folder>)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gzipped = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

export const budgets = { htmlGzip: 60 * 1024, searchJsGzip: 85 * 1024 } as const;
/** Pages that may load script, each within `searchJsGzip`: the two searches and the compare page. */
const searchPages = ['/creators/', '/stories/', '/creators/compare/'];

/** Site path of a built page, e.g. dist/stories/x/index.html → /stories/x/. */
function pathOf(file: string): string {
  return `/${file.replace(/index\.html$/, '').replace(/\.html$/, '')}`;
}

/** Executable scripts a page starts: external and inline module scripts, and island code. */
function entryScripts(html: string): { inline: number; urls: string[] } {
  const urls = new Set<string>();
  let inline = 0;
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attributes = match[1] ?? '';
    if (/type="application\/(ld\+)?json"/.test(attributes)) continue;
    const src = /\ssrc="([^"]+)"/.exec(attributes)?.[1];
    if (src) urls.add(src);
    else if ((match[2] ?? '').trim()) inline += 1;
  }
  for (const match of html.matchAll(/\s(?:component-url|renderer-url|href)="([^"]+\.m?js)"/g))
    urls.add(match[1] ?? '');
  return { inline, urls: [...urls].filter(Boolean) };
}

type Load = 'static' | 'dynamic' | 'address';

/**
 * Every JavaScript file reachable from `urls`, each with how it first loads: by a static import,
 * a dynamic `import()`, or from an address the code holds (a worker, or a bundle imported by
 * address), and everything those import in turn.
 */
function reachable(urls: string[]): Map<string, { size: number; load: Load }> {
  const files = new Map<string, { size: number; load: Load }>();
  const queue: [string, Load][] = urls
    .filter((url) => url.startsWith('/'))
    .map((url) => [url, 'static']);
  while (queue.length > 0) {
    const [url, load] = queue.shift() ?? ['', 'static'];
    if (files.has(url)) continue;
    const file = join(dist, url);
    if (!existsSync(file)) continue;
    const code = readFileSync(file, 'utf8');
    files.set(url, { size: gzipped(code), load });
    for (const match of code.matchAll(
      /(\bfrom|\bimport\s*\(|\bimport|)\s*["'`]([^"'`\s]+\.m?js)["'`]/g,
    )) {
      const how = match[1] ?? '';
      const target = match[2] ?? '';
      const next: Load =
        load !== 'static'
          ? load
          : how === ''
            ? 'address'
            : /import\s*\(/.test(how)
              ? 'dynamic'
              : 'static';
      queue.push([target.startsWith('/') ? target : posix.join(dirname(url), target), next]);
    }
  }
  return files;
}

/**
 * The JavaScript a visit loads, gzipped: everything imported statically, plus the larger of the
 * kinds loaded on demand (dynamic imports, or bundles started from their address: the search
 * engine's bundle runs in the page or as a worker, so it counts once).
 */
const weighed = new Map<string, number>();
function pageJs(urls: string[]): number {
  // Pages of one kind start the same scripts: weigh each set once.
  const key = urls.join(' ');
  const known = weighed.get(key);
  if (known !== undefined) return known;
  const sum = (load: Load) =>
    [...reachable(urls).values()]
      .filter((file) => file.load === load)
      .reduce((total, file) => total + file.size, 0);
  const total = sum('static') + Math.max(sum('dynamic'), sum('address'));
  weighed.set(key, total);
  return total;
}

const files = existsSync(dist)
  ? readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.html'))
      .sort()
  : [];
if (files.length === 0) {
  console.error(
    `No built pages in ${dist}/: run \`astro build\` first, or name the folder a build wrote to.`,
  );
  process.exit(1);
}
const failures: string[] = [];
const kinds = new Map<
  string,
  { pages: number; maxHtml: number; maxHtmlPath: string; maxJs: number }
>();

for (const file of files) {
  const path = pathOf(file);
  // Each locale's pages are weighed as the same kinds: /ar/stories/x/ is a story page in Arabic.
  const locale = /^\/(ar|ja)\//.exec(path)?.[1];
  // A list's later pages are weighed as the list: /creators/page/2/ as /creators/, with the same budgets.
  const paged = /\/page\/\d+\/$/.exec(path);
  const listPath = paged ? path.slice(0, paged.index + 1) : path;
  const bare = locale ? listPath.slice(locale.length + 1) : listPath;
  const html = readFileSync(join(dist, file), 'utf8');
  const htmlSize = gzipped(html);
  const { inline, urls } = entryScripts(html);
  const js = pageJs(urls);
  // Pages whose script is the page: the searches, and the compare page that fills its table.
  const scripted = searchPages.includes(bare);
  // Stories, profiles, brand pages and the static facet pages (/creators/region/europe/,
  // /stories/theme/inclusion/); a story's embed card (/stories/x/embed/) is weighed on its own.
  const reading =
    !scripted &&
    (/^\/(stories|creators|brands)\/[^/]+\/$/.test(bare) ||
      (/^\/(creators|stories)\/[^/]+\/[^/]+\/$/.test(bare) && !bare.endsWith('/embed/')));
  const segments = bare.split('/').filter(Boolean);
  const kind = `${locale ? `${locale} ` : ''}${reading ? `${segments.slice(0, -1).join('/')}/<page>` : bare}${paged ? ' page/<n>/' : ''}`;

  if (htmlSize > budgets.htmlGzip)
    failures.push(`${path}: HTML is ${kb(htmlSize)} gzipped, over ${kb(budgets.htmlGzip)}.`);
  if (reading && (urls.length > 0 || inline > 0))
    failures.push(
      `${path}: a reading page loads ${urls.length + inline} script(s); it must load none.`,
    );
  if (scripted && js > budgets.searchJsGzip)
    failures.push(`${path}: JavaScript is ${kb(js)} gzipped, over ${kb(budgets.searchJsGzip)}.`);

  const row = kinds.get(kind) ?? { pages: 0, maxHtml: 0, maxHtmlPath: path, maxJs: 0 };
  row.pages += 1;
  if (htmlSize > row.maxHtml) Object.assign(row, { maxHtml: htmlSize, maxHtmlPath: path });
  row.maxJs = Math.max(row.maxJs, js);
  kinds.set(kind, row);
}

console.log(
  'page kind                               pages   largest HTML (gzip)   JavaScript (gzip)',
);
for (const [kind, row] of [...kinds].sort((a, b) => a[0].localeCompare(b[0]))) {
  console.log(
    `${kind.padEnd(40)}${String(row.pages).padStart(5)}   ${kb(row.maxHtml).padStart(19)}   ${kb(row.maxJs).padStart(17)}`,
  );
}
console.log(
  `\nbudgets: HTML ≤ ${kb(budgets.htmlGzip)} per page · reading pages: no script · search and compare pages (${searchPages.join(', ')}): JavaScript ≤ ${kb(budgets.searchJsGzip)}`,
);
if (failures.length > 0) {
  console.error(`\n${failures.length} over budget:\n${failures.join('\n')}`);
  process.exit(1);
}
console.log('All pages within budget.');
