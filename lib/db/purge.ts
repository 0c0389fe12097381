import type { IDBPObjectStore } from 'idb';
import { type CompanionDb, type CompanionSchema, STORE_NAMES } from './schema';
import { allOrNothing, requestBatch } from './transaction';

/** How many records of each store a purge deleted. */
export interface PurgeCounts {
  entities: number;
  entityChanges: number;
  mappings: number;
  rejections: number;
  mappingAudit: number;
  syncRuns: number;
}

// Every store holds records of some connection: a purge touches them all.
type PurgeStores = typeof STORE_NAMES;
type PairStore<Name extends 'rejections' | 'mappingAudit'> = IDBPObjectStore<
  CompanionSchema,
  PurgeStores,
  Name,
  'readwrite'
>;

/** A record that names two connections (mapping pairs, rejections, audit entries). */
interface PairRecord {
  leftConnectionId?: unknown;
  rightConnectionId?: unknown;
}

/**
 * Deletes everything the sync and the mappings stored for a removed connection: its entities,
 * their change log, its runs, and every mapping, rejection and mapping audit entry where it is
 * either side (audit entries name its entities, so they are its customer data too). One
 * transaction: a failure deletes nothing, and a retry deletes it all.
 */
export async function purgeConnectionData(db: CompanionDb, connectionId: string): Promise<PurgeCounts> {
  const tx = db.transaction(STORE_NAMES, 'readwrite');
  return allOrNothing(tx, async () => {
    const writes = requestBatch();
    const deleteKeys = <K extends IDBValidKey>(keys: readonly K[], remove: (key: K) => Promise<unknown>) => {
      for (const key of keys) writes.add(remove(key));
      return keys.length;
    };

    const entities = tx.objectStore('entities');
    const changes = tx.objectStore('entityChanges');
    const mappings = tx.objectStore('mappings');
    const runs = tx.objectStore('syncRuns');
    const runRange = IDBKeyRange.bound([connectionId, ''], [connectionId, '\uffff']);

    const mappingKeys = new Set([
      ...(await mappings.index('byLeftConnection').getAllKeys(connectionId)),
      // A connection mapped to itself is on both sides: the set counts it once.
      ...(await mappings.index('byRightConnection').getAllKeys(connectionId)),
    ]);
    const counts: PurgeCounts = {
      entities: deleteKeys(await entities.index('byConnection').getAllKeys(connectionId), (key) =>
        entities.delete(key),
      ),
      entityChanges: deleteKeys(await changes.index('byConnection').getAllKeys(connectionId), (key) =>
        changes.delete(key),
      ),
      mappings: deleteKeys([...mappingKeys], (key) => mappings.delete(key)),
      // Their only index is by [left, right]: a scan finds the connection on the right too.
      rejections: await deletePairsOf(tx.objectStore('rejections'), connectionId),
      mappingAudit: await deletePairsOf(tx.objectStore('mappingAudit'), connectionId),
      syncRuns: deleteKeys(await runs.index('byConnection').getAllKeys(runRange), (key) => runs.delete(key)),
    };
    await writes.done();
    return counts;
  });
}

/** Deletes the records of a pair store where the connection is left or right; returns how many. */
async function deletePairsOf(
  store: PairStore<'rejections'> | PairStore<'mappingAudit'>,
  connectionId: string,
): Promise<number> {
  let deleted = 0;
  let cursor = await store.openCursor();
  while (cursor) {
    const value = cursor.value as PairRecord;
    if (value.leftConnectionId === connectionId || value.rightConnectionId === connectionId) {
      // Awaited in turn: the cursor cannot move until its delete request is placed anyway.
      await cursor.delete();
      deleted++;
    }
    cursor = await cursor.continue();
  }
  return deleted;
}
