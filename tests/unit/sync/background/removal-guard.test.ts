import { beforeEach, describe, expect, it } from 'vitest';
import { type CompanionDb, countEntities, listEntities } from '@/lib/db';
import { listingIncomplete } from '@/lib/vendors/http';
import { openTestDb } from '../../support/db';
import { companyPages, fakeSource } from '../support/fake-source';
import { MANAGE, syncHarness } from '../support/harness';

let db: CompanionDb;
beforeEach(async () => {
  db = await openTestDb();
});

const removedCount = async () => (await listEntities(db, MANAGE.id)).filter((e) => e.removedAt).length;

describe('a listing that ends without proof', () => {
  it('makes the run incomplete: what was read is kept, nothing is removed, and the run says what to try', async () => {
    let pages = companyPages(100, 50);
    let fail = false;
    const source = () =>
      fakeSource({
        pages,
        beforePage: (index) => {
          if (fail && index === 1) {
            throw listingIncomplete('cw-rmm', 'GET /api/platform/v1/company/companies', {
              message: 'ConnectWise RMM returned the same 50 companies twice.',
              nextStep: 'Set Records Per Request to 50.',
            });
          }
        },
      });
    const { syncOnce } = syncHarness(db, () => [source()]);
    await syncOnce();
    pages = companyPages(100, 50).map((page) => page.map((c) => ({ ...c, name: `${c.name} (renamed)` })));
    fail = true;
    const run = await syncOnce();
    expect(run).toMatchObject({
      status: 'incomplete',
      counts: { records: 50, renamed: 50, removed: 0 },
      error: { kind: 'incomplete-listing', nextStep: 'Set Records Per Request to 50.' },
    });
    expect(await countEntities(db, MANAGE.id)).toMatchObject({ active: 100, removed: 0 });
  });
});

describe('the removal guard', () => {
  it('holds removals above 20% (and at least 20) for confirmation, then applies them when confirmed', async () => {
    let pages = companyPages(100, 50);
    const { syncOnce, service } = syncHarness(db, () => [fakeSource({ pages })]);
    await syncOnce();
    pages = companyPages(30, 50);
    const held = await syncOnce();
    expect(held).toMatchObject({ status: 'succeeded', heldRemovals: { count: 70, of: 100 } });
    expect(held.counts.removed).toBe(0);
    expect(await removedCount()).toBe(0);

    const confirmed = await service.confirmRemovals(MANAGE.id, held.id);
    expect(confirmed.counts.removed).toBe(70);
    expect(confirmed.heldRemovals).toBeUndefined();
    expect(await removedCount()).toBe(70);
    await expect(service.confirmRemovals(MANAGE.id, held.id)).rejects.toThrow(/no longer waiting/);
  });

  it('applies removals at or under the share, and fewer than 20 whatever the share', async () => {
    let pages = companyPages(100, 50);
    const { syncOnce } = syncHarness(db, () => [fakeSource({ pages })]);
    await syncOnce();
    pages = companyPages(80, 50);
    expect((await syncOnce()).counts.removed).toBe(20);

    const small = await openTestDb();
    let few = companyPages(30, 50);
    const second = syncHarness(small, () => [fakeSource({ pages: few })]);
    await second.syncOnce();
    few = companyPages(11, 50);
    const run = await second.syncOnce();
    expect(run.counts.removed).toBe(19);
    expect(run.heldRemovals).toBeUndefined();
  });

  it('a newer sync replaces a held removal: the old one cannot be confirmed any more', async () => {
    let pages = companyPages(100, 50);
    const { syncOnce, service } = syncHarness(db, () => [fakeSource({ pages })]);
    await syncOnce();
    pages = companyPages(10, 50);
    const held = await syncOnce();
    pages = companyPages(100, 50);
    const again = await syncOnce();
    expect(again).toMatchObject({ status: 'succeeded', counts: { removed: 0 } });
    expect(again.heldRemovals).toBeUndefined();
    await expect(service.confirmRemovals(MANAGE.id, held.id)).rejects.toThrow(/another sync has run since/);
    expect(await removedCount()).toBe(0);
  });
});
