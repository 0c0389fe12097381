/**
 * The companion's IndexedDB store (background only): vendor entities per connection, mappings
 * with rejections and audit log, sync runs and the change log.
 *
 *   const db = await openCompanionDb();
 *   const mappings = createIdbMappingStore(db);              // lib/mapping/store.ts contract
 *   await writeEntityPage(db, page, (outcome) => nextRun);   // page + cursor, atomically
 */
export {
  type CompletePass,
  changesOfRun,
  countEntities,
  type EntityCounts,
  type EntityNote,
  type EntityPage,
  finishCompletePass,
  listEntities,
  type PageOutcome,
  writeEntityPage,
} from './entities';
export { entityKey, type IncomingEntity, mergeEntity, type UnnamedHandling } from './entity-merge';
export { readRecord, StoreError, type StoreErrorCode } from './errors';
export { createIdbMappingStore } from './mapping-store';
export { MIGRATIONS, type Migration } from './migrations';
export { type OpenOptions, openCompanionDb } from './open';
export { type PurgeCounts, purgeConnectionData } from './purge';
export * from './records';
export {
  COMPANION_DB_NAME,
  type CompanionDb,
  type CompanionSchema,
  STORE_NAMES,
  type StoreName,
} from './schema';
export { getRun, pruneRuns, recentRuns, runningRuns, saveRun, updateRunIfPresent } from './sync-runs';
