import type { Clock } from './clock';

/**
 * When and how long to retry. Defaults follow the vendors' own guidance (ConnectWise developer
 * guide, "Rate Limiting": honour Retry-After on 429, back off on 5xx; ConnectWise RMM answers 423
 * to a key that asks for many tokens at once — vendor-apis.md §1.7, §3.2).
 */
export interface RetryPolicy {
  /** Total attempts including the first one. */
  maxAttempts: number;
  /** Backoff base: the n-th retry waits up to base × 2^(n-1), with full jitter. */
  baseDelayMs: number;
  /** No single wait is longer than this; a Retry-After beyond it ends the retries at once. */
  maxDelayMs: number;
  /** Statuses worth another try. 500 is left out: ConnectWise uses it for deterministic faults. */
  retryStatuses: readonly number[];
  /** Whether network errors and timeouts are retried. */
  retryNetworkErrors: boolean;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  retryStatuses: [423, 429, 502, 503, 504],
  retryNetworkErrors: true,
};

export function resolveRetryPolicy(policy: Partial<RetryPolicy> | undefined): RetryPolicy {
  return { ...DEFAULT_RETRY_POLICY, ...policy };
}

/** Exponential backoff with "full jitter": a uniform wait in [0, min(cap, base × 2^(retry-1))]. */
export function backoffDelay(retry: number, policy: RetryPolicy, clock: Pick<Clock, 'random'>): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retry - 1));
  return Math.floor(clock.random() * ceiling);
}

/**
 * Parses a Retry-After header (delta seconds or an HTTP date) into milliseconds from `now`.
 * Returns undefined when absent or unreadable; never negative.
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}
