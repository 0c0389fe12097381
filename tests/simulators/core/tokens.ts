import type { Rng } from './prng';

/** The simulator's notion of time, so tests can make tokens expire without waiting. */
export interface SimClock {
  now(): number;
}

export const realSimClock: SimClock = { now: () => Date.now() };

/** A manual clock for simulator tests. */
export function createSimClock(start = Date.UTC(2025, 0, 1)): SimClock & { advance(ms: number): void } {
  let now = start;
  return {
    now: () => now,
    advance: (ms) => {
      now += ms;
    },
  };
}

export interface IssuedToken<S> {
  token: string;
  subject: S;
  issuedAt: number;
  expiresAt: number;
}

/**
 * Bearer tokens a simulator hands out: opaque random strings mapped to a subject, each with an
 * expiry checked against the simulator clock. `expireAll` is the 'expire-token' fault.
 */
export class TokenStore<S> {
  private readonly tokens = new Map<string, IssuedToken<S>>();
  issuedCount = 0;

  constructor(
    private readonly rng: Rng,
    private readonly clock: SimClock = realSimClock,
  ) {}

  issue(subject: S, ttlMs: number): IssuedToken<S> {
    const token = `${this.rng.hex(24)}${(++this.issuedCount).toString(36)}`;
    const now = this.clock.now();
    const issued = { token, subject, issuedAt: now, expiresAt: now + ttlMs };
    this.tokens.set(token, issued);
    return issued;
  }

  /** 'missing' = never issued (or revoked); 'expired' = issued but lapsed. */
  verify(token: string | undefined): IssuedToken<S> | 'missing' | 'expired' {
    if (!token) return 'missing';
    const issued = this.tokens.get(token);
    if (!issued) return 'missing';
    return this.clock.now() >= issued.expiresAt ? 'expired' : issued;
  }

  revoke(token: string): void {
    this.tokens.delete(token);
  }

  expireAll(): void {
    const now = this.clock.now();
    for (const issued of this.tokens.values()) issued.expiresAt = Math.min(issued.expiresAt, now);
  }
}
