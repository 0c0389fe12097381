import { CommandError } from '../../messaging/errors';

/**
 * Runs in: the background. What a portal page may ask of the codebase lookup: an answer given
 * in the last few minutes is given again without a request, and past a handful of fresh lookups
 * a minute the page is refused. A hostile page can fire input events at will; this bounds the
 * requests it can make the extension send to ConnectWise.
 */
export interface LookupLimits {
  /** How long an answer is reused. */
  cacheMs: number;
  /** Fresh lookups allowed per rolling minute. */
  perMinute: number;
  now?: () => number;
}

export const PAGE_LOOKUP_LIMITS: LookupLimits = { cacheMs: 5 * 60_000, perMinute: 6 };

/** Answers kept at most, so a page cycling through IDs cannot grow the worker's memory. */
const MAX_CACHED = 200;

export function createLookupLimiter<T>(limits: LookupLimits) {
  const now = limits.now ?? Date.now;
  const cache = new Map<string, { at: number; value: T }>();
  let recent: number[] = [];
  return async (key: string, lookUp: () => Promise<T>): Promise<T> => {
    const at = now();
    const cached = cache.get(key);
    if (cached && at - cached.at < limits.cacheMs) return cached.value;
    recent = recent.filter((time) => at - time < 60_000);
    if (recent.length >= limits.perMinute) {
      throw new CommandError(
        'Too many Company ID checks in a minute: wait a moment, then change the field again.',
      );
    }
    recent.push(at);
    const value = await lookUp();
    cache.delete(key);
    cache.set(key, { at, value });
    if (cache.size > MAX_CACHED) cache.delete(cache.keys().next().value as string);
    return value;
  };
}
