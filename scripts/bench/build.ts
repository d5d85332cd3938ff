/**
 * The build benchmark (`npm run bench:build`): how long the project takes to build, and how
 * much memory, at a given size, against a bare Astro + MDX site over the same files.
 *
 * It writes a synthetic site in the real schema under .tmp/bench-build/ (scripts/bench/synthetic-site.ts:
 * brands; creators with mentions of those brands; stories with every section, varied in length,
 * creators and themes, each with its own hero image, drawn once and kept in .tmp/bench-build/heroes/
 * for later runs), times `check:content` on it, and then builds it, in the same run:
 *
 *   cold   with the output, .astro/ and Astro's cacheDir removed (the project's is node_modules/.astro:
 *          the content store, the image cache, and any cache the project keeps there)
 *   warm   after changing one story's title, with every cache and the output kept
 *
 * twice over: with the project (its own config, pointed at the synthetic content by
 * CASEBOOK_CONTENT_DIR, writing into .tmp), and with the bare site (scripts/bench/bare-site.ts:
 * glob loaders over the same folders, a page per story with its hero through <Image>, a page per
 * creator, nothing else). Both run `astro build` on the project's Node and node_modules.
 *
 * Wall time is measured here. Peak memory is the sum of VmRSS over the build's whole process
 * tree, read from /proc every 100 ms; each build also runs under `/usr/bin/time -v`, whose
 * "Maximum resident set size" (the largest single process) is printed beside it. Pages are the
 * .html files in the output. Each build's log goes to .tmp/bench-build/logs/, with the time
 * each line arrived, and is read for where the time went: phases, and the time Astro reports
 * per route, summed by kind of route.
 *
 *   --stories 1000 --creators 1000   the size (these are the defaults)
 *   --brands N                       brands (default stories / 20 + 20)
 *   --skip-bare                      build only the project
 *   --only cold|warm                 one kind of build; a warm build with nothing cached first builds once, unmeasured
 *   --keep                           keep the generated content, the sites' outputs and caches (otherwise removed,
 *                                    and the project's caches rebuilt for its own content by `astro sync`)
 *
 *   npm run bench:build -- --stories 10000 --creators 100000
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { writeBareSite } from './bare-site.ts';
import { BuildLog } from './build-log.ts';
import { defaultBrandCount, writeSyntheticSite, type SiteSize } from './synthetic-site.ts';

const { values: options } = parseArgs({
  options: {
    stories: { type: 'string', default: '1000' },
    creators: { type: 'string', default: '1000' },
    brands: { type: 'string' },
    'skip-bare': { type: 'boolean', default: false },
    only: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const count = (text: string | undefined, what: string) => {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`--${what} takes a whole number of at least 1 (got ${text ?? 'nothing'}).`);
    process.exit(2);
  }
  return value;
};
const stories = count(options.stories, 'stories');
const size: SiteSize = {
  stories,
  creators: count(options.creators, 'creators'),
  brands:
    options.brands === undefined ? defaultBrandCount(stories) : count(options.brands, 'brands'),
};
if (options.only !== undefined && options.only !== 'cold' && options.only !== 'warm') {
  console.error('--only takes cold or warm.');
  process.exit(2);
}
const kinds = (options.only === undefined ? ['cold', 'warm'] : [options.only]) as Kind[];

type Kind = 'cold' | 'warm';
type SiteName = 'casebook' | 'bare';

const root = process.cwd();
const bench = join(root, '.tmp/bench-build');
const siteDir = join(bench, `site-${size.stories}-${size.creators}-${size.brands}`);
const contentDir = join(siteDir, 'content');
const logs = join(bench, 'logs');
const astro = join(root, 'node_modules/astro/bin/astro.mjs');
const timeCommand = '/usr/bin/time';
const hasTime = existsSync(timeCommand);
const hasProc = existsSync('/proc/self/status');
/** Which synthetic site the project's caches were last filled from, so a warm run knows whether they are its own. */
const cacheOwner = join(bench, 'casebook-cache-owner');

interface Site {
  name: SiteName;
  label: string;
  cwd: string;
  outDir: string;
  /** What a cold build removes. */
  caches: string[];
  env: Record<string, string>;
}

