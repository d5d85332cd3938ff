/**
 * The search benchmark's options, each given as a flag (`--cpu 4`, `--cpu=4`) or as the
 * environment variable beside it (`BENCH_CPU=4`); a flag wins over the variable.
 */

/** Every option, with its flag, its variable, its default and what it does. One list feeds the parser and the usage text. */
const definitions = {
  sizes: {
    flag: '--sizes',
    env: 'BENCH_SIZES',
    fallback: '1000,10000,100000',
    help: 'sizes to run, in creators',
  },
  cpu: {
    flag: '--cpu',
    env: 'BENCH_CPU',
    fallback: '1',
    help: "CPU slowdown through Chromium's DevTools protocol (4 is Lighthouse's mobile profile); 1 runs at full speed",
  },
  queries: {
    flag: '--queries',
    env: 'BENCH_QUERIES',
    fallback: 'all',
    help: 'type only the first queries of the 240 (for a quick look)',
  },
  baselineMax: {
    flag: '--baseline-max',
    env: 'BENCH_BASELINE_MAX',
    fallback: '20',
    help: 'queries typed into plain Fuse at sizes over 10k (it takes seconds a key there); 0 skips plain Fuse at every size',
  },
  agreementMax: {
    flag: '--agreement-max',
    env: 'BENCH_AGREEMENT_MAX',
    fallback: '60',
    help: 'queries whose top 10 are compared with plain Fuse at sizes over 10k',
  },
  loadRuns: {
    flag: '--load-runs',
    env: 'BENCH_LOAD_RUNS',
    fallback: '3',
    help: 'cold loads of /creators/ on slow 4G per size (their median is reported); 0 skips them',
  },
  screen: {
    flag: '--screen',
    env: 'BENCH_SCREEN',
    fallback: 'desktop',
    help: "the page's screen: desktop (1280×720) or phone (412×823 at 1.75 device pixels, touch: Lighthouse's mobile screen)",
  },
  note: {
    flag: '--note',
    env: 'BENCH_NOTE',
    fallback: 'this machine',
    help: 'what to call the machine in the output',
  },
} as const;

type Name = keyof typeof definitions;

export interface BenchOptions {
  sizes: number[];
  cpu: number;
  /** How many of the queries to type; Infinity for all. */
  queries: number;
  baselineMax: number;
  agreementMax: number;
  loadRuns: number;
  screen: 'desktop' | 'phone';
  note: string;
}

/** The options as a usage text, one line each. */
export const usage = Object.values(definitions)
  .map(
    ({ flag, env, fallback, help }) =>
      `  ${`${flag} <value>, ${env}=<value>`.padEnd(52)} ${help} (default ${fallback})`,
  )
  .join('\n');

/** A whole number at least `least`, or an error that names the option. */
function count(name: Name, text: string, least: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < least)
    throw new Error(
      `${definitions[name].flag} (${definitions[name].env}) must be a whole number of at least ${least}, not "${text}".`,
    );
  return value;
}

/**
 * Reads the options from the command line (flags after the script's name) and the environment.
 * Throws, naming the option, on an unknown flag or a value that is not allowed.
 */
export function benchOptions(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): BenchOptions {
  const given = new Map<Name, string>();
  const names = Object.keys(definitions) as Name[];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    const name = names.find((candidate) => definitions[candidate].flag === flag);
    if (!name) throw new Error(`Unknown option "${arg}". Options:\n${usage}`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`${flag} needs a value.`);
    given.set(name, value);
  }
  const read = (name: Name) =>
    given.get(name) ?? env[definitions[name].env] ?? definitions[name].fallback;

  const sizes = read('sizes')
    .split(',')
    .map((size) => count('sizes', size.trim(), 1));
  const cpu = Number(read('cpu'));
  if (!Number.isFinite(cpu) || cpu < 1)
    throw new Error(
      `--cpu (BENCH_CPU) must be a number of at least 1 (a slowdown factor), not "${read('cpu')}".`,
    );
  const queries = read('queries');
  const screen = read('screen');
  if (screen !== 'desktop' && screen !== 'phone')
    throw new Error(`--screen (BENCH_SCREEN) must be desktop or phone, not "${screen}".`);
  return {
    sizes,
    cpu,
    queries: queries === 'all' ? Infinity : count('queries', queries, 1),
    baselineMax: count('baselineMax', read('baselineMax'), 0),
    agreementMax: count('agreementMax', read('agreementMax'), 1),
    loadRuns: count('loadRuns', read('loadRuns'), 0),
    screen,
    note: read('note'),
  };
}
