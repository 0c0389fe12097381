import type { Commands, Handlers } from '../../messaging';
import { CommandError } from '../../messaging/errors';
import { isVaultError } from '../../secrets/errors';
import type { connectionCommands } from '../commands';
import { ConnectionError } from '../errors';
import { effectivePreferences, managedFields } from '../policy';
import type { ConnectionsFeature } from './feature';

type ConnectionCommand = keyof typeof connectionCommands;

/**
 * Turns the feature's own errors into messages a page may show: their text is ours and never
 * holds a secret. `detail.code` lets the page react (show the unlock form, the "Ask again" button).
 */
async function shown<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ConnectionError) {
      throw new CommandError(error.message, {
        code: error.code,
        ...(error.fields ? { fields: error.fields } : {}),
      });
    }
    if (isVaultError(error)) throw new CommandError(error.message, { code: error.code });
    throw error;
  }
}

/** The background side of the connection commands; the router has checked sender and schema. */
export function connectionHandlers(
  feature: ConnectionsFeature,
): Required<Pick<Handlers<Commands>, ConnectionCommand>> {
  const { service, vault, preferences, readPolicy } = feature;

  async function settings() {
    const [prefs, { policy, problems }] = await Promise.all([preferences.get(), readPolicy()]);
    return {
      preferences: prefs,
      effective: effectivePreferences(prefs, policy),
      policy,
      managed: managedFields(policy),
      policyProblems: problems,
    };
  }

  /** After the key became available: move any plaintext secrets still waiting. */
  async function statusAfterUnlock() {
    await feature.migrate();
    return vault.status();
  }

  return {
    listConnections: () =>
      shown(async () => ({
        connections: await service.list(),
        damaged: (await feature.store.list()).damaged,
      })),
    getConnection: ({ id }) => shown(async () => ({ connection: await service.get(id) })),
    saveConnection: (request) => shown(async () => ({ connection: await service.save(request) })),
    renameConnection: ({ id, name }) => shown(async () => ({ connection: await service.rename(id, name) })),
    removeConnection: ({ id }) =>
      shown(async () => ({ removed: true as const, ...(await service.remove(id)) })),
    testSavedConnection: ({ id }) => shown(() => service.testSaved(id)),
    testConnectionSettings: (request) => shown(() => service.testSettings(request)),
    refreshHostAccess: () =>
      shown(async () => {
        await service.syncHostAccess();
        return { refreshed: true as const };
      }),

    getVaultStatus: () => shown(() => vault.status()),
    unlockVault: ({ passphrase }) =>
      shown(async () => {
        await vault.unlock(passphrase);
        return statusAfterUnlock();
      }),
    lockVault: () =>
      shown(async () => {
        await vault.lock();
        return vault.status();
      }),
    setVaultPassphrase: ({ next, current }) =>
      shown(async () => {
        await vault.setPassphrase(next, current);
        return statusAfterUnlock();
      }),
    removeVaultPassphrase: ({ current }) =>
      shown(async () => {
        await vault.removePassphrase(current);
        return vault.status();
      }),

    getConnectionSettings: () => shown(settings),
    savePreferences: (next) =>
      shown(async () => {
        await preferences.set(next);
        await vault.rescheduleAutoLock();
        return settings();
      }),

    exportBackup: () =>
      shown(async () => ({
        backup: {
          format: 'msp-portal-companion.backup' as const,
          version: 1 as const,
          exportedAt: new Date().toISOString(),
          connections: await service.exportPresets(),
          preferences: await preferences.get(),
        },
      })),
    importBackup: ({ backup }) =>
      shown(async () => {
        const counts = await service.importPresets(backup.connections);
        await preferences.set(backup.preferences);
        await vault.rescheduleAutoLock();
        return counts;
      }),
  };
}
