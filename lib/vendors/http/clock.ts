/**
 * Time and randomness behind one seam, so retry and token-expiry logic can be tested without
 * real waiting: tests pass a fake clock whose `sleep` returns at once and records the delay.
 */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /** A number in [0, 1), used for backoff jitter. */
  random(): number;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  random: () => Math.random(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
    }),
};

/**
 * A clock for tests: `sleep` advances virtual time instantly and records each delay. `random`
 * returns `randomValue` (default 1, i.e. the top of the jitter range, so delays are predictable).
 */
export interface ManualClock extends Clock {
  readonly sleeps: number[];
  advance(ms: number): void;
  set(now: number): void;
}

export function createManualClock(options: { start?: number; randomValue?: number } = {}): ManualClock {
  let now = options.start ?? Date.UTC(2025, 0, 1);
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    random: () => options.randomValue ?? 0.999_999,
    advance: (ms) => {
      now += ms;
    },
    set: (value) => {
      now = value;
    },
    sleep: async (ms, signal) => {
      if (signal?.aborted) throw signal.reason;
      sleeps.push(ms);
      now += ms;
    },
  };
}
