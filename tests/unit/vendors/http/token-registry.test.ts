import { describe, expect, it } from 'vitest';
import { type CachedToken, TokenCache, TokenCacheRegistry } from '../../../../lib/vendors/http';

const newCache = () =>
  new TokenCache<CachedToken>({ fetchToken: async () => ({ expiresAt: Date.now() + 60_000 }) });

describe('TokenCacheRegistry', () => {
  it('hands every client of one credential the same cache', () => {
    const registry = new TokenCacheRegistry();
    const first = registry.cacheFor('vendor|host|id', 'secret', newCache);
    expect(registry.cacheFor('vendor|host|id', 'secret', newCache)).toBe(first);
    expect(registry.cacheFor('vendor|host|other', 'secret', newCache)).not.toBe(first);
  });

  it('starts afresh when the secret changed', () => {
    const registry = new TokenCacheRegistry();
    const old = registry.cacheFor('k', 'old-password', newCache);
    const fresh = registry.cacheFor('k', 'new-password', newCache);
    expect(fresh).not.toBe(old);
    expect(registry.cacheFor('k', 'new-password', newCache)).toBe(fresh);
    expect(registry.size).toBe(1);
  });

  it('keeps at most maxEntries, dropping the least recently used', () => {
    const registry = new TokenCacheRegistry(2);
    const a = registry.cacheFor('a', 's', newCache);
    registry.cacheFor('b', 's', newCache);
    registry.cacheFor('a', 's', newCache);
    registry.cacheFor('c', 's', newCache);
    expect(registry.size).toBe(2);
    expect(registry.cacheFor('a', 's', newCache)).toBe(a);
    registry.clear();
    expect(registry.size).toBe(0);
  });
});
