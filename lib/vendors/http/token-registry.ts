import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, randomBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import type { CachedToken, TokenCache } from './token-cache';

interface Entry {
  /** HMAC-SHA-256 of the secret under this registry's own random key: tells secrets apart only. */
  fingerprint: string;
  cache: TokenCache<CachedToken>;
}

/**
 * Token caches shared by every client built for the same credential, so that "one token request
 * in flight per connection" holds even when the options page starts two Test connections at once
 * or a sync and a test overlap: each builds its own client, but they all reach the same cache.
 * ConnectWise RMM locks a key that asks for many tokens at once (vendor-apis.md §3.2).
 *
 * The key names the credential without its secret (vendor, server, client or access ID, audience);
 * a keyed hash of the secret is compared on lookup, so an edited password gets a fresh cache
 * instead of a token issued to the old one, and no secret is kept here. (The hash is synchronous,
 * as clients pick their cache when they are built; WebCrypto's HMAC is asynchronous only.)
 * Background memory only; bounded, least recently used dropped first; emptied when the vault
 * locks and when a connection is removed (connections feature).
 */
export class TokenCacheRegistry {
  private readonly entries = new Map<string, Entry>();
  private readonly hashKey = randomBytes(32);

  constructor(private readonly maxEntries = 32) {}

  cacheFor<T extends CachedToken>(key: string, secret: string, create: () => TokenCache<T>): TokenCache<T> {
    const fingerprint = bytesToHex(hmac(sha256, this.hashKey, utf8ToBytes(secret)));
    const found = this.entries.get(key);
    this.entries.delete(key);
    const entry: Entry =
      found && found.fingerprint === fingerprint
        ? found
        : { fingerprint, cache: create() as unknown as TokenCache<CachedToken> };
    this.entries.set(key, entry);
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(oldest);
    }
    return entry.cache as unknown as TokenCache<T>;
  }

  /** Forgets every token (e.g. when the user locks the vault or deletes connections). */
  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

/** The registry the background uses; tests pass their own. */
export const sharedTokenCaches = new TokenCacheRegistry();
