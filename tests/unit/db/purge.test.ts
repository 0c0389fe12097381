import { beforeEach, describe, expect, it } from 'vitest';
import {
  type CompanionDb,
  createIdbMappingStore,
  listEntities,
  purgeConnectionData,
  recentRuns,
  type SyncRun,
  saveRun,
  writeEntityPage,
} from '@/lib/db';
import { rejectionKey } from '@/lib/mapping/plan';
import type { ConnectionPair, MappingStore } from '@/lib/mapping/store';
import { steppingClock } from '../support/clock';
import { openTestDb, runningRun } from '../support/db';

const WG_PSA = { leftConnectionId: 'wg', rightConnectionId: 'psa' };
const RMM_WG = { leftConnectionId: 'rmm', rightConnectionId: 'wg' };
const RMM_PSA = { leftConnectionId: 'rmm', rightConnectionId: 'psa' };

let db: CompanionDb;
let mappings: MappingStore;
beforeEach(async () => {
  db = await openTestDb();
  mappings = createIdbMappingStore(db, steppingClock().now);
  for (const connectionId of ['wg', 'psa', 'rmm']) await syncTwoEntities(connectionId);
  for (const pair of [WG_PSA, RMM_WG, RMM_PSA]) await mapAndReject(pair);
});

/** A finished run of the connection that stored two entities (and their "added" changes). */
async function syncTwoEntities(connectionId: string): Promise<void> {
  const run: SyncRun = runningRun(connectionId);
  await saveRun(db, run);
  const entities = [
    { vendorId: '1', name: 'Acme' },
    { vendorId: '2', name: 'Globex' },
  ];
  await writeEntityPage(
    db,
    { connectionId, kind: 'company', runId: run.id, at: run.startedAt, entities },
    () => ({ ...run, status: 'succeeded', finishedAt: run.startedAt }),
  );
}

/** One mapping and one rejection for the pair, each with its audit entry. */
async function mapAndReject(pair: ConnectionPair): Promise<void> {
  const key = (connectionId: string, id: string) => `${connectionId}/company/${id}`;
  const leftKey = key(pair.leftConnectionId, '1');
  const rightKey = key(pair.rightConnectionId, '1');
  const mapping = {
    id: rejectionKey(leftKey, rightKey),
    ...pair,
    leftKey,
    rightKey,
    origin: 'manual' as const,
    confidence: 1,
    createdBy: 'you',
    createdAt: '2025-03-01T10:00:00.000Z',
  };
  await mappings.apply(pair, [{ kind: 'map', mapping }], 'accept', 'you');
  const rejected = { leftKey: key(pair.leftConnectionId, '2'), rightKey: key(pair.rightConnectionId, '2') };
  await mappings.apply(pair, [{ kind: 'reject', ...rejected }], 'reject', 'you');
}

async function pairData(pair: ConnectionPair) {
  return {
    mappings: (await mappings.mappings(pair)).length,
    rejections: (await mappings.rejections(pair)).size,
    audit: (await mappings.auditLog(pair, 10)).length,
  };
}

describe('purgeConnectionData', () => {
  it('deletes the connection’s entities, changes, runs, and every pair it is on either side of', async () => {
    const counts = await purgeConnectionData(db, 'wg');

    expect(counts).toEqual({
      entities: 2,
      entityChanges: 2,
      mappings: 2,
      rejections: 2,
      mappingAudit: 4,
      syncRuns: 1,
    });
    expect(await listEntities(db, 'wg')).toEqual([]);
    expect(await db.getAllFromIndex('entityChanges', 'byConnection', 'wg')).toEqual([]);
    expect(await recentRuns(db, 'wg', 10)).toEqual([]);
    // 'wg' on the left, then on the right: both pairs are gone.
    expect(await pairData(WG_PSA)).toEqual({ mappings: 0, rejections: 0, audit: 0 });
    expect(await pairData(RMM_WG)).toEqual({ mappings: 0, rejections: 0, audit: 0 });
  });

  it('leaves every other connection’s data untouched', async () => {
    await purgeConnectionData(db, 'wg');

    for (const other of ['psa', 'rmm']) {
      expect(await listEntities(db, other)).toHaveLength(2);
      expect(await db.getAllFromIndex('entityChanges', 'byConnection', other)).toHaveLength(2);
      expect(await recentRuns(db, other, 10)).toHaveLength(1);
    }
    expect(await pairData(RMM_PSA)).toEqual({ mappings: 1, rejections: 1, audit: 2 });
  });

  it('finds nothing to delete the second time', async () => {
    await purgeConnectionData(db, 'psa');
    expect(await purgeConnectionData(db, 'psa')).toEqual({
      entities: 0,
      entityChanges: 0,
      mappings: 0,
      rejections: 0,
      mappingAudit: 0,
      syncRuns: 0,
    });
  });
});
