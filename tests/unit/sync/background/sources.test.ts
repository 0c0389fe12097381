import { beforeEach, describe, expect, it } from 'vitest';
import { type CompanionDb, listEntities } from '@/lib/db';
import type { EntitySource, SourceCursor, SourcePage } from '@/lib/sync/background/source';
import { fromStartSource, sourcesFor, watchGuardAccountSource } from '@/lib/sync/background/sources';
import type { WatchGuardAccount } from '@/lib/vendors/watchguard';
import { openTestDb } from '../../support/db';
import { MANAGE, syncHarness } from '../support/harness';
import {
  clientOptions,
  serveAutomate,
  serveRmm,
  serveWatchGuard,
  simulatorClock,
} from '../support/simulators';

async function readAll(source: EntitySource, from?: SourceCursor): Promise<SourcePage[]> {
  const pages: SourcePage[] = [];
  for await (const page of source.pages(from, new AbortController().signal)) pages.push(page);
  return pages;
}

describe('a list the client can only read from its start', () => {
  const listOf = (ids: string[][]) =>
    fromStartSource({
      vendor: 'cw-rmm',
      kind: 'company',
      noun: 'company',
      pages: async function* () {
        yield* ids;
      },
      toEntity: (id: string) => ({ vendorId: id, name: `Company ${id}` }),
    });

  it('counts what it read, and on resume skips exactly that without yielding it again', async () => {
    const pages = await readAll(listOf([['a', 'b'], ['c', 'd'], ['e']]));
    expect(pages.map((page) => page.cursor)).toEqual([
      { read: 2, lastId: 'b' },
      { read: 4, lastId: 'd' },
      { read: 5, lastId: 'e' },
    ]);
    const resumed = await readAll(
      listOf([
        ['a', 'b', 'c'],
        ['d', 'e'],
      ]),
      { read: 2, lastId: 'b' },
    );
    expect(resumed.flatMap((page) => page.entities.map((e) => e.vendorId))).toEqual(['c', 'd', 'e']);
  });

  it('refuses to continue a list that changed while the sync was stopped', async () => {
    await expect(readAll(listOf([['a', 'x', 'c']]), { read: 2, lastId: 'b' })).rejects.toThrow(
      'The list changed while the sync was stopped',
    );
    await expect(readAll(listOf([['a']]), { read: 2, lastId: 'b' })).rejects.toThrow('The list changed');
    await expect(readAll(listOf([['a']]), { page: 3 })).rejects.toThrow(
      'The saved position of this sync cannot be read',
    );
  });
});

describe('WatchGuard Cloud managed accounts', () => {
  it('fails the pass when accounts are added or deleted while it reads', async () => {
    let count = 2;
    const accounts: WatchGuardAccount[] = [
      { accountId: 'WGC-1', name: 'One', type: 2 },
      { accountId: 'WGC-2', name: 'Two', type: 2 },
    ];
    const source = watchGuardAccountSource({
      countManagedAccounts: async () => count++,
      accountPages: async function* () {
        yield accounts;
      },
    } as never);
    await expect(readAll(source)).rejects.toThrow(/changed while it was being read/);
  });
});

