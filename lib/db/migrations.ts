import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { addFleetAuditStore } from './fleet-audits';

/**
 * How the database reaches each version. Append-only: `MIGRATIONS[i]` upgrades version i to
 * i + 1, so the database version is `MIGRATIONS.length`. A released step is never edited (a user
 * may still have any older version); a new version adds a step AND a fixture of the version it
 * replaces in tests/fixtures/db/ so the upgrade from every released version stays tested.
 *
 * Steps see the database untyped: they describe the layout of their time, not today's. They run
 * inside the single versionchange transaction, so a step that fails rolls every step back and
 * the previous version stays as it was. A step may only await IndexedDB requests of `tx`.
 */
export type Migration = (
  db: IDBPDatabase<unknown>,
  tx: IDBPTransaction<unknown, ArrayLike<string>, 'versionchange'>,
) => void | Promise<void>;

/** v1: entities, their change log, mappings with rejections and audit log, sync runs. */
const createInitialStores: Migration = (db) => {
  const entities = db.createObjectStore('entities', { keyPath: 'key' });
  entities.createIndex('byConnection', 'connectionId');
  entities.createIndex('byConnectionKind', ['connectionId', 'kind']);
  entities.createIndex('byNormalisedName', 'normalisedName');

  const changes = db.createObjectStore('entityChanges', { keyPath: 'id', autoIncrement: true });
  changes.createIndex('byRun', 'runId');
  changes.createIndex('byConnection', 'connectionId');

  const mappings = db.createObjectStore('mappings', { keyPath: 'id' });
  mappings.createIndex('byPair', ['leftConnectionId', 'rightConnectionId']);
  mappings.createIndex('byLeftConnection', 'leftConnectionId');
  mappings.createIndex('byRightConnection', 'rightConnectionId');

  const rejections = db.createObjectStore('rejections', { keyPath: 'id' });
  rejections.createIndex('byPair', ['leftConnectionId', 'rightConnectionId']);

  const audit = db.createObjectStore('mappingAudit', { keyPath: 'id', autoIncrement: true });
  audit.createIndex('byPair', ['leftConnectionId', 'rightConnectionId']);

  const runs = db.createObjectStore('syncRuns', { keyPath: 'id' });
  runs.createIndex('byConnection', ['connectionId', 'startedAt']);
  runs.createIndex('byStatus', 'status');
};

export const MIGRATIONS: readonly Migration[] = [
  createInitialStores,
  // v2: the API-member audit history (lib/db/fleet-audits.ts).
  addFleetAuditStore,
];

/** Runs the steps from `oldVersion` up to `migrations.length`, in order. */
export async function runMigrations(
  migrations: readonly Migration[],
  oldVersion: number,
  db: IDBPDatabase<unknown>,
  tx: IDBPTransaction<unknown, ArrayLike<string>, 'versionchange'>,
): Promise<void> {
  for (let version = oldVersion; version < migrations.length; version++) {
    await migrations[version]!(db, tx);
  }
}
