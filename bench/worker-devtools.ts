/**
 * The DevTools protocol, spoken to an extension's service worker from a Playwright test or bench.
 * Playwright opens CDP sessions to pages only (`newCDPSession(page)`), and a persistent context
 * has no browser to open a browser session on; a page's session can still see every target and
 * attach to the worker, then relay commands to it (`Target.sendMessageToTarget`, non-flat).
 */
import type { BrowserContext, CDPSession } from '@playwright/test';

interface Pending {
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
}

export interface HeapUsage {
  usedBytes: number;
  totalBytes: number;
}

export class WorkerDevTools {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  private constructor(
    private readonly session: CDPSession,
    private readonly sessionId: string,
  ) {
    session.on('Target.receivedMessageFromTarget', (event) => {
      if (event.sessionId !== this.sessionId) return;
      const message = JSON.parse(event.message) as {
        id?: number;
        result?: unknown;
        error?: { message: string };
      };
      const waiting = message.id === undefined ? undefined : this.pending.get(message.id);
      if (!waiting) return;
      this.pending.delete(message.id!);
      if (message.error) waiting.reject(new Error(message.error.message));
      else waiting.resolve(message.result);
    });
  }

  /** Attaches to the service worker of the extension `extensionId` in `context`. */
  static async attach(context: BrowserContext, extensionId: string): Promise<WorkerDevTools> {
    const page = context.pages()[0] ?? (await context.newPage());
    const session = await context.newCDPSession(page);
    const { targetInfos } = await session.send('Target.getTargets');
    const worker = targetInfos.find(
      (target) =>
        target.type === 'service_worker' && target.url.startsWith(`chrome-extension://${extensionId}/`),
    );
    if (!worker) throw new Error(`No service worker target for extension ${extensionId}.`);
    const { sessionId } = await session.send('Target.attachToTarget', {
      targetId: worker.targetId,
      flatten: false,
    });
    return new WorkerDevTools(session, sessionId);
  }

  send<T = unknown>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = this.nextId++;
    const reply = new Promise<T>((resolve, reject) =>
      this.pending.set(id, { resolve: resolve as (result: unknown) => void, reject }),
    );
    void this.session
      .send('Target.sendMessageToTarget', {
        sessionId: this.sessionId,
        message: JSON.stringify({ id, method, params }),
      })
      .catch((error: Error) => this.pending.get(id)?.reject(error));
    return reply;
  }

  async heapUsage(): Promise<HeapUsage> {
    const { usedSize, totalSize } = await this.send<{ usedSize: number; totalSize: number }>(
      'Runtime.getHeapUsage',
    );
    return { usedBytes: usedSize, totalBytes: totalSize };
  }

  collectGarbage(): Promise<unknown> {
    return this.send('HeapProfiler.collectGarbage');
  }

  /**
   * Samples the worker's heap every `intervalMs` while `work` runs; the peak is the most the
   * worker's JS heap held at any sample (garbage not yet collected included, as DevTools shows it).
   */
  async peakWhile<T>(
    work: () => Promise<T>,
    intervalMs = 25,
  ): Promise<{ value: T; peak: HeapUsage; samples: number }> {
    const peak: HeapUsage = { usedBytes: 0, totalBytes: 0 };
    let samples = 0;
    let running = true;
    const sampler = (async () => {
      while (running) {
        const usage = await this.heapUsage().catch(() => undefined);
        if (usage) {
          samples++;
          peak.usedBytes = Math.max(peak.usedBytes, usage.usedBytes);
          peak.totalBytes = Math.max(peak.totalBytes, usage.totalBytes);
        }
        await new Promise((resolve) => setTimeout(resolve, intervalMs));
      }
    })();
    try {
      const value = await work();
      return { value, peak, samples };
    } finally {
      running = false;
      await sampler;
    }
  }

  async detach(): Promise<void> {
    await this.session.detach().catch(() => undefined);
  }
}