const sites: Site[] = [
  {
    name: 'casebook',
    label: 'Casebook',
    cwd: root,
    outDir: join(siteDir, 'out/casebook'),
    // Astro's cacheDir holds the content store and image cache, and is where the project keeps any cache of its own.
    caches: [
      join(root, '.astro'),
      join(root, 'node_modules/.astro'),
      join(root, 'node_modules/.vite'),
    ],
    env: { CASEBOOK_CONTENT_DIR: relative(root, contentDir) },
  },
  ...(options['skip-bare']
    ? []
    : [
        {
          name: 'bare' as const,
          label: 'bare Astro + MDX',
          cwd: join(siteDir, 'bare'),
          outDir: join(siteDir, 'out/bare'),
          caches: [join(siteDir, 'bare/.astro'), join(siteDir, 'bare/.cache')],
          env: {},
        },
      ]),
];

const gib = (bytes: number) => `${(bytes / 2 ** 30).toFixed(2)} GiB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const thousands = (n: number) => n.toLocaleString('en');

const nodeVersion = process.version;
const machine = `${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${gib(totalmem())} memory, Node ${nodeVersion}, Astro ${(JSON.parse(readFileSync(join(root, 'node_modules/astro/package.json'), 'utf8')) as { version: string }).version}, ${process.platform}`;
console.log(
  `Build benchmark: ${thousands(size.stories)} stories, ${thousands(size.creators)} creators, ${thousands(size.brands)} brands`,
);
const load = () =>
  `${loadavg()
    .map((value) => value.toFixed(2))
    .join(' ')} (1, 5, 15 min)`;
console.log(`Machine: ${machine}; load average ${load()}\n`);

// 1. The content.
mkdirSync(logs, { recursive: true });
let started = performance.now();
const written = await writeSyntheticSite(contentDir, size, join(bench, 'heroes'), (line) =>
  console.log(`  ${line}`),
);
const generationMs = performance.now() - started;
console.log(
  `Generated ${relative(root, contentDir)} in ${seconds(generationMs)} (${thousands(written.heroesDrawn)} heroes drawn, ${thousands(written.heroesReused)} from the cache).`,
);

// 2. The content checker, as editors run it.
started = performance.now();
const check = spawnSync(process.execPath, ['scripts/check-content.ts'], {
  cwd: root,
  env: { ...process.env, CASEBOOK_CONTENT_DIR: relative(root, contentDir) },
  encoding: 'utf8',
  maxBuffer: 256 * 2 ** 20,
});
const checkMs = performance.now() - started;
if (check.status !== 0) {
  console.error(`${check.stdout}${check.stderr}`.split('\n').slice(0, 40).join('\n'));
  console.error(
    '\nThe synthetic content does not pass check:content; that is a bug in scripts/bench/synthetic-site.ts.',
  );
  process.exit(1);
}
const checkerOwnMs = Number(/checked in (\d+) ms/.exec(check.stdout)?.[1] ?? NaN);
console.log(
  `check:content: ${seconds(checkMs)} wall, ${thousands(checkerOwnMs)} ms by its own count.\n`,
);

if (sites.some((site) => site.name === 'bare')) writeBareSite(join(siteDir, 'bare'), contentDir);

interface Run {
  ms: number;
  /** Highest sum of VmRSS over the process tree, in bytes. */
  treePeak: number;
  /** /usr/bin/time's maximum resident set size: the largest single process, in bytes. */
  largest: number | undefined;
  pages: number;
  files: number;
  exit: number | null;
  log: string;
  parsed: BuildLog;
  /** Astro's own timers (ASTRO_TIMER_PATH): milliseconds by name, such as "Total build" and "Client build". */
  timers: Record<string, number>;
}

/** Pids of a process and all its descendants, from the parent pid in each /proc/<pid>/stat. */
function processTree(top: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    // The command name is in parentheses and may contain spaces; the parent pid is the second field after it.
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
  }
  const tree = [top];
  // The loop also visits the pids it appends, so it walks the whole tree.
  for (const pid of tree) tree.push(...(children.get(pid) ?? []));
  return tree;
}

function treeRss(top: number): number {
  let sum = 0;
  for (const pid of processTree(top)) {
    try {
      sum +=
        Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) *
        1024;
    } catch {
      // exited meanwhile
    }
  }
  return sum;
}

function countFiles(folder: string): { pages: number; files: number } {
  if (!existsSync(folder)) return { pages: 0, files: 0 };
  const all = readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) =>
    entry.isFile(),
  );
  return { pages: all.filter((entry) => entry.name.endsWith('.html')).length, files: all.length };
}

/** Runs `astro build` for a site, timing it, sampling its memory and reading its log as it comes. */
async function build(site: Site, kind: Kind | 'priming'): Promise<Run> {
  const log = join(logs, `${site.name}-${size.stories}-${size.creators}-${kind}.log`);
  const timeFile = `${log}.time`;
  const timerFile = `${log}.timers.json`;
  rmSync(timerFile, { force: true });
  const astroArgs = [astro, 'build', '--outDir', site.outDir];
  const [command, args] = hasTime
    ? [timeCommand, ['-v', '-o', timeFile, process.execPath, ...astroArgs]]
    : [process.execPath, astroArgs];
  const out = createWriteStream(log);
  const parsed = new BuildLog();
  const began = performance.now();
  const child = spawn(command, args, {
    cwd: site.cwd,
    env: {
      ...process.env,
      ...site.env,
      ASTRO_TIMER_PATH: timerFile,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let treePeak = 0;
  const sampler =
    hasProc && child.pid !== undefined
      ? setInterval(() => (treePeak = Math.max(treePeak, treeRss(child.pid as number))), 100)
      : undefined;
  const heartbeat = setInterval(
    () =>
      console.log(
        `    … ${seconds(performance.now() - began)}: ${parsed.phase}, ${thousands(parsed.routeCount)} routes so far`,
      ),
    60_000,
  );
  const read = (stream: NodeJS.ReadableStream) =>
    new Promise<void>((done) => {
      const lines = createInterface({ input: stream });
      lines.on('line', (text) => {
        const at = performance.now() - began;
        out.write(`[+${(at / 1000).toFixed(3)}s] ${text}\n`);
        parsed.line(text);
      });
      lines.on('close', done);
    });
  const exit = await new Promise<number | null>((done) => {
    void Promise.all([
      read(child.stdout),
      read(child.stderr),
      new Promise<number | null>((exited) => child.on('exit', exited)),
    ]).then(([, , code]) => done(code));
  });
  const ms = performance.now() - began;
  clearInterval(sampler);
  clearInterval(heartbeat);
  await new Promise((done) => out.end(done));
  const maxKb =
    hasTime && existsSync(timeFile)
      ? /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(timeFile, 'utf8'))?.[1]
      : undefined;
  const timers = existsSync(timerFile)
    ? Object.fromEntries(
        Object.entries(
          JSON.parse(readFileSync(timerFile, 'utf8')) as Record<string, { elapsedTime: number }>,
        ).map(([name, stat]) => [name, stat.elapsedTime]),
      )
    : {};
  return {
    ms,
    treePeak,
    largest: maxKb === undefined ? undefined : Number(maxKb) * 1024,
    ...countFiles(site.outDir),
    exit,
    log,
    parsed,
    timers,
  };
}

/** Changes the title of the story the warm build edits (it stays under the 110-character limit); returns the file's text to put back. */
function changeTitle(file: string): string {
  const text = readFileSync(file, 'utf8');
  const title = /^title: (.*)$/m.exec(text)?.[1];
  if (title === undefined) throw new Error(`No title line in ${file}.`);
  const plain = title.startsWith('"') ? (JSON.parse(title) as string) : title;
  const mark = ` (revised ${new Date().toISOString().slice(0, 19)})`;
  writeFileSync(
    file,
    text.replace(
      /^title: .*$/m,
      () => `title: ${JSON.stringify(plain.slice(0, 110 - mark.length) + mark)}`,
    ),
  );
  return text;
}

const results = new Map<string, Run>();
const key = (site: SiteName, kind: Kind) => `${site}/${kind}`;
let original: string | undefined;
let projectCachesFilled = false;
for (const kind of kinds) {
  if (kind === 'warm') {
    // A warm build needs a build before it, of this content, with its caches.
    for (const site of sites) {
      const owned =
        site.name === 'casebook'
          ? existsSync(cacheOwner) && readFileSync(cacheOwner, 'utf8') === contentDir
          : true;
      if (!existsSync(site.outDir) || !owned) {
        console.log(
          `${site.label}: nothing cached for this content; building once first (not measured)…`,
        );
        const primed = await build(site, 'priming');
        if (primed.exit !== 0)
          throw new Error(`${site.label} failed to build; see ${relative(root, primed.log)}.`);
        if (site.name === 'casebook') writeFileSync(cacheOwner, contentDir);
        projectCachesFilled ||= site.name === 'casebook';
      }
    }
    original = changeTitle(written.editableStory);
    console.log(`Changed the title of ${relative(root, written.editableStory)}.`);
  }
  for (const site of sites) {
    if (kind === 'cold')
      for (const folder of [site.outDir, ...site.caches])
        rmSync(folder, { recursive: true, force: true });
    console.log(`${site.label}, ${kind} build…`);
    const run = await build(site, kind);
    results.set(key(site.name, kind), run);
    if (site.name === 'casebook') {
      writeFileSync(cacheOwner, contentDir);
      projectCachesFilled = true;
    }
    console.log(
      `  ${run.exit === 0 ? 'done' : `FAILED (exit ${String(run.exit)})`} in ${seconds(run.ms)}, ${thousands(run.pages)} pages, peak ${gib(run.treePeak)}; log ${relative(root, run.log)}`,
    );
  }
}
if (original !== undefined) writeFileSync(written.editableStory, original);

// The table.
const cell = (run: Run | undefined, show: (run: Run) => string) =>
  run === undefined ? '–' : run.exit !== 0 ? `failed (exit ${String(run.exit)})` : show(run);
const ratio = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined || b === 0 ? '–' : `${(a / b).toFixed(2)}×`;
const get = (site: SiteName, kind: Kind) => {
  const run = results.get(key(site, kind));
  return run?.exit === 0 ? run : undefined;
};
const rows: string[][] = [];
const row = (
  label: string,
  kind: Kind,
  show: (run: Run) => string,
  value: (run: Run) => number,
) => {
  if (!kinds.includes(kind)) return;
  const ours = results.get(key('casebook', kind));
  const bare = results.get(key('bare', kind));
  const a = get('casebook', kind);
  const b = get('bare', kind);
  rows.push([label, cell(ours, show), cell(bare, show), ratio(a && value(a), b && value(b))]);
};
row(
  'cold build',
  'cold',
  (run) => seconds(run.ms),
  (run) => run.ms,
);
row(
  'warm rebuild (one title changed)',
  'warm',
  (run) => seconds(run.ms),
  (run) => run.ms,
);
row(
  'peak memory, cold (process tree)',
  'cold',
  (run) => gib(run.treePeak),
  (run) => run.treePeak,
);
row(
  'peak memory, warm (process tree)',
  'warm',
  (run) => gib(run.treePeak),
  (run) => run.treePeak,
);
row(
  'pages (.html files)',
  kinds[0] ?? 'cold',
  (run) => thousands(run.pages),
  (run) => run.pages,
);
row(
  'all files in the output',
  kinds[0] ?? 'cold',
  (run) => thousands(run.files),
  (run) => run.files,
);

const header = ['', 'Casebook', 'bare Astro + MDX', 'ratio'];
const widths = header.map((title, i) =>
  Math.max(title.length, ...rows.map((r) => (r[i] ?? '').length)),
);
const line = (cells: readonly string[]) =>
  `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
const report: string[] = [];
report.push(
  `\nBuild benchmark: ${thousands(size.stories)} stories, ${thousands(size.creators)} creators, ${thousands(size.brands)} brands (${machine})\n`,
);
report.push(line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line));
report.push(
  `\nLoad average at the end: ${load()}; other work on the machine slows builds.\ncheck:content on the synthetic content: ${seconds(checkMs)} wall (${thousands(checkerOwnMs)} ms by its own count). Generation: ${seconds(generationMs)}, ${thousands(written.heroesDrawn)} heroes drawn, ${thousands(written.heroesReused)} from the cache.`,
);
report.push(
  `Peak memory: the highest sum of VmRSS over the build's process tree, sampled from /proc every 100 ms${hasProc ? '' : ' (no /proc here: not measured)'}. ` +
    `Largest single process by /usr/bin/time -v ("Maximum resident set size"): ${
      hasTime
        ? [...results]
            .map(([name, run]) => `${name} ${run.largest === undefined ? '–' : gib(run.largest)}`)
            .join(', ')
        : 'not available here'
    }.`,
);

