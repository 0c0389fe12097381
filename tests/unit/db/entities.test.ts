import { beforeEach, describe, expect, it } from 'vitest';
import {
  type CompanionDb,
  countEntities,
  finishCompletePass,
  getRun,
  listEntities,
  mergeEntity,
  type StoredEntity,
  type SyncRun,
  saveRun,
  writeEntityPage,
} from '@/lib/db';
import { openTestDb, runningRun } from '../support/db';

const RUN: SyncRun = runningRun('c1', 'run-1');
const page = (entities: { vendorId: string; name: string }[], runId = RUN.id) => ({
  connectionId: 'c1',
  kind: 'company' as const,
  runId,
  at: '2025-03-01T06:00:01.000Z',
  entities,
});

let db: CompanionDb;
beforeEach(async () => {
  db = await openTestDb();
  await saveRun(db, RUN);
});

describe('writeEntityPage', () => {
  it('stores the page and the run’s new cursor together', async () => {
    await writeEntityPage(db, page([{ vendorId: '1', name: 'Acme' }]), () => ({
      ...RUN,
      resume: { sourceIndex: 0, cursor: { afterId: 1 } },
    }));
    expect(await listEntities(db, 'c1')).toHaveLength(1);
    expect((await getRun(db, RUN.id))?.resume.cursor).toEqual({ afterId: 1 });
  });

  it('writes nothing of a page whose run update fails', async () => {
    const failing = writeEntityPage(db, page([{ vendorId: '1', name: 'Acme' }]), () => {
      throw new Error('boom');
    });
    await expect(failing).rejects.toThrow('boom');
    // A cursor that is not JSON fails the run's schema: the page must not land either.
    const notJson = writeEntityPage(db, page([{ vendorId: '2', name: 'Beta' }]), () => ({
      ...RUN,
      resume: { sourceIndex: 0, cursor: { at: new Date() } as never },
    }));
    await expect(notJson).rejects.toThrow();
    expect(await listEntities(db, 'c1')).toEqual([]);
    expect(await getRun(db, RUN.id)).toEqual(RUN);
  });
});

describe('finishCompletePass', () => {
  it('removes only unseen entities of the pass’s kinds and leaves damaged records alone', async () => {
    await writeEntityPage(
      db,
      page(
        [
          { vendorId: '1', name: 'Acme' },
          { vendorId: '2', name: 'Beta' },
        ],
        'old',
      ),
      () => RUN,
    );
    await writeEntityPage(db, page([{ vendorId: '1', name: 'Acme' }]), () => RUN);
    const site: StoredEntity = {
      key: 'c1/site/9',
      connectionId: 'c1',
      kind: 'site',
      vendorId: '9',
      name: 'HQ',
      normalisedName: 'hq',
      externalIds: [],
      firstSeen: RUN.startedAt,
      lastSeen: RUN.startedAt,
    };
    await db.put('entities', site);
    await db.put('entities', {
      ...site,
      key: 'c1/company/3',
      kind: 'company',
      vendorId: '3',
      name: 42,
    } as never);

    const run = await finishCompletePass(
      db,
      { connectionId: 'c1', runId: RUN.id, kinds: ['company'], at: '2025-03-01T07:00:00.000Z' },
      ({ removed }) => ({
        ...RUN,
        status: 'succeeded',
        counts: { ...RUN.counts, removed },
      }),
    );
    expect(run.counts.removed).toBe(1);
    expect(await countEntities(db, 'c1')).toEqual({ active: 2, removed: 1, unmapped: 2 });
    expect((await db.get('entities', 'c1/company/3'))?.name).toBe(42);
    await expect(listEntities(db, 'c1')).rejects.toThrow(
      /The stored entity "c1\/company\/3" is damaged \(name: /,
    );
  });
});

describe('mergeEntity', () => {
  const context = {
    connectionId: 'c1',
    kind: 'company' as const,
    runId: 'r2',
    at: '2025-03-02T00:00:00.000Z',
  };
  const existing: StoredEntity = {
    key: 'c1/company/1',
    connectionId: 'c1',
    kind: 'company',
    vendorId: '1',
    name: 'Acme',
    normalisedName: 'acme',
    externalIds: [],
    parentVendorId: 'P1',
    firstSeen: '2025-03-01T00:00:00.000Z',
    lastSeen: '2025-03-01T00:00:00.000Z',
    removedAt: '2025-03-01T12:00:00.000Z',
    lastSeenRunId: 'r1',
  };

  it('records every change at once and keeps when it was first seen', () => {
    const { record, changes } = mergeEntity(existing, { vendorId: '1', name: '  Acme & Sons  ' }, context);
    expect(record).toMatchObject({
      name: 'Acme & Sons',
      normalisedName: 'acme and sons',
      firstSeen: existing.firstSeen,
    });
    expect(record).not.toHaveProperty('removedAt');
    expect(record).not.toHaveProperty('parentVendorId');
    expect(changes.map((c) => c.change)).toEqual(['restored', 'renamed', 'moved']);
    expect(changes[2]).toMatchObject({ previousParentVendorId: 'P1' });
  });
});
