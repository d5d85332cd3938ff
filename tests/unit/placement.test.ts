import { describe, expect, it } from 'vitest';
import {
  assumedCostPerCreator,
  frameBudgetMs,
  latestOnly,
  longTaskMs,
  newestFirst,
  Placement,
  startingPlace,
} from '#lib/search/creators/placement.ts';
import type { FromWorker } from '#lib/search/creators/protocol.ts';
import { searchService } from '#lib/search/creators/service.ts';
import { indexOf, view } from './search-fixtures.ts';

describe('where the creator search starts', () => {
  it('searches a small directory in the page and a large one in a worker on a device not yet measured', () => {
    expect(startingPlace(53)).toBe('page');
    expect(startingPlace(1_000)).toBe('page');
    expect(startingPlace(10_000)).toBe('worker');
    expect(startingPlace(100_000)).toBe('worker');
  });

  it('keeps a large directory in the page on a device that proved fast, and a small one out of it on one that proved slow', () => {
    // 0.5 µs per creator: 10,000 creators take 5 ms, inside the frame budget.
    expect(startingPlace(10_000, 0.0005)).toBe('page');
    expect(startingPlace(100_000, 0.0005)).toBe('worker');
    // 10 µs per creator: 1,000 creators take 10 ms.
    expect(startingPlace(1_000, 0.01)).toBe('worker');
  });

  it('assumes a search over 10,000 creators on a phone takes well over a frame', () => {
    expect(10_000 * assumedCostPerCreator).toBeGreaterThan(frameBudgetMs * 4);
  });
});

describe('moving the search to a worker', () => {
  it('stays in the page while searches fit the frame', () => {
    const placement = new Placement(1_000);
    placement.record(1, 'page');
    for (const took of [1.2, 3.5, 7.9, frameBudgetMs])
      expect(placement.record(took, 'page')).toBe(false);
    expect(placement.place).toBe('page');
  });

  it('takes the first search as a warm-up, unless it is a long task', () => {
    const cold = new Placement(1_000);
    expect(cold.record(longTaskMs - 1, 'page')).toBe(false);
    expect(cold.place).toBe('page');
    expect(cold.costPerCreator).toBeUndefined();
    const slow = new Placement(1_000);
    expect(slow.record(longTaskMs + 1, 'page')).toBe(true);
    expect(slow.place).toBe('worker');
  });

  it('moves on the first search in the page that does not fit, and says so once', () => {
    const placement = new Placement(1_000);
    expect(placement.record(20, 'page')).toBe(false);
    expect(placement.record(2, 'page')).toBe(false);
    expect(placement.record(frameBudgetMs + 0.1, 'page')).toBe(true);
    expect(placement.place).toBe('worker');
    // Replies the page still gives while the worker loads, and the worker's own, move nothing.
    expect(placement.record(30, 'page')).toBe(false);
    expect(placement.record(30, 'worker')).toBe(false);
  });

  it('never moves back because a search in the worker is fast', () => {
    const placement = new Placement(50_000);
    expect(placement.place).toBe('worker');
    expect(placement.record(0.5, 'worker')).toBe(false);
    expect(placement.record(0.5, 'worker')).toBe(false);
    expect(placement.place).toBe('worker');
  });

  it('remembers the cost per creator of the slowest search after the warm-up, for the next visit', () => {
    const placement = new Placement(1_000);
    expect(placement.costPerCreator).toBeUndefined();
    placement.record(40, 'page');
    placement.record(2, 'page');
    placement.record(6, 'page');
    placement.record(3, 'page');
    expect(placement.costPerCreator).toBeCloseTo(0.006);
    // That cost, remembered, starts a visit to 2,000 creators (12 ms a search) in the worker.
    expect(new Placement(2_000, placement.costPerCreator).place).toBe('worker');
  });
});

describe('typing never waits for a search', () => {
  it('searches only the latest of the requests made before its task runs', () => {
    const tasks: (() => void)[] = [];
    const searched: string[] = [];
    const request = latestOnly(
      (q: string) => searched.push(q),
      (task) => tasks.push(task),
    );
    request('f');
    request('fi');
    request('fin');
    // Nothing ran while the keys were handled.
    expect(searched).toEqual([]);
    expect(tasks).toHaveLength(1);
    tasks.shift()?.();
    expect(searched).toEqual(['fin']);
    request('fina');
    tasks.shift()?.();
    expect(searched).toEqual(['fin', 'fina']);
  });

  it('drops a reply older than one already shown', () => {
    const fresh = newestFirst();
    expect([1, 3, 2, 4, 4].map(fresh)).toEqual([true, true, false, true, true]);
  });

  it('times each search where it runs, with the clock it is given', () => {
    const index = indexOf([{ id: 'kyne', name: 'Kyne' }], []);
    const readings = [100, 112.5];
    const replies: FromWorker[] = [];
    const service = searchService(
      index,
      '/search-mentions.json',
      (message) => replies.push(message),
      () => readings.shift() ?? Number.NaN,
    );
    service.search({ type: 'search', id: 1, state: view(), pageSize: 24, ids: [] });
    const reply = replies[0];
    expect(reply?.type === 'results' && reply.took).toBe(12.5);
  });
});