// Where the time goes: Astro's own timers and the durations it logs; what they leave out is start-up and exit.
const breakdown = [...results].filter(([, run]) => run.exit === 0);
if (breakdown.length > 0) {
  const names = breakdown.map(([name]) => name);
  const phase = (label: string, value: (run: Run) => number | undefined) => [
    label,
    ...breakdown.map(([, run]) => {
      const ms = value(run);
      return ms === undefined || Number.isNaN(ms) ? '–' : seconds(ms);
    }),
  ];
  const bundling = (run: Run) =>
    ['Prerender build', 'SSR build', 'Client build'].reduce(
      (sum, name) => sum + (run.timers[name] ?? 0),
      0,
    );
  const total = (run: Run) => run.timers['Total build'];
  const phaseRows = [
    phase('whole build, wall', (run) => run.ms),
    phase('  Node start-up, loading Astro, exit', (run) => {
      const inside = total(run);
      return inside === undefined ? undefined : run.ms - inside;
    }),
    phase('  content sync and types', (run) => run.parsed.reported.sync),
    phase('    of which the content layer', (run) => run.timers['Sync content layer']),
    phase('  bundling (Vite: prerender, SSR, client)', (run) => bundling(run)),
    phase('  rendering pages and endpoints', (run) => run.parsed.reported.routes),
    phase('  optimising images', (run) => run.parsed.reported.images),
    phase('  the rest (config, collecting, assets, integrations)', (run) => {
      const inside = total(run);
      return inside === undefined
        ? undefined
        : inside -
            (run.parsed.reported.sync ?? 0) -
            bundling(run) -
            (run.parsed.reported.routes ?? 0) -
            (run.parsed.reported.images ?? 0);
    }),
  ];
  const largest = (group: string) =>
    Math.max(...breakdown.map(([, run]) => run.parsed.routes.get(group)?.ms ?? 0));
  const groups = [...new Set(breakdown.flatMap(([, run]) => [...run.parsed.routes.keys()]))].sort(
    (a, b) => largest(b) - largest(a),
  );
  const routeRows = groups.map((group) => [
    `  ${group}`,
    ...breakdown.map(([, run]) => {
      const sum = run.parsed.routes.get(group);
      return sum
        ? `${seconds(sum.ms)} (${thousands(sum.count)} × ${(sum.ms / sum.count).toFixed(0)} ms)`
        : '–';
    }),
  ]);
  const unattributed = phase(
    '  rendering outside any route (getStaticPaths: content, share cards)',
    (run) => {
      const routes = run.parsed.reported.routes;
      return routes === undefined
        ? undefined
        : routes - [...run.parsed.routes.values()].reduce((sum, group) => sum + group.ms, 0);
    },
  );
  const imageRow = [
    'images generated / from the cache',
    ...breakdown.map(
      ([, run]) =>
        `${thousands(run.parsed.images.generated)} / ${thousands(run.parsed.images.reused)}`,
    ),
  ];
  const cardRow = [
    'share cards drawn / from the project’s cache (its log)',
    ...breakdown.map(([, run]) => {
      const cards = run.parsed.shareCards;
      return cards ? `${thousands(cards.drawn)} / ${thousands(cards.reused)}` : '–';
    }),
  ];
  const all = [
    ['', ...names],
    ...phaseRows,
    ['rendering, by kind of route (Astro’s time per route)', ...names.map(() => '')],
    ...routeRows,
    unattributed,
    imageRow,
    cardRow,
  ];
  const w = all[0]?.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length))) ?? [];
  const l = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => c.padEnd(w[i] ?? 0)).join(' | ')} |`;
  report.push(
    '\nWhere the time goes (Astro’s own timers, ASTRO_TIMER_PATH, and the durations it logs):\n',
    l(all[0] ?? []),
    l(w.map((n) => '-'.repeat(n))),
    ...all.slice(1).map(l),
  );
}
const text = report.join('\n');
console.log(text);
writeFileSync(join(logs, `summary-${size.stories}-${size.creators}.md`), `${text}\n`);

// Clean up: the generated site, and the project's caches, which now hold the synthetic content.
if (!options.keep) {
  rmSync(siteDir, { recursive: true, force: true });
  if (projectCachesFilled) {
    for (const folder of sites[0]?.caches ?? []) rmSync(folder, { recursive: true, force: true });
    rmSync(cacheOwner, { force: true });
    spawnSync(process.execPath, [astro, 'sync'], {
      cwd: root,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: 'ignore',
    });
  }
  console.log(
    `\nRemoved ${relative(root, siteDir)}/ and the project's caches (rebuilt for its own content by astro sync); heroes stay cached in ${relative(root, join(bench, 'heroes'))}/, logs in ${relative(root, logs)}/. --keep keeps everything.`,
  );
}
if ([...results.values()].some((run) => run.exit !== 0)) process.exitCode = 1;
