import { createVault, memorySessionArea, openVaultDb, type SessionArea, type VaultDb } from '@/lib/secrets';

let databases = 0;

/** A fake clock, an alarm recorder and a vault over a fresh fake-indexeddb database. */
export function vaultHarness(options: { passphraseRequired?: boolean; autoLockMinutes?: number } = {}) {
  const name = `vault-test-${++databases}`;
  const dbPromise = openVaultDb(name);
  const clock = { now: Date.parse('2026-03-01T09:00:00Z') };
  const alarms: { scheduledAt: number | null } = { scheduledAt: null };
  const policy = { passphraseRequired: options.passphraseRequired ?? false };
  const prefs = { autoLockMinutes: options.autoLockMinutes ?? 15 };
  let session: SessionArea = memorySessionArea();

  const make = () =>
    createVault({
      db: () => dbPromise,
      session,
      scheduler: {
        schedule: (at) => {
          alarms.scheduledAt = at;
        },
        cancel: () => {
          alarms.scheduledAt = null;
        },
      },
      autoLockMinutes: async () => prefs.autoLockMinutes,
      passphraseRequired: async () => policy.passphraseRequired,
      now: () => clock.now,
      // Tests derive many keys; the production count is checked in its own test.
      kdfIterations: 1_000,
    });

  return {
    vault: make(),
    clock,
    alarms,
    policy,
    prefs,
    db: (): Promise<VaultDb> => dbPromise,
    /** The worker was stopped and started again: new instance, same disk and session memory. */
    restartWorker: () => make(),
    /** The browser was restarted: session memory is gone. */
    restartBrowser: () => {
      session = memorySessionArea();
      return make();
    },
    advanceMinutes: (minutes: number) => {
      clock.now += minutes * 60_000;
    },
    /** Everything the vault keeps on disk, to prove an operation changed nothing. */
    snapshot: async () => {
      const db = await dbPromise;
      const state = await db.get('meta', 'state');
      const { deviceKey: _omit, ...comparable } = (state ?? {}) as Record<string, unknown>;
      return { state: comparable, secrets: await db.getAll('secrets') };
    },
  };
}
