import { describe, expect, it } from 'vitest';
import { type CachedToken, TokenCache, TokenCacheRegistry } from '@/lib/vendors/http';
import { connectionsHarness, manageRequest } from '../../connections/harness';

/** Issue #16, item 6: the token caches keep no raw secret, and are emptied on lock and removal. */

const SECRET = 'rmm-client-secret-Zq8pL2mN4vB6';
const newCache = () =>
  new TokenCache<CachedToken>({ fetchToken: async () => ({ expiresAt: Date.now() + 60_000 }) });

/** Every string reachable through the registry's own data (not through closures). */
function stringsIn(value: unknown, seen = new Set<unknown>()): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  const children =
    value instanceof Map ? [...value.keys(), ...value.values()] : Object.values(value as object);
  return children.flatMap((child) => stringsIn(child, seen));
}

describe('token cache registry and secrets', () => {
  it('compares a keyed hash of the secret, never keeping the secret itself', () => {
    const registry = new TokenCacheRegistry();
    const cache = registry.cacheFor('cw-rmm|server|client', SECRET, newCache);
    expect(registry.cacheFor('cw-rmm|server|client', SECRET, newCache)).toBe(cache);
    expect(registry.cacheFor('cw-rmm|server|client', `${SECRET}x`, newCache)).not.toBe(cache);
    const strings = stringsIn(registry);
    expect(strings.length).toBeGreaterThan(0);
    expect(strings.some((text) => text.includes(SECRET))).toBe(false);
  });

  it('uses a key of its own, so the stored hash cannot be checked against guesses elsewhere', () => {
    const [a, b] = [new TokenCacheRegistry(), new TokenCacheRegistry()];
    a.cacheFor('k', SECRET, newCache);
    b.cacheFor('k', SECRET, newCache);
    const hashes = (registry: TokenCacheRegistry) => stringsIn(registry).filter((text) => text !== 'k');
    expect(hashes(a)).not.toEqual(hashes(b));
  });

  it('is emptied when the vault locks and when a connection is removed', async () => {
    const tokenCaches = new TokenCacheRegistry();
    const { feature } = connectionsHarness({ tokenCaches });
    await feature.vault.setPassphrase('a long enough passphrase');
    const saved = await feature.service.save(manageRequest());

    tokenCaches.cacheFor('a', SECRET, newCache);
    await feature.vault.lock();
    expect(tokenCaches.size).toBe(0);

    await feature.vault.unlock('a long enough passphrase');
    tokenCaches.cacheFor('a', SECRET, newCache);
    await feature.service.remove(saved.id);
    expect(tokenCaches.size).toBe(0);
  });
});
