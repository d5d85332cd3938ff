/**
 * Reads an `astro build` log as it is written, for the build benchmark: the durations Astro
 * reports itself (content sync and types, rendering pages and endpoints, optimising images),
 * the time it reports for each route, summed by kind of route, and how many images it
 * generated or took from its cache, and what the project says of its share-card cache.
 *
 * Astro's own figures are used because they are measured inside the build; the time a line
 * arrives is not, as a busy build writes its log in bursts.
 */

/** A duration as Astro prints it: `377ms`, `2.30s` or `3m 12s`. */
const duration = String.raw`(\d+m \d+s|[\d.]+(?:ms|s))`;

/** Milliseconds in a duration as Astro prints it. */
export function parseDuration(text: string): number {
  const minutes = /^(\d+)m (\d+)s$/.exec(text);
  if (minutes) return (Number(minutes[1]) * 60 + Number(minutes[2])) * 1000;
  return text.endsWith('ms') ? Number(text.slice(0, -2)) : Number(text.slice(0, -1)) * 1000;
}

/** A route line: `├─ /stories/x/index.html (+34ms)`; the timing comes on a line of its own when the route logs something. */
const routeLine = new RegExp(String.raw`[├└]─ (\/\S*)(?: \(\+${duration}\))?`);
const lateTiming = new RegExp(String.raw`^\s*\(\+${duration}\)`);
const imageLine = /▶ \S+.*\((\d+)\/(\d+)\)\s*$/;
const typesLine = new RegExp(String.raw`\[types\] Generated ${duration}`);
/** The end of a section ("generating static routes", "generating optimized images"); the [build] lines end other things. */
const sectionDone = new RegExp(String.raw`^(?:[\d:]+ )?✓ Completed in ${duration}`);

/** The kind of a route, for summing: `/stories/…`, `/og/creators/…`, `/creators/niche/…`, or one-off pages. */
export function routeGroup(path: string): string {
  const parts = path.split('/').filter(Boolean);
  if (parts.at(-1) === 'index.html') parts.pop();
  if (parts.length <= 1) return 'one-off pages and endpoints';
  return `/${parts.slice(0, Math.min(parts.length - 1, 2)).join('/')}/…`;
}

export class BuildLog {
  /** Milliseconds Astro reports: content sync and types, rendering routes, optimising images. */
  readonly reported: { sync?: number; routes?: number; images?: number } = {};
  /** Routes and the milliseconds Astro reports for them, by kind. */
  readonly routes = new Map<string, { count: number; ms: number }>();
  readonly images = { generated: 0, reused: 0 };
  /** The project's own line about its share-card cache (`share cards: 1 drawn, 116 reused …`), when it prints one. */
  shareCards: { drawn: number; reused: number } | undefined;
  /** What the build is doing, for progress lines. */
  phase = 'starting';
  private section: 'routes' | 'images' | undefined;
  private waiting: string | undefined;

  /** Takes one line of output. */
  line(text: string): void {
    const types = typesLine.exec(text);
    if (types?.[1]) {
      this.reported.sync = parseDuration(types[1]);
      this.phase = 'bundling';
    } else if (text.includes('[content] Syncing content')) this.phase = 'syncing content';
    else if (text.includes('generating static routes'))
      [this.section, this.phase] = ['routes', 'rendering pages and endpoints'];
    else if (text.includes('generating optimized images'))
      [this.section, this.phase] = ['images', 'optimising images'];
    const done = sectionDone.exec(text);
    if (done?.[1] && this.section) {
      this.reported[this.section] = parseDuration(done[1]);
      this.section = undefined;
      this.phase = 'finishing';
      return;
    }
    const route = routeLine.exec(text);
    if (route?.[1]) {
      if (route[2]) this.route(route[1], parseDuration(route[2]));
      else this.waiting = route[1];
      return;
    }
    const late = lateTiming.exec(text);
    if (late?.[1] && this.waiting) {
      this.route(this.waiting, parseDuration(late[1]));
      this.waiting = undefined;
      return;
    }
    const cards = /share cards: (\d+) drawn, (\d+) reused/.exec(text);
    if (cards) this.shareCards = { drawn: Number(cards[1]), reused: Number(cards[2]) };
    if (imageLine.test(text)) {
      if (/\((reused|revalidated) cache entry\)/.test(text)) this.images.reused += 1;
      else this.images.generated += 1;
    }
  }

  /** Routes rendered so far, over all kinds. */
  get routeCount(): number {
    return [...this.routes.values()].reduce((sum, group) => sum + group.count, 0);
  }

  private route(path: string, ms: number) {
    const group = routeGroup(path);
    const sum = this.routes.get(group) ?? { count: 0, ms: 0 };
    sum.count += 1;
    sum.ms += ms;
    this.routes.set(group, sum);
  }
}
