import { type Clock, systemClock } from './clock';

export interface CachedToken {
  /** Epoch milliseconds after which the vendor rejects the token. */
  expiresAt: number;
}

export interface TokenCacheOptions<T extends CachedToken> {
  /**
   * Gets a token from the vendor. `current` is the token being replaced, if any (a vendor with a
   * refresh endpoint can use it). The signal belongs to the cache, not to any one caller.
   */
  fetchToken: (current: T | undefined, signal: AbortSignal) => Promise<T>;
  clock?: Clock;
  /** Renew this long before `expiresAt`, so a request never leaves with a token about to lapse. */
  skewMs?: number;
}

/**
 * Holds one connection's token. At most one token request is in flight at a time ("single
 * flight"): ConnectWise RMM locks a key that asks for many tokens at once (vendor-apis.md §3.2),
 * and every vendor rate-limits its token endpoint. Callers that arrive while a request is running
 * share its result; a caller's abort only stops that caller's wait, not the shared request.
 */
export class TokenCache<T extends CachedToken> {
  private token: T | undefined;
  private inFlight: Promise<T> | undefined;
  private readonly clock: Clock;
  private readonly skewMs: number;

  constructor(private readonly options: TokenCacheOptions<T>) {
    this.clock = options.clock ?? systemClock;
    this.skewMs = options.skewMs ?? 60_000;
  }

  /** A token valid for at least `skewMs`, fetching one if needed. */
  async get(signal?: AbortSignal): Promise<T> {
    const token = this.token;
    if (token && this.clock.now() < token.expiresAt - this.skewMs) return token;
    return waitWithSignal(this.refresh(), signal);
  }

  /** The cached token without fetching (undefined when none or expired). */
  peek(): T | undefined {
    const token = this.token;
    return token && this.clock.now() < token.expiresAt ? token : undefined;
  }

  /**
   * Drops the token, e.g. after the vendor answered 401 to it. Passing the rejected token only
   * drops it if it is still the cached one, so a fresh token fetched meanwhile survives.
   */
  invalidate(rejected?: T): void {
    if (!rejected || this.token === rejected) this.token = undefined;
  }

  private refresh(): Promise<T> {
    if (this.inFlight) return this.inFlight;
    const controller = new AbortController();
    const current = this.token;
    const request = this.options
      .fetchToken(current, controller.signal)
      .then((token) => {
        this.token = token;
        return token;
      })
      .finally(() => {
        this.inFlight = undefined;
      });
    this.inFlight = request;
    return request;
  }
}

function waitWithSignal<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
