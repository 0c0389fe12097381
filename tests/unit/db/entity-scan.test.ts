import { beforeEach, describe, expect, it } from 'vitest';
import {
  type CompanionDb,
  countEntities,
  finishCompletePass,
  type SyncRun,
  saveRun,
  writeEntityPage,
} from '@/lib/db';
import { SCAN_BATCH } from '@/lib/db/entity-scan';
import { openTestDb, runningRun } from '../support/db';

/**
 * The end of a complete pass and the popup's counts read a connection's entities in batches by
 * key range instead of all at once. Batches must add up to exactly the connection's entities:
 * none lost at a batch boundary, none taken from a neighbour whose id shares the key prefix.
 */
const RUN: SyncRun = runningRun('c1', 'run-1');
const MORE_THAN_TWO_BATCHES = SCAN_BATCH * 2 + 7;

let db: CompanionDb;
beforeEach(async () => {
  db = await openTestDb();
  await saveRun(db, RUN);
});

async function write(connectionId: string, kind: 'company' | 'site', runId: string, ids: number[]) {
  await writeEntityPage(
    db,
    {
      connectionId,
      kind,
      runId,
      at: '2025-03-01T06:00:01.000Z',
      entities: ids.map((id) => ({ vendorId: String(id), name: `Company ${id}` })),
    },
    () => RUN,
  );
}

const ids = (count: number) => Array.from({ length: count }, (_, i) => i + 1);

describe('batched entity passes', () => {
  it('removes exactly the unseen entities of a connection larger than two batches', async () => {
    await write('c1', 'company', 'old', ids(MORE_THAN_TWO_BATCHES));
    // Seen again by this run: all but every tenth.
    await write(
      'c1',
      'company',
      RUN.id,
      ids(MORE_THAN_TWO_BATCHES).filter((id) => id % 10 !== 0),
    );
    // Neighbours: another kind of c1, and a connection whose id extends c1's key prefix.
    await write('c1', 'site', 'old', ids(3));
    await write('c1/company', 'company', 'old', ids(4));
    await write('c1', 'company', 'old', []);

    const run = await finishCompletePass(
      db,
      { connectionId: 'c1', runId: RUN.id, kinds: ['company'], at: '2025-03-01T07:00:00.000Z' },
      ({ removed }) => ({ ...RUN, status: 'succeeded', counts: { ...RUN.counts, removed } }),
    );
    const unseen = Math.floor(MORE_THAN_TWO_BATCHES / 10);
    expect(run.counts.removed).toBe(unseen);
    expect(await countEntities(db, 'c1')).toEqual({
      active: MORE_THAN_TWO_BATCHES - unseen + 3,
      removed: unseen,
      unmapped: MORE_THAN_TWO_BATCHES - unseen + 3,
    });
    expect(await countEntities(db, 'c1/company')).toEqual({ active: 4, removed: 0, unmapped: 4 });
    const changes = await db.getAllFromIndex('entityChanges', 'byRun', RUN.id);
    expect(changes.filter((change) => change.change === 'removed').map((change) => change.key)).toEqual(
      ids(MORE_THAN_TWO_BATCHES)
        .filter((id) => id % 10 === 0)
        .map((id) => `c1/company/${id}`)
        .sort(),
    );
  });

  it('holds removals by the guard after counting every batch', async () => {
    await write('c1', 'company', 'old', ids(MORE_THAN_TWO_BATCHES));
    await write('c1', 'company', RUN.id, ids(SCAN_BATCH));
    const seen: { count: number; of: number }[] = [];
    const run = await finishCompletePass(
      db,
      { connectionId: 'c1', runId: RUN.id, kinds: ['company'], at: '2025-03-01T07:00:00.000Z' },
      ({ removed, held }) => ({
        ...RUN,
        status: 'succeeded',
        counts: { ...RUN.counts, removed },
        ...(held ? { heldRemovals: held } : {}),
      }),
      (removals) => {
        seen.push(removals);
        return true;
      },
    );
    expect(seen).toEqual([{ count: MORE_THAN_TWO_BATCHES - SCAN_BATCH, of: MORE_THAN_TWO_BATCHES }]);
    expect(run.counts.removed).toBe(0);
    expect((await countEntities(db, 'c1')).removed).toBe(0);
  });
});
