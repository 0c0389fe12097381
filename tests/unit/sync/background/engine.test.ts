import { beforeEach, describe, expect, it } from 'vitest';
import { type CompanionDb, changesOfRun, listEntities } from '@/lib/db';
import { vendorError } from '@/lib/vendors/http';
import { openTestDb } from '../../support/db';
import { company, fakeSource } from '../support/fake-source';
import { MANAGE, syncHarness } from '../support/harness';

let db: CompanionDb;
beforeEach(async () => {
  db = await openTestDb();
});

const names = async () =>
  Object.fromEntries(
    (await listEntities(db, MANAGE.id)).map((e) => [
      e.vendorId,
      e.removedAt ? `(removed) ${e.name}` : e.name,
    ]),
  );

describe('a complete pass', () => {
  it('stores every entity with its normalised name and reports progress page by page', async () => {
    const source = fakeSource({
      pages: [
        [
          company(1, 'Acme Dental, Inc.', { status: 'Active', type: 'Client' }),
          company(2, 'Müller Bau GmbH'),
        ],
        [company(3, 'Contoso')],
      ],
    });
    const { syncOnce, events } = syncHarness(db, () => [source]);
    const run = await syncOnce();

    expect(run).toMatchObject({ status: 'succeeded', phase: 'done', kinds: ['company'] });
    expect(run.counts).toMatchObject({ pages: 2, records: 3, added: 3, removed: 0 });
    const stored = await listEntities(db, MANAGE.id);
    expect(stored.find((e) => e.vendorId === '1')).toMatchObject({
      key: 'manage-1/company/1',
      normalisedName: 'acme dental',
      status: 'Active',
      type: 'Client',
    });
    expect(events.map((e) => `${e.phase}:${e.counts.pages}`)).toEqual([
      'starting:0',
      'fetching:0',
      'fetching:1',
      'fetching:2',
      'removing:2',
      'done:2',
    ]);
  });

  it('records renames, moves, removals and returns since the previous pass', async () => {
    let pages = [[company(1, 'Acme'), company(2, 'Beta', { parentVendorId: 'A' }), company(3, 'Gamma')]];
    const { syncOnce } = syncHarness(db, () => [fakeSource({ pages })]);
    await syncOnce();

    pages = [[company(1, 'Acme Corp'), company(2, 'Beta', { parentVendorId: 'B' })]];
    const second = await syncOnce();
    expect(second.counts).toMatchObject({
      records: 2,
      renamed: 1,
      moved: 1,
      removed: 1,
      added: 0,
      unchanged: 0,
    });
    expect(await names()).toEqual({ 1: 'Acme Corp', 2: 'Beta', 3: '(removed) Gamma' });
    const changes = await changesOfRun(db, second.id, 10);
    expect(changes.map((c) => [c.change, c.vendorId, c.previousName ?? c.previousParentVendorId])).toEqual([
      ['renamed', '1', 'Acme'],
      ['moved', '2', 'A'],
      ['removed', '3', undefined],
    ]);

    pages = [[company(1, 'Acme Corp'), company(2, 'Beta', { parentVendorId: 'B' }), company(3, 'Gamma')]];
    const third = await syncOnce();
    expect(third.counts).toMatchObject({ restored: 1, unchanged: 2, removed: 0 });
    expect((await listEntities(db, MANAGE.id)).every((e) => !e.removedAt)).toBe(true);
  });
});

describe('a pass that does not complete removes nothing', () => {
  const first = [[company(1, 'Acme')], [company(2, 'Beta')], [company(3, 'Gamma')]];

  it('a vendor failure midway keeps earlier data, stores the pages read and explains the error', async () => {
    let failing = false;
    const { syncOnce } = syncHarness(db, () => [
      fakeSource({
        pages: failing ? [[company(1, 'Acme Renamed')], [company(2, 'Beta')]] : first,
        beforePage: (index) => {
          if (failing && index === 1)
            throw vendorError('server', 'cw-manage', { endpoint: 'GET /company/companies', status: 500 });
        },
      }),
    ]);
    await syncOnce();
    failing = true;
    const run = await syncOnce();

    expect(run.status).toBe('failed');
    expect(run.error).toEqual({
      kind: 'server',
      status: 500,
      message: 'ConnectWise Manage had a server error (GET /company/companies).',
      nextStep: 'Try again later; if it keeps failing, check the vendor status page.',
    });
    expect(run.counts).toMatchObject({ pages: 1, renamed: 1, removed: 0 });
    expect(await names()).toEqual({ 1: 'Acme Renamed', 2: 'Beta', 3: 'Gamma' });
  });

  it('a cancel stops before the next page and marks nothing removed', async () => {
    let second = false;
    const { service, syncOnce, finished } = syncHarness(db, () => [
      fakeSource({
        pages: second ? [[company(1, 'Acme')], [company(2, 'Beta')]] : first,
        beforePage: async (index) => {
          if (second && index === 1) await service.cancel(MANAGE.id);
        },
      }),
    ]);
    await syncOnce();
    second = true;
    await service.start(MANAGE.id, 'manual');
    await service.idle();

    const run = finished.at(-1)!;
    expect(run.status).toBe('cancelled');
    expect(run.error?.message).toBe(
      'The sync was cancelled. What it had read is saved; nothing was marked removed.',
    );
    expect(run.counts.pages).toBe(1);
    expect(await names()).toEqual({ 1: 'Acme', 2: 'Beta', 3: 'Gamma' });
  });
});

describe('bad data from the vendor', () => {
  it('keeps the first of duplicate ids, in a page and across pages, and says so', async () => {
    const { syncOnce } = syncHarness(db, () => [
      fakeSource({
        pages: [[company(1, 'Acme'), company(1, 'Acme Ltd'), company(2, 'Beta')], [company(2, 'Beta')]],
      }),
    ]);
    const run = await syncOnce();
    expect(run.counts).toMatchObject({ records: 2, duplicates: 2 });
    expect(run.issues.map((issue) => issue.message)).toEqual([
      'ConnectWise Manage sent company 1 twice in one response ("Acme" and "Acme Ltd"); the first was kept.',
      'ConnectWise Manage sent company 2 again later in this sync; the first copy was kept.',
    ]);
    expect(await names()).toEqual({ 1: 'Acme', 2: 'Beta' });
  });

  it('never lets a blank name replace a stored one, and lists new unnamed entities under their id', async () => {
    let pages = [[company(1, 'Acme')]];
    const { syncOnce } = syncHarness(db, () => [fakeSource({ pages })]);
    await syncOnce();
    pages = [[company(1, '   '), company(2, ''), company(' ', 'No id')]];
    const run = await syncOnce();

    expect(run.status).toBe('succeeded');
    expect(run.counts).toMatchObject({ unnamed: 2, renamed: 0, added: 1 });
    expect(run.issues.map((issue) => [issue.kind, issue.message])).toEqual([
      ['missing-id', 'ConnectWise Manage sent a company without an id ("No id"); it was skipped.'],
      ['empty-name', 'ConnectWise Manage sent company 1 without a name; the stored name "Acme" was kept.'],
      [
        'empty-name',
        'ConnectWise Manage sent company 2 without a name; it is listed under its id and will not be matched automatically.',
      ],
    ]);
    const stored = await listEntities(db, MANAGE.id);
    expect(stored.map((e) => [e.vendorId, e.name, e.normalisedName])).toEqual([
      ['1', 'Acme', 'acme'],
      ['2', '', ''],
    ]);
  });
});
