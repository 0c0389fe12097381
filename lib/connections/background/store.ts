/**
 * Saved connections in `storage.local` (background only). Each record is zod-checked when read;
 * a record that no longer parses is kept on disk untouched (and counted), never dropped by the
 * next write: a damaged entry must not silently cost the user a connection.
 */
import type { StorageAreaLike } from '../../extension/storage-area';
import { type ConnectionRecord, connectionRecordSchema } from '../schemas';

export const CONNECTIONS_KEY = 'connections.records';

export interface ConnectionList {
  records: ConnectionRecord[];
  /** Entries on disk that failed validation (left in place). */
  damaged: number;
}

export function createConnectionStore(area: StorageAreaLike) {
  // Read-modify-write of one key: two saves at once must not overwrite each other.
  let queue: Promise<unknown> = Promise.resolve();
  function serial<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task);
    queue = run.catch(() => {});
    return run;
  }

  async function readRaw(): Promise<unknown[]> {
    const raw = (await area.get(CONNECTIONS_KEY))[CONNECTIONS_KEY];
    return Array.isArray(raw) ? raw : [];
  }

  function idOf(entry: unknown): string | undefined {
    return typeof entry === 'object' && entry !== null && typeof (entry as { id?: unknown }).id === 'string'
      ? (entry as { id: string }).id
      : undefined;
  }

  async function list(): Promise<ConnectionList> {
    const records: ConnectionRecord[] = [];
    let damaged = 0;
    for (const entry of await readRaw()) {
      const parsed = connectionRecordSchema.safeParse(entry);
      if (parsed.success) records.push(parsed.data);
      else damaged += 1;
    }
    return { records, damaged };
  }

  return {
    list,

    async get(id: string): Promise<ConnectionRecord | undefined> {
      return (await list()).records.find((record) => record.id === id);
    },

    /** Inserts or replaces by id, keeping the position of an existing record. */
    put: (record: ConnectionRecord) =>
      serial(async () => {
        const checked = connectionRecordSchema.parse(record);
        const raw = await readRaw();
        const index = raw.findIndex((entry) => idOf(entry) === checked.id);
        if (index >= 0) raw[index] = checked;
        else raw.push(checked);
        await area.set({ [CONNECTIONS_KEY]: raw });
      }),

    remove: (id: string) =>
      serial(async () => {
        const raw = await readRaw();
        const kept = raw.filter((entry) => idOf(entry) !== id);
        if (kept.length === raw.length) return false;
        await area.set({ [CONNECTIONS_KEY]: kept });
        return true;
      }),

    /** Rewrites every raw entry through `change` (the one-time migration of plaintext secrets). */
    updateRaw: (change: (entries: unknown[]) => Promise<unknown[]>) =>
      serial(async () => {
        await area.set({ [CONNECTIONS_KEY]: await change(await readRaw()) });
      }),
  };
}

export type ConnectionStore = ReturnType<typeof createConnectionStore>;
