/**
 * Runs Lighthouse (mobile settings) with the installed Chromium against the built site for each
 * page kind, and prints a table. Scores vary between runs, performance most, so this is a
 * report, not a test; it exits 1 only when a score misses its target, so it can gate by choice.
 *
 *   npm run build && npm run lighthouse
 */
import { spawn } from 'node:child_process';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { browserArgs, findBrowser } from './find-browser.mjs';

const port = 4321;
const base = `http://127.0.0.1:${port}`;
const pages = [
  ['home', '/'],
  ['story', '/stories/mahmas-grandmother-and-the-uncle/'],
  ['creators', '/creators/'],
  ['creator', '/creators/aisha-and-the-dallah/'],
  ['brand', '/brands/mahmas-roastery/'],
] as const;
const targets = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 } as const;
const categories = Object.keys(targets) as (keyof typeof targets)[];

async function serverUp(): Promise<boolean> {
  try {
    return (await fetch(base)).ok;
  } catch {
    return false;
  }
}

/** Uses a running `npm start`, or starts `astro preview` for the run. */
async function ensureServer(): Promise<() => void> {
  if (await serverUp()) return () => undefined;
  const server = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'preview', '--host', '127.0.0.1', '--port', String(port)],
    {
      env: { ...process.env, ASTRO_PREVIEW_BACKGROUND: '0' },
      stdio: 'ignore',
    },
  );
  for (let attempt = 0; attempt < 100 && !(await serverUp()); attempt += 1)
    await new Promise((done) => setTimeout(done, 200));
  if (!(await serverUp())) {
    server.kill();
    throw new Error(`The site did not start on ${base}; run npm run build first.`);
  }
  return () => server.kill();
}

const stop = await ensureServer();
const chrome = await chromeLauncher.launch({
  chromePath: findBrowser(),
  chromeFlags: [...browserArgs.filter((flag) => flag !== '--headless'), '--headless=new'],
});
const rows: string[][] = [];
let missed = 0;
try {
  for (const [name, path] of pages) {
    const result = await lighthouse(`${base}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...categories],
    });
    const scores = categories.map((category) =>
      Math.round((result?.lhr.categories[category]?.score ?? 0) * 100),
    );
    scores.forEach((score, index) => {
      const category = categories[index];
      if (category && score < targets[category]) missed += 1;
    });
    const audits = result?.lhr.audits ?? {};
    rows.push([
      name,
      ...scores.map(String),
      audits['largest-contentful-paint']?.displayValue ?? '',
      audits['total-blocking-time']?.displayValue ?? '',
    ]);
  }
} finally {
  chrome.kill();
  stop();
}

const header = ['page', 'perf', 'a11y', 'best practices', 'SEO', 'LCP', 'TBT'];
const widths = header.map((title, index) =>
  Math.max(title.length, ...rows.map((row) => (row[index] ?? '').length)),
);
const line = (cells: string[]) =>
  cells
    .map((cell, index) =>
      index === 0 ? cell.padEnd(widths[index] ?? 0) : cell.padStart(widths[index] ?? 0),
    )
    .join('   ');
console.log(line(header));
rows.forEach((row) => console.log(line(row)));
console.log(
  `\ntargets: performance ≥ ${targets.performance}, accessibility, best practices and SEO ${targets.accessibility} (mobile, simulated throttling)`,
);
if (missed > 0) {
  console.error(`${missed} score(s) below target.`);
  process.exit(1);
}
