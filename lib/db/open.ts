import { type IDBPDatabase, openDB } from 'idb';
import { StoreError } from './errors';
import { MIGRATIONS, type Migration, runMigrations } from './migrations';
import { COMPANION_DB_NAME, type CompanionDb, type CompanionSchema } from './schema';

export interface OpenOptions {
  name?: string;
  /** Only tests pass their own history. */
  migrations?: readonly Migration[];
}

/**
 * Opens (creating or upgrading) the companion database; background only. Fails with a
 * StoreError the user can act on when the database is newer than this extension or an upgrade
 * step fails; in both cases the stored data is left exactly as it was.
 */
export async function openCompanionDb(options: OpenOptions = {}): Promise<CompanionDb> {
  const migrations = options.migrations ?? MIGRATIONS;
  const version = migrations.length;
  let upgradeFailure: { from: number; error: unknown } | undefined;
  let opened: CompanionDb | undefined;
  try {
    opened = await openDB<CompanionSchema>(options.name ?? COMPANION_DB_NAME, version, {
      upgrade(db, oldVersion, _newVersion, tx) {
        // openDB itself reports an aborted upgrade; this promise's rejection is not news.
        tx.done.catch(() => undefined);
        const untypedDb = db as unknown as IDBPDatabase<unknown>;
        const untypedTx = tx as unknown as Parameters<Migration>[1];
        runMigrations(migrations, oldVersion, untypedDb, untypedTx).catch((error: unknown) => {
          upgradeFailure = { from: oldVersion, error };
          try {
            tx.abort();
          } catch {
            // Already finished or aborted: openDB reports it.
          }
        });
      },
      // A newer version of the extension wants to upgrade: let it, we reopen on next use.
      blocking() {
        opened?.close();
      },
    });
    return opened;
  } catch (error) {
    if (upgradeFailure) {
      const reason = upgradeFailure.error instanceof Error ? upgradeFailure.error.message : 'unknown error';
      throw new StoreError(
        'upgrade-failed',
        `The account-mapping database could not be upgraded from version ${upgradeFailure.from} to ${version} (${reason}). Nothing was changed.`,
        'Reload the extension to try again; if it keeps failing, report it — your data is still in the old format.',
      );
    }
    if (error instanceof Error && error.name === 'VersionError') {
      throw new StoreError(
        'newer-version',
        `The account-mapping database was written by a newer version of the extension (this one reads version ${version}). Nothing was changed.`,
        'Update the extension to the latest version.',
      );
    }
    throw error;
  }
}
