import { readRecord, readRecordOrSkip } from './errors';
import { type SyncRun, syncRunSchema } from './records';
import type { CompanionDb } from './schema';
import { allOrNothing, requestBatch } from './transaction';

/** Saves a run record (new or updated); checked before it is written. */
export async function saveRun(db: CompanionDb, run: SyncRun): Promise<SyncRun> {
  const checked = syncRunSchema.parse(run);
  await db.put('syncRuns', checked);
  return checked;
}

/**
 * Saves a run record only if it is still stored; undefined when it is gone (its connection was
 * removed and purged meanwhile), so a late "failed" or "cancelled" cannot bring a run back.
 */
export async function updateRunIfPresent(db: CompanionDb, run: SyncRun): Promise<SyncRun | undefined> {
  const checked = syncRunSchema.parse(run);
  const tx = db.transaction('syncRuns', 'readwrite');
  return allOrNothing(tx, async () => {
    if ((await tx.store.getKey(checked.id)) === undefined) return undefined;
    await tx.store.put(checked);
    return checked;
  });
}

export async function getRun(db: CompanionDb, runId: string): Promise<SyncRun | undefined> {
  const raw = await db.get('syncRuns', runId);
  return raw === undefined ? undefined : readRecord(syncRunSchema, raw, 'sync run');
}

/** The newest runs of a connection, newest first; damaged records are skipped (history only). */
export async function recentRuns(db: CompanionDb, connectionId: string, limit: number): Promise<SyncRun[]> {
  const runs: SyncRun[] = [];
  const range = IDBKeyRange.bound([connectionId, ''], [connectionId, '\uffff']);
  let cursor = await db.transaction('syncRuns').store.index('byConnection').openCursor(range, 'prev');
  while (cursor && runs.length < limit) {
    const run = readRecordOrSkip(syncRunSchema, cursor.value);
    if (run) runs.push(run);
    cursor = await cursor.continue();
  }
  return runs;
}

/** Runs still marked running: after a restart of the background these are the interrupted ones. */
export async function runningRuns(db: CompanionDb): Promise<SyncRun[]> {
  const rows = await db.getAllFromIndex('syncRuns', 'byStatus', 'running');
  return rows.flatMap((row) => readRecordOrSkip(syncRunSchema, row) ?? []);
}

/**
 * Keeps the newest `keep` runs of a connection and the changes they recorded; older runs and
 * their change log go, in one transaction. Entities and mappings are never touched.
 */
export async function pruneRuns(db: CompanionDb, connectionId: string, keep: number): Promise<number> {
  const tx = db.transaction(['syncRuns', 'entityChanges'], 'readwrite');
  return allOrNothing(tx, async () => {
    const range = IDBKeyRange.bound([connectionId, ''], [connectionId, '\uffff']);
    const writes = requestBatch();
    let seen = 0;
    let pruned = 0;
    let cursor = await tx.objectStore('syncRuns').index('byConnection').openCursor(range, 'prev');
    while (cursor) {
      if (++seen > keep) {
        const runId = cursor.primaryKey;
        const changeKeys = await tx.objectStore('entityChanges').index('byRun').getAllKeys(runId);
        for (const key of changeKeys) writes.add(tx.objectStore('entityChanges').delete(key));
        writes.add(cursor.delete());
        pruned++;
      }
      cursor = await cursor.continue();
    }
    await writes.done();
    return pruned;
  });
}
