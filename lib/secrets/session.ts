import type { Sealed } from './crypto';

/**
 * An unlocked passphrase vault must survive the browser stopping the background worker (it does
 * after ~30 s idle), or users would retype the passphrase all the time. So the data key is kept in
 * session memory (`storage.session`: never written to disk, gone when the browser closes),
 * sealed with a non-extractable key kept in the extension's IndexedDB. Neither half alone gives
 * the key: a content script cannot open the extension's IndexedDB, and the disk holds no copy of
 * the sealed data key.
 */
export interface VaultSession {
  keyId: string;
  sealedKey: Sealed;
  /** Epoch ms of the last use; auto-lock counts from here. */
  lastActivityAt: number;
}

export interface SessionArea {
  get(): Promise<VaultSession | undefined>;
  set(session: VaultSession): Promise<void>;
  clear(): Promise<void>;
}

/** Schedules the auto-lock check (an alarm in the extension: timers die with the worker). */
export interface AutoLockScheduler {
  schedule(atMs: number): Promise<void> | void;
  cancel(): Promise<void> | void;
}

/** The part of `browser.storage.session` (or any storage area) the session needs. */
export interface SessionStorageLike {
  get(keys: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string): Promise<void>;
}

export const SESSION_KEY = 'vault.session';

export function storageSessionArea(area: SessionStorageLike): SessionArea {
  return {
    async get() {
      const value = (await area.get(SESSION_KEY))[SESSION_KEY];
      return isSession(value) ? value : undefined;
    },
    set: (session) => area.set({ [SESSION_KEY]: session }),
    clear: () => area.remove(SESSION_KEY),
  };
}

/** For tests and the bench. */
export function memorySessionArea(): SessionArea {
  let current: VaultSession | undefined;
  return {
    get: async () => (current ? structuredClone(current) : undefined),
    set: async (session) => {
      current = structuredClone(session);
    },
    clear: async () => {
      current = undefined;
    },
  };
}

function isSession(value: unknown): value is VaultSession {
  if (typeof value !== 'object' || value === null) return false;
  const session = value as Partial<VaultSession>;
  return (
    typeof session.keyId === 'string' &&
    typeof session.lastActivityAt === 'number' &&
    typeof session.sealedKey?.iv === 'string' &&
    typeof session.sealedKey?.data === 'string'
  );
}
