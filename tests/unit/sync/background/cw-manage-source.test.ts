import { beforeEach, describe, expect, it } from 'vitest';
import { type CompanionDb, listEntities } from '@/lib/db';
import { manageCompanySource, sourcesFor } from '@/lib/sync/background/sources';
import { createCwManageClient } from '@/lib/vendors/cw-manage';
import { openTestDb } from '../../support/db';
import { MANAGE, syncHarness } from '../support/harness';
import { clientOptions, serveManage, simulatorClock } from '../support/simulators';

const COMPANIES = 'GET /company/companies';

let db: CompanionDb;
beforeEach(async () => {
  db = await openTestDb();
});

describe('ConnectWise Manage companies, from the Manage simulator', () => {
  it('syncs every company with forward-only paging, leaving deleted ones out', async () => {
    const { sim, connection } = await serveManage({ companies: 1_500 });
    for (const company of sim.state.data.companies.slice(0, 30)) company.deletedFlag = true;
    const live = sim.state.data.companies.filter((company) => !company.deletedFlag);
    expect(live).toHaveLength(1_470);
    const { syncOnce } = syncHarness(db, () => sourcesFor(connection, clientOptions(simulatorClock())));
    const run = await syncOnce();

    expect(run.status).toBe('succeeded');
    expect(run.counts).toMatchObject({ pages: 2, records: live.length, added: live.length });
    const stored = await listEntities(db, MANAGE.id);
    expect(stored.map((e) => e.vendorId).sort()).toEqual(live.map((c) => String(c.id)).sort());
    const sample = live[0]!;
    expect(stored.find((e) => e.vendorId === String(sample.id))).toMatchObject({
      name: sample.name,
      status: sample.status.name,
      type: sample.types.map((type) => type.name).join(', '),
    });

    const first = sim.stats.recent.find((request) => request.route === COMPANIES)!;
    expect(first.headers['pagination-type']).toBe('forward-only');
  });

  it('resumes after the last stored id', async () => {
    const { sim, connection } = await serveManage({ companies: 60 });
    if (connection.vendor !== 'cw-manage') throw new Error('unreachable');
    const source = manageCompanySource(createCwManageClient(connection.config, { allowInsecureHttp: true }), {
      pageSize: 10,
    });
    const afterId = sim.state.data.companies[44]!.id;
    const ids: string[] = [];
    for await (const page of source.pages({ afterId }, new AbortController().signal)) {
      ids.push(...page.entities.map((e) => e.vendorId));
    }
    const expected = sim.state.data.companies
      .filter((c) => c.id > afterId && !c.deletedFlag)
      .map((c) => String(c.id));
    expect(ids).toEqual(expected);
  });

  it('a 500 midway leaves the previous data intact and explains the failure', async () => {
    const { sim, connection } = await serveManage({ companies: 1_500 });
    const { syncOnce } = syncHarness(db, () => sourcesFor(connection, clientOptions(simulatorClock())));
    await syncOnce();
    const before = await listEntities(db, MANAGE.id);

    for (const company of sim.state.data.companies) company.name = `Renamed ${company.id}`;
    sim.faults.add({ route: COMPANIES, kind: '500', afterRequests: 1 });
    const run = await syncOnce();

    expect(run).toMatchObject({ status: 'failed', error: { kind: 'server', status: 500 } });
    expect(run.error?.message).toContain('ConnectWise Manage');
    const after = await listEntities(db, MANAGE.id);
    expect(after).toHaveLength(before.length);
    expect(after.filter((e) => e.removedAt)).toEqual([]);
    // The first page was read before the failure and is stored; the rest is as it was.
    expect(after.filter((e) => e.name.startsWith('Renamed'))).toHaveLength(run.counts.records);
    expect(run.counts).toMatchObject({ pages: 1, renamed: run.counts.records });
  });
});
