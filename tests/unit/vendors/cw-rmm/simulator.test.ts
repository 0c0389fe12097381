import { describe, expect, it } from 'vitest';
import { createSimClock } from '../../../simulators/core';
import { createCwRmmData, createCwRmmSimulator, RMM_ROUTES } from '../../../simulators/cw-rmm';
import { createWatchGuardData } from '../../../simulators/watchguard';
import { serve } from '../support';

/** Raw HTTP against the simulator, to pin down what it checks (the client never sends these). */
async function setup(options: Parameters<typeof createCwRmmSimulator>[0] = {}) {
  const clock = createSimClock();
  const sim = createCwRmmSimulator({ clock, ...options });
  const url = await serve(sim);
  const key = sim.state.data.keys.full;
  const tokenBody = (extra: Record<string, unknown> = {}) =>
    JSON.stringify({
      grant_type: 'client_credentials',
      client_id: key.clientId,
      client_secret: key.clientSecret,
      scope: key.scopes.join(' '),
      ...extra,
    });
  const requestToken = (body = tokenBody(), contentType = 'application/json') =>
    fetch(`${url}/v1/token`, { method: 'POST', headers: { 'content-type': contentType }, body });
  const token = async () => ((await (await requestToken()).json()) as { access_token: string }).access_token;
  const get = async (path: string, bearer?: string, headers: Record<string, string> = {}) =>
    fetch(`${url}${path}`, {
      headers: {
        accept: 'application/json',
        ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
        ...headers,
      },
    });
  return { sim, clock, url, key, tokenBody, requestToken, token, get };
}

describe('ConnectWise RMM simulator', () => {
  it('issues tokens like the spec example and refuses bad token requests with its Error body', async () => {
    const { requestToken, tokenBody } = await setup();
    const ok = await requestToken();
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({
      access_token: expect.any(String),
      scope: 'platform.companies.read platform.sites.read',
      token_type: 'Bearer',
      expires_in: 3599,
    });
    expect((await requestToken(tokenBody(), 'application/x-www-form-urlencoded')).status).toBe(415);
    expect((await requestToken('{oops')).status).toBe(400);
    const wrong = await requestToken(tokenBody({ client_secret: 'nope' }));
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual({ error: 'unauthorized request', description: expect.any(String) });
    expect((await requestToken(tokenBody({ scope: '' }))).status).toBe(400);
    expect((await requestToken(tokenBody({ scope: 'platform.devices.write' }))).status).toBe(403);
  });

  it('wants a Bearer token with the route’s scope, and refuses expired ones', async () => {
    const { sim, clock, get, token, url, key } = await setup();
    const missing = await get('/api/platform/v1/company/companies');
    expect(missing.status).toBe(401);
    expect(await missing.json()).toEqual({
      error: 'unauthorized request',
      description: 'The access token provided is expired, revoked, malformed, or invalid for other reasons.',
    });
    const bearer = await token();
    expect((await get('/api/platform/v1/company/companies', bearer)).status).toBe(200);
    expect((await get('/api/platform/v1/company/companies', bearer, { accept: 'text/html' })).status).toBe(
      406,
    );

    const limited = sim.state.data.keys.companiesOnly;
    const limitedToken = await fetch(`${url}/v1/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        grant_type: 'client_credentials',
        client_id: limited.clientId,
        client_secret: limited.clientSecret,
        scope: 'platform.companies.read',
      }),
    });
    const limitedBearer = ((await limitedToken.json()) as { access_token: string }).access_token;
    expect((await get('/api/platform/v1/company/sites', limitedBearer)).status).toBe(403);

    clock.advance(3599_000);
    expect((await get('/api/platform/v1/company/companies', bearer)).status).toBe(401);
    expect(key.clientId).toMatch(/^0e30/);
  });

  it('pages with pageSize + pageNum and enforces the documented pairing and a page limit', async () => {
    const { sim, get, token } = await setup({ companies: 25, maxPageSize: 10 });
    const bearer = await token();
    const ids = async (query: string) =>
      (
        (await (await get(`/api/platform/v1/company/companies${query}`, bearer)).json()) as { id: string }[]
      ).map((company) => company.id);
    const all = sim.state.data.companies.map((company) => company.id);
    expect(await ids('')).toEqual(all);
    expect(await ids('?pageSize=10&pageNum=3')).toEqual(all.slice(20));
    expect(await ids('?pageSize=10&pageNum=4')).toEqual([]);
    expect(await ids('?pageSize=-5&pageNum=2')).toEqual(all);
    for (const query of ['?pageSize=10', '?pageNum=1', '?pageSize=11&pageNum=1', '?pageSize=0&pageNum=1']) {
      const response = await get(`/api/platform/v1/company/companies${query}`, bearer);
      expect(response.status, query).toBe(400);
      expect(await response.json()).toMatchObject({ error: 'bad request' });
    }
  });

  it('locks a key that asks for several tokens at once, for its token requests and its calls', async () => {
    const { sim, clock, requestToken, token, get } = await setup({ lockSeconds: 120, tokenLatencyMs: 100 });
    const bearer = await token();
    const statuses = (await Promise.all(Array.from({ length: 4 }, () => requestToken()))).map(
      (r) => r.status,
    );
    expect(statuses.filter((status) => status === 423).length).toBeGreaterThanOrEqual(1);
    const lockedCall = await get('/api/platform/v1/company/companies', bearer);
    expect(lockedCall.status).toBe(423);
    expect(lockedCall.headers.get('retry-after')).toBeNull();
    expect((await requestToken()).status).toBe(423);
    clock.advance(120_000);
    expect((await requestToken()).status).toBe(200);
    expect(sim.stats.maxConcurrent(RMM_ROUTES.token)).toBeGreaterThan(1);
  });

  it('answers 429 in plain text, as the spec says', async () => {
    const { sim, get, token } = await setup();
    const bearer = await token();
    sim.faults.add({ route: RMM_ROUTES.companies, kind: '429' });
    const response = await get('/api/platform/v1/company/companies', bearer);
    expect(response.status).toBe(429);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await response.text()).toBe('Too Many Requests');
  });

  it('answers unknown companies with 404 and malformed ids with 400', async () => {
    const { get, token } = await setup();
    const bearer = await token();
    expect(
      (await get('/api/platform/v1/company/companies/00000000-0000-4000-8000-000000000000', bearer)).status,
    ).toBe(404);
    expect((await get('/api/platform/v1/company/companies/not-a-uuid/sites', bearer)).status).toBe(400);
  });

  it('builds the same data set from the same seed, with the customers the WatchGuard simulator has', () => {
    const a = createCwRmmData({ seed: 7, companies: 30 });
    const b = createCwRmmData({ seed: 7, companies: 30 });
    expect(a.companies).toEqual(b.companies);
    expect(a.allSites()).toEqual(b.allSites());
    expect(a.keys).toEqual(b.keys);
    const watchguard = createWatchGuardData({ seed: 7, accounts: 30 });
    expect(a.companies.map((company) => company.name)).toEqual(
      watchguard.accounts.map((account) => account.name),
    );
  });

  it('scales to tens of thousands of companies', () => {
    const data = createCwRmmData({ companies: 20_000, sitesPerCompany: 1 });
    expect(new Set(data.companies.map((company) => company.id)).size).toBe(20_000);
    expect(data.allSites()).toHaveLength(20_000);
  });
});
