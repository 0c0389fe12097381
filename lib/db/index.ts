/**
 * The companion's IndexedDB store (background only): vendor entities per connection, mappings
 * with rejections and audit log, sync runs and the change log.
 *
 *   const db = await openCompanionDb();
 *   const mappings = createIdbMappingStore(db);              // lib/mapping/store.ts contract
 *   await writeEntityPage(db, page, (outcome) => nextRun);   // page + cursor, atomically
 */
export {
  changesOfRun,
  countEntities,
  finishCompletePass,
  listEntities,
  writeEntityPage,
} from './entities';
export { mergeEntity } from './entity-merge';
export { readRecord, StoreError } from './errors';
export { createIdbMappingStore } from './mapping-store';
export { MIGRATIONS, type Migration } from './migrations';
export { openCompanionDb } from './open';
export { purgeConnectionData } from './purge';
export * from './records';
export {
  type CompanionDb,
  STORE_NAMES,
} from './schema';
export { getRun, recentRuns, saveRun } from './sync-runs';
