/**
 * The search benchmark's hold on a page through Chromium's DevTools protocol: it slows the CPU
 * and the network as Lighthouse's mobile profile does, and weighs the JavaScript heap of the page
 * and of its workers after a forced garbage collection.
 *
 * Chromium slows only the page's main thread: `Emulation.setCPUThrottlingRate` is refused for
 * workers ("only supported for pages"), so a search that runs in a worker runs at the machine's
 * own speed however slow the page is made. Network conditions apply to every request, workers'
 * included.
 */
import type { CDPSession, Page } from 'playwright';

/**
 * Lighthouse's slow 4G (its `mobileSlow4G`: rttMs 150, throughputKbps 1.6 × 1,024, 750 kbps up),
 * applied as DevTools network conditions, in kilobits of 1,024 bits as Lighthouse counts them.
 * (Lighthouse's own DevTools-throttling mode scales these to 562.5 ms a request and 1,474.6 /
 * 675 kbps; its default, simulated throttling uses them as they are.)
 */
export const slow4G = { latencyMs: 150, downloadKbps: 1638.4, uploadKbps: 750 } as const;

/** How slow 4G is described in the output. */
export const slow4GLabel = `Lighthouse's slow 4G: ${slow4G.latencyMs} ms RTT, ${slow4G.downloadKbps.toLocaleString('en')} kbps down, ${slow4G.uploadKbps} kbps up`;

/** A JavaScript heap in bytes: V8's used heap, and the array buffers (typed arrays) and external strings it holds outside it. */
export interface HeapUse {
  heap: number;
  buffers: number;
}

interface WorkerReply {
  id?: number;
  result?: unknown;
  error?: { message: string };
}

export class Inspector {
  readonly #session: CDPSession;
  /** Workers of the page, by their session id (attached in the protocol's non-flat mode, so this session can talk to them). */
  readonly #workers = new Map<string, string>();
  readonly #waiting = new Map<number, { resolve: (result: unknown) => void; reject: (error: Error) => void }>();
  #next = 0;

  private constructor(session: CDPSession) {
    this.#session = session;
    session.on('Target.attachedToTarget', ({ sessionId, targetInfo }) => {
      if (targetInfo.type === 'worker') this.#workers.set(sessionId, targetInfo.url);
    });
    session.on('Target.detachedFromTarget', ({ sessionId }) => {
      if (sessionId) this.#workers.delete(sessionId);
    });
    session.on('Target.receivedMessageFromTarget', ({ message }) => {
      const reply = JSON.parse(message) as WorkerReply;
      const waiting = reply.id === undefined ? undefined : this.#waiting.get(reply.id);
      if (!waiting || reply.id === undefined) return;
      this.#waiting.delete(reply.id);
      if (reply.error) waiting.reject(new Error(reply.error.message));
      else waiting.resolve(reply.result);
    });
  }

  /**
   * Opens a session on a page before it navigates: slows its CPU `cpu` times (1 leaves it alone)
   * and, if asked, its network to slow 4G; with `heap`, attaches to its workers as they start, so
   * `heap()` can weigh them.
   */
  static async open(page: Page, { cpu, network = false, heap = false }: { cpu: number; network?: boolean; heap?: boolean }): Promise<Inspector> {
    const session = await page.context().newCDPSession(page);
    const inspector = new Inspector(session);
    if (heap) {
      await session.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
      await session.send('Performance.enable');
    }
    if (cpu > 1) await session.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    if (network) {
      await session.send('Network.enable');
      await session.send('Network.setCacheDisabled', { cacheDisabled: true });
      await session.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: slow4G.latencyMs,
        downloadThroughput: (slow4G.downloadKbps * 1024) / 8,
        uploadThroughput: (slow4G.uploadKbps * 1024) / 8,
      });
    }
    return inspector;
  }

  /** Sends a command to a worker's session and waits for its answer. */
  #toWorker(sessionId: string, method: string, params: Record<string, unknown> = {}): Promise<unknown> {
    const id = ++this.#next;
    return new Promise((resolve, reject) => {
      this.#waiting.set(id, { resolve, reject });
      this.#session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch((error: unknown) => {
        this.#waiting.delete(id);
        reject(error instanceof Error ? error : new Error(String(error)));
      });
    });
  }

  /**
   * The heap of the page (`Performance.getMetrics`' JSHeapUsedSize) and of each of its workers
   * (`Runtime.getHeapUsage`, the same figure: a worker has no Performance domain), each after
   * `HeapProfiler.collectGarbage`; with the array buffers each holds outside its heap.
   */
  async heap(): Promise<{ page: HeapUse; workers: (HeapUse & { url: string })[] }> {
    await this.#session.send('HeapProfiler.collectGarbage');
    const { metrics } = await this.#session.send('Performance.getMetrics');
    const usage = await this.#session.send('Runtime.getHeapUsage');
    const page = { heap: metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? NaN, buffers: usage.backingStorageSize };
    const workers = [];
    for (const [sessionId, url] of this.#workers) {
      await this.#toWorker(sessionId, 'HeapProfiler.collectGarbage');
      const worker = (await this.#toWorker(sessionId, 'Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
      workers.push({ url, heap: worker.usedSize, buffers: worker.backingStorageSize ?? NaN });
    }
    return { page, workers };
  }

  /** Ends the session. */
  async close(): Promise<void> {
    await this.#session.detach().catch(() => undefined);
  }
}