describe('every vendor through its simulator', () => {
  let db: CompanionDb;
  beforeEach(async () => {
    db = await openTestDb();
  });

  it('WatchGuard Cloud: every managed account, with its type', async () => {
    const clock = simulatorClock();
    const { sim, connection } = await serveWatchGuard(clock, { accounts: 30 });
    const { syncOnce } = syncHarness(db, () => sourcesFor(connection, clientOptions(clock)));
    const run = await syncOnce();
    expect(run).toMatchObject({ status: 'succeeded', kinds: ['account'] });
    const stored = await listEntities(db, MANAGE.id);
    expect(stored).toHaveLength(sim.state.data.accounts.length);
    const account = sim.state.data.accounts[0]!;
    expect(stored.find((e) => e.vendorId === account.accountId)).toMatchObject({
      name: account.name,
      type: account.type === 1 ? 'Service Provider' : 'Subscriber',
    });
  });

  it('ConnectWise RMM: companies with their PSA ids, then sites under their company', async () => {
    const clock = simulatorClock();
    const { sim, connection } = await serveRmm(clock, { companies: 12 });
    const { syncOnce } = syncHarness(db, () => sourcesFor(connection, clientOptions(clock)));
    const run = await syncOnce();
    expect(run).toMatchObject({ status: 'succeeded', kinds: ['company', 'site'] });
    const stored = await listEntities(db, MANAGE.id);
    const company = sim.state.data.companies[0]!;
    expect(stored.find((e) => e.key === `${MANAGE.id}/company/${company.id}`)).toMatchObject({
      name: company.friendlyName || company.name,
      externalIds: company.externalIds.map((ref) => ref.externalId),
    });
    const site = sim.state.data.sites(company.id)[0]!;
    expect(stored.find((e) => e.key === `${MANAGE.id}/site/${site.id}`)).toMatchObject({
      parentVendorId: company.id,
    });
  });

  it('ConnectWise Automate: clients with the PSA id a linked client carries', async () => {
    const clock = simulatorClock();
    const { sim, connection } = await serveAutomate(clock, { clients: 25 });
    const [linked, unlinked] = sim.state.data.clients;
    linked!.ExternalId = '250';
    unlinked!.ExternalId = '0'; // Automate's "linked to nothing"
    const { syncOnce } = syncHarness(db, () => sourcesFor(connection, clientOptions(clock)));
    const run = await syncOnce();
    expect(run).toMatchObject({ status: 'succeeded', kinds: ['client'] });
    const stored = await listEntities(db, MANAGE.id);
    expect(stored).toHaveLength(sim.state.data.clients.length);
    expect(stored.find((e) => e.vendorId === linked!.Id)).toMatchObject({
      name: linked!.Name,
      externalIds: ['250'],
    });
    expect(stored.find((e) => e.vendorId === unlinked!.Id)?.externalIds).toEqual([]);
  });

  it('WatchGuard Cloud: delegated accounts are synced too, marked as delegated', async () => {
    const clock = simulatorClock();
    const { sim, connection } = await serveWatchGuard(clock, { accounts: 20, delegatedAccounts: 3 });
    const { syncOnce } = syncHarness(db, () => sourcesFor(connection, clientOptions(clock)));
    expect(await syncOnce()).toMatchObject({ status: 'succeeded', counts: { records: 20 } });
    const stored = await listEntities(db, MANAGE.id);
    const delegated = sim.state.data.accounts.filter((account) => account.delegated);
    expect(delegated).toHaveLength(3);
    for (const account of delegated) {
      expect(stored.find((e) => e.vendorId === account.accountId)?.type).toMatch(/ \(delegated\)$/);
    }
    expect(stored.filter((e) => e.type?.endsWith('(delegated)'))).toHaveLength(3);
  });

  it('WatchGuard Cloud: sparse answers (ids and names only) sync, without a type', async () => {
    const clock = simulatorClock();
    const { connection } = await serveWatchGuard(clock, { accounts: 12, sparse: true });
    const { syncOnce } = syncHarness(db, () => sourcesFor(connection, clientOptions(clock)));
    expect(await syncOnce()).toMatchObject({ status: 'succeeded', counts: { records: 12 } });
    expect((await listEntities(db, MANAGE.id)).every((e) => e.name && e.type === undefined)).toBe(true);
  });

  it('WatchGuard Cloud: without totalItems the listing reads to an empty page', async () => {
    const clock = simulatorClock();
    const { connection } = await serveWatchGuard(clock, {
      accounts: 30,
      accountsListing: { omitTotal: true },
    });
    const { syncOnce } = syncHarness(db, () => sourcesFor(connection, clientOptions(clock)));
    expect(await syncOnce()).toMatchObject({ status: 'succeeded', counts: { records: 30 } });
  });

  it('WatchGuard Cloud: an empty page before totalItems makes the run incomplete, removing nothing', async () => {
    const clock = simulatorClock();
    const { sim, connection } = await serveWatchGuard(clock, { accounts: 1_200 });
    const { syncOnce } = syncHarness(db, () => sourcesFor(connection, clientOptions(clock)));
    await syncOnce();
    sim.state.accountsListing.emptyFrom = 500;
    const run = await syncOnce();
    expect(run).toMatchObject({
      status: 'incomplete',
      counts: { removed: 0 },
      error: { kind: 'incomplete-listing' },
    });
    expect(run.error?.message).toMatch(/empty page at account 501 of 1200/);
    expect((await listEntities(db, MANAGE.id)).filter((e) => e.removedAt)).toEqual([]);
  });

  it.each([
    ['caps its pages', { cap: 200 }, /sent 200 companies where 500 were asked for/, 200],
    ['ignores pageNum', { ignorePageNum: true }, /returned the same 500 companies twice/, 500],
  ])(
    'ConnectWise RMM: a server that %s makes the run incomplete, keeping what it read, removing nothing',
    async (_label, fault, message, kept) => {
      const clock = simulatorClock();
      const { sim, connection } = await serveRmm(clock, { companies: 1_800 });
      const { syncOnce } = syncHarness(db, () => sourcesFor(connection, clientOptions(clock)));
      expect((await syncOnce()).status).toBe('succeeded');
      Object.assign(sim.state.paging, fault);
      const run = await syncOnce();
      expect(run).toMatchObject({
        status: 'incomplete',
        counts: { removed: 0 },
        error: { kind: 'incomplete-listing' },
      });
      expect(run.error?.message).toMatch(message);
      expect(run.counts.records).toBe(kept);
      expect((await listEntities(db, MANAGE.id)).filter((e) => e.removedAt)).toEqual([]);
    },
  );

  it('ConnectWise Automate: a server that ignores page ends the run as incomplete instead of looping', async () => {
    const clock = simulatorClock();
    const { sim, connection } = await serveAutomate(clock, { clients: 25 });
    sim.state.ignorePage = true;
    const { syncOnce } = syncHarness(db, () => sourcesFor(connection, clientOptions(clock)));
    const run = await syncOnce();
    expect(run).toMatchObject({ status: 'incomplete', error: { kind: 'incomplete-listing' } });
    expect(run.error?.message).toMatch(/same 25 records for pages 1 and 2/);
  });
});
