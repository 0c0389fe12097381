import { describe, expect, it, vi } from 'vitest';
import { collect, paginate, paginatePages } from '../../../../lib/vendors/http';

const pages: Record<number, number[]> = { 1: [1, 2], 2: [3, 4], 3: [5] };

function fetchPage(cursor: number) {
  return Promise.resolve({ items: pages[cursor] ?? [], next: pages[cursor + 1] ? cursor + 1 : undefined });
}

describe('paginate', () => {
  it('yields every item of every page in order', async () => {
    const items = await collect(paginate({ vendor: 'cw-manage', endpoint: 'GET /x', first: 1, fetchPage }));
    expect(items).toEqual([1, 2, 3, 4, 5]);
  });

  it('fetches no further page once the consumer stops', async () => {
    const spy = vi.fn(fetchPage);
    const items = await collect(
      paginate({ vendor: 'cw-manage', endpoint: 'GET /x', first: 1, fetchPage: spy }),
      3,
    );
    expect(items).toEqual([1, 2, 3]);
    expect(spy).toHaveBeenCalledTimes(2);
  });

  it('stops with an aborted VendorError when the signal fires between pages', async () => {
    const controller = new AbortController();
    const seen: number[][] = [];
    const run = async () => {
      for await (const page of paginatePages({
        vendor: 'cw-automate',
        endpoint: 'GET /Clients',
        first: 1,
        fetchPage,
        signal: controller.signal,
      })) {
        seen.push([...page]);
        controller.abort();
      }
    };
    await expect(run()).rejects.toMatchObject({
      name: 'VendorError',
      kind: 'aborted',
      endpoint: 'GET /Clients',
    });
    expect(seen).toEqual([[1, 2]]);
  });

  it('refuses to loop forever on a server that always has a next page', async () => {
    const endless = (cursor: number) => Promise.resolve({ items: [cursor], next: cursor });
    await expect(
      collect(
        paginate({ vendor: 'cw-rmm', endpoint: 'GET /loop', first: 1, fetchPage: endless, maxPages: 5 }),
      ),
    ).rejects.toMatchObject({ kind: 'incomplete-listing' });
  });
});
