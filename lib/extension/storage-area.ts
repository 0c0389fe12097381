/**
 * The part of a `browser.storage` area that our stores use, so each store takes the area it
 * writes (`storage.local`, `storage.session`) and tests and the bench pass one in memory.
 * Runs in: any extension context.
 */
export interface StorageAreaLike {
  get(keys: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string): Promise<void>;
}

/** A storage area that lives in memory: for the bench and tests, never the extension itself. */
export function createMemoryStorageArea(): StorageAreaLike {
  const items = new Map<string, unknown>();
  return {
    get: async (key) => (items.has(key) ? { [key]: structuredClone(items.get(key)) } : {}),
    set: async (entries) => {
      for (const [key, value] of Object.entries(entries)) items.set(key, structuredClone(value));
    },
    remove: async (key) => {
      items.delete(key);
    },
  };
}
