/**
 * ConnectWise Manage listings end only on proof (issue #15): a forward-only Link is followed by
 * its first target whatever its `rel`, a full page without a link is not the end, a link to
 * another origin is never followed; a 406 on the versioned Accept falls back once, for good.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createCwManageClient, resetManageVersionFallbacks } from '../../../../lib/vendors/cw-manage';
import {
  createSimulatorHandler,
  FaultRegistry,
  json,
  type RouteContext,
  Router,
} from '../../../simulators/core';
import { drain, failure, serve } from '../support';

const BASE = '/v2025_1/apis/3.0';
const companies = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => ({
    id: from + i,
    identifier: `C${from + i}`,
    name: `Company ${from + i}`,
  }));

async function manage(
  answer: (
    ctx: RouteContext,
    origin: string,
  ) => { body: unknown; headers?: Record<string, string>; status?: number },
) {
  let origin = '';
  const accepts: string[] = [];
  const router = new Router().get(`${BASE}/company/companies`, (ctx) => {
    accepts.push(String(ctx.req.headers.accept));
    const { body, headers, status } = answer(ctx, origin);
    return json(status ?? 200, body, headers);
  });
  origin = await serve(createSimulatorHandler({ router, faults: new FaultRegistry() }));
  const config = {
    site: origin,
    companyId: 'acme',
    publicKey: 'pub',
    privateKey: 'private-key',
    clientId: '1a2b3c4d-0000-4000-8000-000000000001',
    codebase: 'v2025_1/',
  };
  const client = () => createCwManageClient(config, { allowInsecureHttp: true });
  return { client, accepts, origin };
}

afterEach(() => resetManageVersionFallbacks());

describe('ConnectWise Manage forward-only paging', () => {
  it('follows a Link that carries no rel="next" (the text before the first ";")', async () => {
    const { client } = await manage((ctx, origin) => {
      const after = Number(ctx.url.searchParams.get('pageId') ?? 0);
      const page = companies(after + 1, Math.max(0, Math.min(3, 7 - after)));
      const last = page.at(-1)?.id;
      return {
        body: page,
        headers: { link: last ? `<${origin}${BASE}/company/companies?pageSize=3&pageId=${last}>` : '' },
      };
    });
    const read = await drain(client().companies({ pageSize: 3 }));
    expect(read.map((company) => company.id)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('a full page without a link makes the listing incomplete, not complete', async () => {
    const { client } = await manage(() => ({ body: companies(1, 3) }));
    const error = await failure(drain(client().companies({ pageSize: 3 })));
    expect(error).toMatchObject({ kind: 'incomplete-listing', endpoint: 'GET /company/companies' });
    expect(error.message).toMatch(/full page of 3 without a link/);
  });

  it('a short page without a link is the end', async () => {
    const { client } = await manage(() => ({ body: companies(1, 2) }));
    expect(await drain(client().companies({ pageSize: 3 }))).toHaveLength(2);
  });

  it('never follows a link to another origin, and says the list is incomplete', async () => {
    const { client } = await manage(() => ({
      body: companies(1, 3),
      headers: { link: '<https://evil.example/v2025_1/apis/3.0/company/companies?pageId=3>; rel="next"' },
    }));
    const error = await failure(drain(client().companies({ pageSize: 3 })));
    expect(error).toMatchObject({ kind: 'incomplete-listing' });
    expect(error.message).toMatch(/another server \(evil\.example\)/);
  });
});

describe('ConnectWise Manage Accept version', () => {
  it('falls back once on 406 and remembers it for the connection', async () => {
    const { client, accepts } = await manage((ctx) =>
      /version=/.test(String(ctx.req.headers.accept))
        ? {
            status: 406,
            body: { code: 'InvalidVersion', message: 'API version 2025.1 is not available on this server.' },
          }
        : { body: companies(1, 2) },
    );
    expect(await drain(client().companies({ pageSize: 3 }))).toHaveLength(2);
    expect(await drain(client().companies({ pageSize: 3 }))).toHaveLength(2);
    expect(accepts).toEqual([
      'application/vnd.connectwise.com+json; version=2025.1',
      'application/json',
      'application/json',
    ]);
  });

  it('a 406 on the fallback too is reported, not retried again', async () => {
    const { client, accepts } = await manage(() => ({
      status: 406,
      body: { code: 'NotAcceptable', message: 'no' },
    }));
    expect((await failure(drain(client().companies()))).status).toBe(406);
    expect(accepts).toHaveLength(2);
  });
});

describe('credentialed requests and redirects', () => {
  it('a redirect to another origin is not followed: the credentials stay here', async () => {
    const { client } = await manage(() => ({
      status: 302,
      body: '',
      headers: { location: 'https://elsewhere.example/steal' },
    }));
    const error = await failure(drain(client().companies()));
    expect(error).toMatchObject({ kind: 'redirect', status: 302 });
    expect(error.message).toMatch(/redirect to elsewhere\.example; the extension does not send credentials/);
  });
});
