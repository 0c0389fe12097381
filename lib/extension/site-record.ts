import { browser } from 'wxt/browser';

/**
 * A `storage.local` item holding one entry per site (host), for small per-portal memories read
 * by content scripts themselves (never secrets). Entries are returned unvalidated: the caller
 * parses them with its own schema, and a damaged item reads as empty rather than failing.
 */
export interface SiteRecord {
  readonly key: string;
  read(site: string): Promise<unknown>;
  /** Replaces one site's entry and keeps the others. */
  write(site: string, value: unknown): Promise<void>;
}

export function siteRecord(key: string): SiteRecord {
  const readAll = async (): Promise<Record<string, unknown>> => {
    const stored = (await browser.storage.local.get(key))[key];
    return typeof stored === 'object' && stored !== null && !Array.isArray(stored)
      ? (stored as Record<string, unknown>)
      : {};
  };
  return {
    key,
    read: async (site) => (await readAll())[site],
    write: async (site, value) => {
      await browser.storage.local.set({ [key]: { ...(await readAll()), [site]: value } });
    },
  };
}
