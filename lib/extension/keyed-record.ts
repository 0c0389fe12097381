import { browser } from 'wxt/browser';

/**
 * A `storage.local` item holding one entry per key (a site's host, a user class…), for small
 * memories that content scripts and extension pages read themselves (never secrets). Entries are
 * returned unvalidated: the caller parses them with its own schema, and a damaged item reads as
 * empty rather than failing.
 */
export interface KeyedRecord {
  readonly key: string;
  read(entry: string): Promise<unknown>;
  /** Replaces one entry and keeps the others. */
  write(entry: string, value: unknown): Promise<void>;
  /** Drops one entry and keeps the others. */
  forget(entry: string): Promise<void>;
}

export function keyedRecord(key: string): KeyedRecord {
  const readAll = async (): Promise<Record<string, unknown>> => {
    const stored = (await browser.storage.local.get(key))[key];
    return typeof stored === 'object' && stored !== null && !Array.isArray(stored)
      ? (stored as Record<string, unknown>)
      : {};
  };
  return {
    key,
    read: async (entry) => (await readAll())[entry],
    write: async (entry, value) => {
      await browser.storage.local.set({ [key]: { ...(await readAll()), [entry]: value } });
    },
    forget: async (entry) => {
      const { [entry]: _dropped, ...kept } = await readAll();
      await browser.storage.local.set({ [key]: kept });
    },
  };
}
