/**
 * The search benchmark's arithmetic, kept apart from the browser so it can be tested: percentiles,
 * each typed keystroke's interaction latency from Event Timing entries, and the printed figures.
 */

/** The value at `share` (0.95 for p95) of the sorted values, by nearest rank; NaN when there are none. */
export function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? NaN;
}

/** Every `step`-th item, so a sample keeps the mix of kinds in an ordered list. */
export const sample = <T>(list: readonly T[], most: number): T[] =>
  list.length <= most ? [...list] : list.filter((_, i) => i % Math.ceil(list.length / most) === 0);

/** The median of a list, NaN when it is empty. */
export const median = (values: readonly number[]) => percentile(values, 0.5);

/** The part of a PerformanceEventTiming entry the benchmark keeps. */
export interface EventEntry {
  name: string;
  /** 0 for events that are not part of an interaction (input, beforeinput). */
  interactionId: number;
  startTime: number;
  /** From the event to the next paint, rounded to 8 ms by the browser. */
  duration: number;
}

/** One typed keystroke: the timestamps of its keydown and its keyup, as the page's events gave them. */
export interface KeyWindow {
  from: number;
  to: number;
}

/**
 * Entries only come for events of at least this many milliseconds: the lowest `durationThreshold`
 * the Event Timing API allows. A keystroke without any was quicker.
 */
export const eventThreshold = 16;

/**
 * Each typed keystroke's interaction latency, as INP counts it: the entries of one interaction
 * share an `interactionId` (a key's keydown, keypress and keyup), and the interaction lasts as
 * long as its longest entry. An interaction belongs to the keystroke whose keydown-to-keyup window
 * holds its first entry (give or take `slack` ms, for the timers' coarsening); interactions outside
 * every window (clearing the box, a sentinel key) are left out. A keystroke with no entry was
 * under the threshold: its value is undefined.
 */
export function keystrokeInteractions(entries: readonly EventEntry[], keys: readonly KeyWindow[], slack = 1): (number | undefined)[] {
  const interactions = new Map<number, { start: number; duration: number }>();
  for (const entry of entries) {
    if (entry.interactionId <= 0) continue;
    const seen = interactions.get(entry.interactionId);
    interactions.set(entry.interactionId, {
      start: Math.min(seen?.start ?? Infinity, entry.startTime),
      duration: Math.max(seen?.duration ?? 0, entry.duration),
    });
  }
  const durations: (number | undefined)[] = keys.map(() => undefined);
  for (const { start, duration } of interactions.values()) {
    const at = keys.findIndex((key) => start >= key.from - slack && start <= Math.max(key.from, key.to) + slack);
    if (at >= 0) durations[at] = Math.max(durations[at] ?? 0, duration);
  }
  return durations;
}

/** p50, p95 and the longest of per-keystroke interaction latencies; undefined stands for "under the threshold", as does a result that falls on one. */
export function interactionSummary(durations: readonly (number | undefined)[]): {
  p50: number | undefined;
  p95: number | undefined;
  max: number | undefined;
  reported: number;
} {
  const values = durations.map((duration) => duration ?? -Infinity);
  const pick = (share: number) => {
    const value = percentile(values, share);
    return Number.isFinite(value) ? value : undefined;
  };
  return { p50: pick(0.5), p95: pick(0.95), max: pick(1), reported: durations.filter((duration) => duration !== undefined).length };
}

/** A duration in milliseconds, "—" when there is none. */
export const ms = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? '—' : `${value.toFixed(1)} ms`);

/** An interaction latency: whole milliseconds (the browser rounds them to 8), or under the threshold. */
export const interactionMs = (value: number | undefined) => (value === undefined ? `< ${eventThreshold}` : String(Math.round(value)));

/** A duration in seconds, from milliseconds. */
export const seconds = (value: number) => (Number.isNaN(value) ? '—' : `${(value / 1000).toFixed(2)} s`);

/** A number of bytes, in B, KB or MB of 1,024. */
export function bytes(value: number | undefined): string {
  if (value === undefined || Number.isNaN(value)) return '—';
  if (value < 1024) return `${value} B`;
  if (value < 1024 * 1024) return `${(value / 1024).toFixed(1)} KB`;
  return `${(value / 1024 / 1024).toFixed(1)} MB`;
}

/** A Markdown table, its columns padded to line up. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, i) => Math.max(title.length, 3, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]) => `| ${widths.map((width, i) => (cells[i] ?? '').padEnd(width)).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}
