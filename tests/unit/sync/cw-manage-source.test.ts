import { beforeEach, describe, expect, it } from 'vitest';
import { type CompanionDb, listEntities } from '@/lib/db';
import { manageCompanySource, sourcesFor } from '@/lib/sync/sources';
import { createCwManageClient } from '@/lib/vendors/cw-manage';
import { openTestDb } from '../support/db';
import { MANAGE, MANAGE_SETTINGS, syncHarness } from './support/harness';
import { fakeManageCompanies, manageCompanies } from './support/manage-companies';

let db: CompanionDb;
beforeEach(async () => {
  db = await openTestDb();
});

const config = MANAGE_SETTINGS.config;
const noRetryWaits = { retry: { maxAttempts: 1 } };

describe('ConnectWise Manage companies', () => {
  it('syncs every company with forward-only paging, leaving deleted ones out', async () => {
    const manage = fakeManageCompanies({
      companies: [
        ...manageCompanies(1_499),
        {
          id: 5_000,
          identifier: 'Multi',
          name: 'Multi Type',
          types: [
            { id: 1, name: 'Client' },
            { id: 2, name: 'Partner' },
          ],
        },
      ],
    });
    const { syncOnce } = syncHarness(db, () =>
      sourcesFor(MANAGE_SETTINGS, { fetch: manage.fetch, allowInsecureHttp: true }),
    );
    const run = await syncOnce();

    expect(run.status).toBe('succeeded');
    expect(run.counts).toMatchObject({ pages: 2, records: 1_471, added: 1_471 });
    const entities = await listEntities(db, MANAGE.id);
    expect(entities.find((e) => e.vendorId === '50')).toBeUndefined();
    expect(entities.find((e) => e.vendorId === '5000')).toMatchObject({ type: 'Client, Partner' });
    expect(entities.find((e) => e.vendorId === '1')).toMatchObject({
      name: 'Customer 0 Ltd',
      status: 'Active',
      type: 'Client',
    });

    const first = manage.requests[0]!;
    expect(first.headers.get('pagination-type')).toBe('forward-only');
    expect(first.url.searchParams.get('fields')).toBe('id,identifier,name,status,types,deletedFlag');
    expect(manage.requests.map((r) => r.url.searchParams.get('pageId'))).toEqual([null, '1000', '5000']);
  });

  it('resumes after the last stored id', async () => {
    const manage = fakeManageCompanies({ companies: manageCompanies(60) });
    const source = manageCompanySource(
      createCwManageClient(config, { fetch: manage.fetch, allowInsecureHttp: true }),
      {
        pageSize: 10,
      },
    );
    const ids: string[] = [];
    for await (const page of source.pages({ afterId: 45 }, new AbortController().signal)) {
      ids.push(...page.entities.map((e) => e.vendorId));
    }
    expect(manage.requests[0]?.url.searchParams.get('conditions')).toBe('id>45');
    expect(ids).toEqual(['46', '47', '48', '49', ...Array.from({ length: 10 }, (_, i) => String(51 + i))]); // 50 is deleted
  });

  it('a 500 midway leaves the previous data intact and explains the failure', async () => {
    let manage = fakeManageCompanies({ companies: manageCompanies(1_500) });
    const { syncOnce } = syncHarness(db, () =>
      sourcesFor(MANAGE_SETTINGS, { fetch: manage.fetch, allowInsecureHttp: true, ...noRetryWaits }),
    );
    await syncOnce();
    const before = await listEntities(db, MANAGE.id);

    manage = fakeManageCompanies({
      companies: manageCompanies(1_500, (i) => `Renamed ${i}`),
      failRequest: { number: 2, status: 500 },
    });
    const run = await syncOnce();

    expect(run).toMatchObject({ status: 'failed', error: { kind: 'server', status: 500 } });
    expect(run.error?.message).toContain('ConnectWise Manage');
    const after = await listEntities(db, MANAGE.id);
    expect(after).toHaveLength(before.length);
    expect(after.filter((e) => e.removedAt)).toEqual([]);
    // The first page was read before the failure and is stored; the rest is as it was.
    expect(after.filter((e) => e.name.startsWith('Renamed'))).toHaveLength(980);
  });
});
