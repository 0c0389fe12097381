import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { fleetRunSchema } from '@/lib/api-members/schemas';
import {
  createIdbMappingStore,
  entityChangeSchema,
  listEntities,
  MIGRATIONS,
  type Migration,
  openCompanionDb,
  readRecord,
  rejectionRecordSchema,
  STORE_NAMES,
  StoreError,
  storedEntitySchema,
  syncRunSchema,
} from '@/lib/db';
import { mappingAuditEntrySchema, mappingRecordSchema } from '@/lib/mapping/store';
import { dumpDatabase, loadFixture, releasedFixtures } from '../../fixtures/db/load';

const CURRENT_SCHEMAS = {
  entities: storedEntitySchema,
  entityChanges: entityChangeSchema,
  mappings: mappingRecordSchema,
  rejections: rejectionRecordSchema,
  mappingAudit: mappingAuditEntrySchema,
  syncRuns: syncRunSchema,
  fleetAudits: fleetRunSchema,
} as const;

const fixtures = releasedFixtures();
const freshName = () => `test-${crypto.randomUUID()}`;

describe('released database versions', () => {
  it('has a fixture for every version before the current one, and the current one', () => {
    const versions = fixtures.map((fixture) => fixture.version);
    expect(versions).toEqual(Array.from({ length: MIGRATIONS.length }, (_, i) => i + 1));
  });

  it('the newest fixture fills every store of the current schema', () => {
    const newest = fixtures.at(-1)!;
    for (const store of STORE_NAMES) expect(newest.stores[store]?.length, store).toBeGreaterThan(0);
  });

  for (const fixture of fixtures) {
    it(`opens a version ${fixture.version} database with nothing lost and every record readable`, async () => {
      const name = freshName();
      await loadFixture(name, fixture);
      const before = await dumpDatabase(name);

      const db = await openCompanionDb({ name });
      expect(db.version).toBe(MIGRATIONS.length);
      db.close();
      const after = await dumpDatabase(name);

      for (const [store, records] of Object.entries(before.stores)) {
        // Migrations may add fields, never drop a record or a field the old version wrote.
        expect(after.stores[store]).toHaveLength(records.length);
        for (const [i, record] of records.entries()) {
          expect(after.stores[store]?.[i]).toMatchObject(record as object);
        }
      }
      for (const store of STORE_NAMES) {
        for (const record of after.stores[store] ?? []) readRecord(CURRENT_SCHEMAS[store], record, store);
      }
    });
  }

  it('the v1 records are usable through the mapping contract', async () => {
    const name = freshName();
    await loadFixture(name, fixtures[0]!);
    const db = await openCompanionDb({ name });
    const store = createIdbMappingStore(db);
    const pair = { leftConnectionId: 'wg-1', rightConnectionId: 'manage-1' };
    expect(await store.mappings(pair)).toHaveLength(2);
    expect([...(await store.rejections(pair))]).toEqual(['wg-1/site/s-9\nmanage-1/company/250']);
    expect((await store.auditLog(pair, 10)).map((entry) => entry.action)).toEqual([
      'reject',
      'accept',
      'auto-apply',
    ]);
    const entities = await listEntities(db, 'manage-1');
    expect(entities.find((entity) => entity.vendorId === '252')?.removedAt).toBe('2025-03-02T06:00:00.000Z');
    db.close();
  });
});

describe('opening the database', () => {
  const addMarker: Migration = (db) => {
    db.createObjectStore('marker');
  };

  it('runs only the steps after the stored version, in order', async () => {
    const name = freshName();
    const ran: number[] = [];
    const step =
      (n: number): Migration =>
      () =>
        void ran.push(n);
    (await openCompanionDb({ name, migrations: [MIGRATIONS[0]!, step(2)] })).close();
    (await openCompanionDb({ name, migrations: [MIGRATIONS[0]!, step(2), step(3), step(4)] })).close();
    expect(ran).toEqual([2, 3, 4]);
  });

  it('rolls every step back when one fails, leaving the old version and its data intact', async () => {
    const name = freshName();
    await loadFixture(name, fixtures[0]!);
    const before = await dumpDatabase(name);
    // Deletes data, then fails after awaiting a request: the deletion must not survive.
    const failing: Migration = async (_db, tx) => {
      await tx.objectStore('mappings').clear();
      throw new Error('disk full');
    };
    const attempt = openCompanionDb({ name, migrations: [...MIGRATIONS, addMarker, failing] });
    await expect(attempt).rejects.toThrow(StoreError);
    await expect(attempt).rejects.toMatchObject({
      code: 'upgrade-failed',
      message: expect.stringContaining(
        `from version 1 to ${MIGRATIONS.length + 2} (disk full). Nothing was changed.`,
      ),
    });
    expect(await dumpDatabase(name)).toEqual(before);
  });

  it('refuses a database written by a newer version, without touching it', async () => {
    const name = freshName();
    (await openCompanionDb({ name, migrations: [...MIGRATIONS, addMarker] })).close();
    await expect(openCompanionDb({ name })).rejects.toMatchObject({
      code: 'newer-version',
      nextStep: 'Update the extension to the latest version.',
    });
    const db = await openDB(name);
    expect([...db.objectStoreNames]).toContain('marker');
    db.close();
  });
});
