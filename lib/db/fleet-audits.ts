import type { IDBPDatabase } from 'idb';
import { type FleetRun, fleetRunSchema } from '../api-members/schemas';
import { readRecordOrSkip } from './errors';
import type { CompanionDb } from './schema';
import { allOrNothing } from './transaction';

/**
 * The tenant-wide API-member audit's history (issue #21): one record per COMPLETE run, key the
 * run id, indexed by (connection, finishedAt). A run is written in one put at its end, so an
 * interrupted run leaves nothing behind; the newest `keep` per connection are kept.
 */

/** Schema step: its own store and index only, so it can sit before or after any other step. */
export function addFleetAuditStore(db: IDBPDatabase<unknown>): void {
  const store = db.createObjectStore('fleetAudits', { keyPath: 'id' });
  store.createIndex('byConnection', ['connectionId', 'finishedAt']);
}

const KEEP_RUNS = 30;

/** Saves a complete run and prunes the connection's oldest beyond `keep`, in one transaction. */
export async function saveFleetRun(db: CompanionDb, run: FleetRun, keep = KEEP_RUNS): Promise<void> {
  const checked = fleetRunSchema.parse(run);
  const tx = db.transaction('fleetAudits', 'readwrite');
  await allOrNothing(tx, async () => {
    await tx.store.put(checked);
    const range = IDBKeyRange.bound([checked.connectionId, ''], [checked.connectionId, '\uffff']);
    let seen = 0;
    let cursor = await tx.store.index('byConnection').openCursor(range, 'prev');
    while (cursor) {
      if (++seen > keep) await cursor.delete();
      cursor = await cursor.continue();
    }
  });
}

/** A connection's newest runs, newest first; a damaged record is skipped (history only). */
export async function recentFleetRuns(
  db: CompanionDb,
  connectionId: string,
  limit: number,
): Promise<FleetRun[]> {
  const runs: FleetRun[] = [];
  const range = IDBKeyRange.bound([connectionId, ''], [connectionId, '\uffff']);
  let cursor = await db.transaction('fleetAudits').store.index('byConnection').openCursor(range, 'prev');
  while (cursor && runs.length < limit) {
    const run = readRecordOrSkip(fleetRunSchema, cursor.value);
    if (run) runs.push(run);
    cursor = await cursor.continue();
  }
  return runs;
}

/** Every connection's newest run (the popup's line picks the latest of them). */
export async function latestFleetRuns(db: CompanionDb): Promise<FleetRun[]> {
  const newest = new Map<string, FleetRun>();
  let cursor = await db.transaction('fleetAudits').store.openCursor();
  while (cursor) {
    const run = readRecordOrSkip(fleetRunSchema, cursor.value);
    if (run && (newest.get(run.connectionId)?.finishedAt ?? '') < run.finishedAt)
      newest.set(run.connectionId, run);
    cursor = await cursor.continue();
  }
  return [...newest.values()];
}

/** A removed connection's audit history goes with it. */
export async function forgetFleetRuns(db: CompanionDb, connectionId: string): Promise<void> {
  const range = IDBKeyRange.bound([connectionId, ''], [connectionId, '\uffff']);
  const tx = db.transaction('fleetAudits', 'readwrite');
  await allOrNothing(tx, async () => {
    let cursor = await tx.store.index('byConnection').openCursor(range);
    while (cursor) {
      await cursor.delete();
      cursor = await cursor.continue();
    }
  });
}
