import { describe, expect, it } from 'vitest';
import { benchOptions } from '../../scripts/bench/options.ts';
import {
  interactionMs,
  interactionSummary,
  keystrokeInteractions,
  percentile,
  table,
  type EventEntry,
} from '../../scripts/bench/stats.ts';

describe('search benchmark options', () => {
  it('runs every size at full speed when nothing is given', () => {
    expect(benchOptions([], {})).toEqual({
      sizes: [1000, 10000, 100000],
      cpu: 1,
      queries: Infinity,
      baselineMax: 20,
      agreementMax: 60,
      loadRuns: 3,
      screen: 'desktop',
      note: 'this machine',
    });
  });

  it('takes --cpu 4 and --cpu=4 from the command line, over the environment', () => {
    expect(benchOptions(['--cpu', '4'], { BENCH_CPU: '2' }).cpu).toBe(4);
    expect(benchOptions(['--cpu=4'], {}).cpu).toBe(4);
    expect(benchOptions([], { BENCH_CPU: '6' }).cpu).toBe(6);
  });

  it('reads the other options from the environment as before', () => {
    const options = benchOptions([], {
      BENCH_SIZES: '1000,10000',
      BENCH_QUERIES: '20',
      BENCH_BASELINE_MAX: '0',
      BENCH_LOAD_RUNS: '1',
    });
    expect(options).toMatchObject({
      sizes: [1000, 10000],
      queries: 20,
      baselineMax: 0,
      loadRuns: 1,
    });
  });

  it('refuses an unknown flag, a flag without a value and a slowdown under 1, naming the option', () => {
    expect(() => benchOptions(['--cpus', '4'], {})).toThrow(/Unknown option "--cpus"/);
    expect(() => benchOptions(['--cpu'], {})).toThrow(/--cpu needs a value/);
    expect(() => benchOptions(['--cpu', '0.5'], {})).toThrow(
      /--cpu \(BENCH_CPU\) must be a number of at least 1/,
    );
    expect(() => benchOptions([], { BENCH_SIZES: '1000,ten' })).toThrow(/--sizes \(BENCH_SIZES\)/);
  });

  it("takes a phone's screen, and refuses a screen it does not know", () => {
    expect(benchOptions(['--screen', 'phone'], {}).screen).toBe('phone');
    expect(benchOptions([], { BENCH_SCREEN: 'phone' }).screen).toBe('phone');
    expect(() => benchOptions(['--screen', 'tablet'], {})).toThrow(
      /--screen \(BENCH_SCREEN\) must be desktop or phone, not "tablet"/,
    );
  });
});

describe('search benchmark figures', () => {
  it('takes percentiles by nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 0.5)).toBe(51);
    expect(percentile(values, 0.95)).toBe(96);
    expect(percentile(values, 1)).toBe(100);
    expect(percentile([], 0.5)).toBeNaN();
  });

  const entry = (
    name: string,
    interactionId: number,
    startTime: number,
    duration: number,
  ): EventEntry => ({ name, interactionId, startTime, duration });

  it('gives each typed key the longest entry of its interaction, and leaves out interactions outside the typed keys', () => {
    const keys = [
      { from: 100, to: 130 },
      { from: 200, to: 210 },
      { from: 300, to: 305 },
    ];
    const entries = [
      // Clearing the box, before the first key.
      entry('keydown', 5, 50, 40),
      entry('keydown', 7, 100, 24),
      entry('keypress', 7, 100, 24),
      entry('input', 0, 101.5, 96),
      entry('keyup', 7, 130, 56),
      // The second key's keydown was under the threshold; only its keyup was reported.
      entry('keyup', 14, 210.1, 32),
      // The sentinel key, after the last.
      entry('keydown', 28, 400, 24),
    ];
    expect(keystrokeInteractions(entries, keys)).toEqual([56, 32, undefined]);
  });

  it('counts keys without an entry as under the threshold in the percentiles', () => {
    const summary = interactionSummary([undefined, undefined, undefined, 40, 120]);
    expect(summary).toEqual({ p50: undefined, p95: 120, max: 120, reported: 2 });
    expect(interactionMs(summary.p50)).toBe('< 16');
    expect(interactionMs(summary.p95)).toBe('120');
  });

  it('prints a Markdown table with aligned columns', () => {
    expect(table(['size', 'p95'], [['1,000', '8.0 ms']])).toBe(
      '| size  | p95    |\n| ----- | ------ |\n| 1,000 | 8.0 ms |',
    );
  });
});
