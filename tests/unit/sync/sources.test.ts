import { describe, expect, it } from 'vitest';
import type { EntitySource, SourceCursor, SourcePage } from '@/lib/sync/source';
import {
  automateClientSource,
  rmmCompanySource,
  rmmSiteSource,
  watchGuardAccountSource,
} from '@/lib/sync/sources';

async function readAll(source: EntitySource, from?: SourceCursor): Promise<SourcePage[]> {
  const pages: SourcePage[] = [];
  for await (const page of source.pages(from, new AbortController().signal)) pages.push(page);
  return pages;
}

describe('WatchGuard Cloud managed accounts', () => {
  const accounts = Array.from({ length: 5 }, (_, i) => ({
    accountId: `WGC-1-${i}`,
    name: `Account ${i}`,
    type: 2,
  }));

  it('pages by offset and resumes at the saved offset', async () => {
    const offsets: number[] = [];
    const source = watchGuardAccountSource(
      {
        childAccounts: async ({ offset, limit }) => {
          offsets.push(offset);
          return { items: accounts.slice(offset, offset + limit), totalItems: accounts.length };
        },
      },
      { pageSize: 2 },
    );
    const pages = await readAll(source);
    expect(pages.map((p) => p.cursor)).toEqual([
      { offset: 2, total: 5 },
      { offset: 4, total: 5 },
      { offset: 5, total: 5 },
    ]);
    expect(pages[0]?.entities[0]).toEqual({ vendorId: 'WGC-1-0', name: 'Account 0', type: 'Subscriber' });
    offsets.length = 0;
    await readAll(source, { offset: 4, total: 5 });
    expect(offsets).toEqual([4]);
  });

  it('fails the pass when accounts are added or deleted while it reads', async () => {
    let total = 5;
    const source = watchGuardAccountSource(
      {
        childAccounts: async ({ offset, limit }) => {
          const page = { items: accounts.slice(offset, offset + limit), totalItems: total };
          total = 4;
          return page;
        },
      },
      { pageSize: 2 },
    );
    await expect(readAll(source)).rejects.toThrow(/changed while it was being read/);
  });

  it('refuses a cursor it did not write, telling the user to start over', async () => {
    const source = watchGuardAccountSource({ childAccounts: async () => ({ items: [], totalItems: 0 }) });
    await expect(readAll(source, { page: 3 })).rejects.toThrow(
      'The saved position of this sync cannot be read',
    );
  });
});

describe('ConnectWise RMM companies and sites', () => {
  const lister = {
    companies: async () => [
      {
        id: 'c-1',
        name: 'ACME DENTAL',
        friendlyName: 'Acme Dental',
        activityStatus: { name: 'Active' },
        externalIds: [{ externalId: ' 250 ', productId: 'psa' }, { externalId: null }],
      },
    ],
    sites: async () => [{ id: 's-1', name: 'Head office', company: { id: 'c-1' }, activeFlag: false }],
  };

  it('reads companies with the PSA ids they carry, and sites under their company', async () => {
    const [companies] = await readAll(rmmCompanySource(lister));
    expect(companies?.entities).toEqual([
      { vendorId: 'c-1', name: 'Acme Dental', externalIds: ['250'], status: 'Active' },
    ]);
    const [sites] = await readAll(rmmSiteSource(lister));
    expect(sites?.entities).toEqual([
      { vendorId: 's-1', name: 'Head office', parentVendorId: 'c-1', status: 'Inactive' },
    ]);
  });

  it('has nothing left to read once its single page is stored', async () => {
    expect(await readAll(rmmCompanySource(lister), { done: true })).toEqual([]);
  });
});

describe('ConnectWise Automate clients', () => {
  it('pages until a short page and keeps a linked PSA id', async () => {
    const asked: number[] = [];
    const source = automateClientSource(
      {
        clientsPage: async ({ page }) => {
          asked.push(page);
          return page === 1
            ? [
                { Id: 1, Name: 'Acme', ExternalId: 250 },
                { Id: 2, Name: 'Beta', ExternalId: 0 },
              ]
            : [{ Id: 3, Name: 'Gamma', ExternalId: null }];
        },
      },
      { pageSize: 2 },
    );
    const pages = await readAll(source);
    expect(asked).toEqual([1, 2]);
    expect(pages.flatMap((p) => p.entities)).toEqual([
      { vendorId: '1', name: 'Acme', externalIds: ['250'] },
      { vendorId: '2', name: 'Beta', externalIds: [] },
      { vendorId: '3', name: 'Gamma', externalIds: [] },
    ]);
    expect(pages.map((p) => p.cursor)).toEqual([{ page: 2 }, { page: 3 }]);
  });
});
