import { describe, expect, it, vi } from 'vitest';
import { createManualClock, TokenCache } from '../../../../lib/vendors/http';

interface Token {
  value: string;
  expiresAt: number;
}

function setup(ttlMs = 3_600_000) {
  const clock = createManualClock();
  let issued = 0;
  const fetchToken = vi.fn(async (_current: Token | undefined) => {
    await Promise.resolve();
    issued++;
    return { value: `t${issued}`, expiresAt: clock.now() + ttlMs };
  });
  const cache = new TokenCache<Token>({ fetchToken, clock, skewMs: 60_000 });
  return { clock, cache, fetchToken };
}

describe('TokenCache', () => {
  it('runs one token request for many simultaneous callers', async () => {
    const { cache, fetchToken } = setup();
    const tokens = await Promise.all(Array.from({ length: 20 }, () => cache.get()));
    expect(fetchToken).toHaveBeenCalledTimes(1);
    expect(new Set(tokens.map((token) => token.value))).toEqual(new Set(['t1']));
  });

  it('reuses the token until shortly before expiry, then renews with the current one', async () => {
    const { cache, clock, fetchToken } = setup();
    const first = await cache.get();
    clock.advance(3_600_000 - 60_001);
    expect(await cache.get()).toBe(first);
    clock.advance(1);
    const second = await cache.get();
    expect(second.value).toBe('t2');
    expect(fetchToken).toHaveBeenLastCalledWith(first, expect.any(AbortSignal));
  });

  it('invalidate drops only the rejected token', async () => {
    const { cache } = setup();
    const first = await cache.get();
    cache.invalidate(first);
    const second = await cache.get();
    cache.invalidate(first);
    expect(await cache.get()).toBe(second);
    expect(cache.peek()).toBe(second);
  });

  it('does not cache a failure', async () => {
    const clock = createManualClock();
    const fetchToken = vi
      .fn<(current: Token | undefined) => Promise<Token>>()
      .mockRejectedValueOnce(new Error('locked'))
      .mockResolvedValueOnce({ value: 'ok', expiresAt: clock.now() + 3_600_000 });
    const cache = new TokenCache<Token>({ fetchToken, clock });
    await expect(cache.get()).rejects.toThrow('locked');
    expect((await cache.get()).value).toBe('ok');
  });

  it("a caller's abort ends its wait but not the shared request", async () => {
    const { cache, fetchToken } = setup();
    const controller = new AbortController();
    const aborted = cache.get(controller.signal);
    const other = cache.get();
    controller.abort();
    await expect(aborted).rejects.toMatchObject({ name: 'AbortError' });
    expect((await other).value).toBe('t1');
    expect(fetchToken).toHaveBeenCalledTimes(1);
  });
});
