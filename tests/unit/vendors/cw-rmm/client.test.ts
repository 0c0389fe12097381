import { describe, expect, it } from 'vitest';
import {
  type CwRmmClientOptions,
  type CwRmmConnectionInput,
  createCwRmmClient,
  RMM_ENDPOINTS,
} from '../../../../lib/vendors/cw-rmm';
import { createManualClock, type HttpLogEvent, TokenCacheRegistry } from '../../../../lib/vendors/http';
import { createSimulatorHandler, FaultRegistry, json, Router } from '../../../simulators/core';
import {
  type CwRmmSimulator,
  type CwRmmSimulatorOptions,
  createCwRmmSimulator,
  RMM_ROUTES,
} from '../../../simulators/cw-rmm';
import { drain, expectNoSecrets, failure, serve } from '../support';

/** A simulator on 127.0.0.1, settings for its full key, and a client factory sharing one token registry. */
async function setup(options: CwRmmSimulatorOptions = {}) {
  const clock = createManualClock();
  const sim: CwRmmSimulator = createCwRmmSimulator({ clock, ...options });
  const url = await serve(sim);
  const { full } = sim.state.data.keys;
  const settings: CwRmmConnectionInput = {
    serverUrl: url,
    clientId: full.clientId,
    clientSecret: full.clientSecret,
  };
  const events: HttpLogEvent[] = [];
  const tokenCaches = new TokenCacheRegistry();
  const client = (overrides: Partial<CwRmmConnectionInput> = {}, extra: CwRmmClientOptions = {}) =>
    createCwRmmClient(
      { ...settings, ...overrides },
      { allowInsecureHttp: true, clock, timeoutMs: 2_000, tokenCaches, log: (e) => events.push(e), ...extra },
    );
  const ids = (records: readonly { id: string }[]) => records.map((record) => record.id);
  return { sim, clock, url, settings, events, client, ids };
}

describe('ConnectWise RMM client: authentication', () => {
  it('asks for a token with a JSON body, then calls with Bearer and a JSON Accept', async () => {
    const { sim, client } = await setup({ companies: 3 });
    await drain(client().companies());
    const [token, call] = sim.stats.recent;
    expect(token?.route).toBe(RMM_ROUTES.token);
    expect(token?.headers['content-type']).toMatch(/^application\/json/);
    expect(call?.route).toBe(RMM_ROUTES.companies);
    expect(call?.headers.authorization).toMatch(/^Bearer \S+$/);
    expect(call?.headers.accept).toBe('application/json');
  });

  it('shares one token between clients of the same key and never asks for two at once', async () => {
    const { sim, client } = await setup({ companies: 40 });
    const lists = await Promise.all(
      Array.from({ length: 8 }, () => drain(client({}, {}).companies({ pageSize: 10 }))),
    );
    expect(lists.every((list) => list.length === 40)).toBe(true);
    expect(sim.stats.count(RMM_ROUTES.token)).toBe(1);
    expect(sim.stats.maxConcurrent(RMM_ROUTES.token)).toBe(1);
    expect(sim.state.lockedUntil.size).toBe(0);
  });

  it('renews the token a minute before it expires', async () => {
    const { sim, client, clock } = await setup({ companies: 2 });
    const rmm = client();
    await drain(rmm.companies());
    clock.advance(3599_000 - 60_000 - 1);
    await drain(rmm.companies());
    expect(sim.stats.count(RMM_ROUTES.token)).toBe(1);
    clock.advance(1);
    await drain(rmm.companies());
    expect(sim.stats.count(RMM_ROUTES.token)).toBe(2);
  });

  it('gets a new token when the server expires it in the middle of paging', async () => {
    const { sim, client, ids } = await setup({ companies: 95 });
    sim.faults.add({ route: RMM_ROUTES.companies, kind: 'expire-token', afterRequests: 3 });
    const companies = await drain(client().companies({ pageSize: 10 }));
    expect(ids(companies)).toEqual(ids(sim.state.data.companies));
    expect(sim.stats.count(RMM_ROUTES.token)).toBe(2);
  });
});

describe('ConnectWise RMM client: paging', () => {
  it('reads every company with the default 500 records per request', async () => {
    const { sim, client, ids } = await setup({ companies: 1_234 });
    const companies = await drain(client().companies());
    expect(ids(companies)).toEqual(ids(sim.state.data.companies));
    expect(sim.stats.count(RMM_ROUTES.companies)).toBe(3);
    expect(sim.stats.recent.at(-1)?.path).toBe('/api/platform/v1/company/companies');
  });

  it('uses the connection’s Records Per Request, and asks once more after an exactly full page', async () => {
    const { sim, client } = await setup({ companies: 300 });
    const pages: number[] = [];
    for await (const page of client({ recordsPerRequest: '100' }).companyPages()) pages.push(page.length);
    expect(pages).toEqual([100, 100, 100, 0]);
    expect(sim.stats.count(RMM_ROUTES.companies)).toBe(4);
  });

  it('lists the sites of one company and every site of the partner', async () => {
    const { sim, client, ids } = await setup({ companies: 30, sitesPerCompany: (index) => (index % 3) + 1 });
    const company = sim.state.data.companies[4]!;
    expect(ids(await drain(client().sites({ companyId: company.id })))).toEqual(
      ids(sim.state.data.sites(company.id)),
    );
    const all = await drain(client().sites({ pageSize: 7 }));
    expect(ids(all)).toEqual(ids(sim.state.data.allSites()));
    expect(all).toHaveLength(60);
  });

  it('stops cleanly when aborted between pages', async () => {
    const { sim, client } = await setup({ companies: 100 });
    const controller = new AbortController();
    const seen: number[] = [];
    const error = await failure(async () => {
      for await (const page of client().companyPages({ pageSize: 10, signal: controller.signal })) {
        seen.push(page.length);
        if (seen.length === 2) controller.abort();
      }
    });
    expect(error.kind).toBe('aborted');
    expect(seen).toEqual([10, 10]);
    expect(sim.stats.count(RMM_ROUTES.companies)).toBe(2);
  });

  /** A minimal server that honours none, or only part, of the paging pair. */
  async function pagingServer(
    answer: (all: readonly { id: string; name: string }[], size: number, num: number) => unknown,
  ) {
    const all = Array.from({ length: 1_200 }, (_, i) => ({ id: `c${i}`, name: `Company ${i}` }));
    const router = new Router()
      .post('/v1/token', () => json(200, { access_token: 't', expires_in: 3599 }))
      .get('/api/platform/v1/company/companies', (ctx) =>
        json(
          200,
          answer(
            all,
            Number(ctx.url.searchParams.get('pageSize')),
            Number(ctx.url.searchParams.get('pageNum')),
          ),
        ),
      );
    const { handler, stats } = createSimulatorHandler({ router, faults: new FaultRegistry() });
    const url = await serve({ handler });
    const rmm = createCwRmmClient(
      { serverUrl: url, clientId: 'id', clientSecret: 'secret' },
      { allowInsecureHttp: true, tokenCaches: new TokenCacheRegistry() },
    );
    return { rmm, stats };
  }

  it('reads a server that ignores both paging parameters as one whole list (the spec documents it unpaged)', async () => {
    const { rmm, stats } = await pagingServer((all) => all);
    const companies = await drain(rmm.companies());
    expect(new Set(companies.map((company) => company.id)).size).toBe(1_200);
    expect(stats.count('GET /api/platform/v1/company/companies')).toBe(1);
  });

  it('ends the listing as incomplete when a server ignores pageNum (the same page twice)', async () => {
    const { rmm, stats } = await pagingServer((all, size) => all.slice(0, size));
    const error = await failure(drain(rmm.companies()));
    expect(error).toMatchObject({ kind: 'incomplete-listing', endpoint: RMM_ENDPOINTS.companies });
    expect(error.message).toMatch(/returned the same 500 companies twice/);
    expect(error.nextStep).toMatch(/Records Per Request may be above the server's limit; set it to 500/);
    expect(stats.count('GET /api/platform/v1/company/companies')).toBe(2);
  });

  it('ends the listing as incomplete when a server caps pages below what was asked for', async () => {
    // Caps at 200 and counts pages by its own size: every page looks "short".
    const { rmm } = await pagingServer((all, size, num) => {
      const cap = Math.min(size, 200);
      return all.slice((num - 1) * cap, num * cap);
    });
    const error = await failure(drain(rmm.companies()));
    expect(error.kind).toBe('incomplete-listing');
    expect(error.message).toMatch(/sent 200 companies where 500 were asked for, and there are more/);
    expect(error.nextStep).toMatch(/Set Records Per Request to 200/);
  });

  it('also catches a cap that counts pages by the size asked for (the gap would be silent)', async () => {
    const { rmm } = await pagingServer((all, size, num) =>
      all.slice((num - 1) * size, (num - 1) * size + 200),
    );
    expect((await failure(drain(rmm.companies()))).kind).toBe('incomplete-listing');
  });

  it.each([
    [1_200, 3],
    [1_000, 3],
    [40, 2],
    [0, 1],
  ])(
    'ends a list of %i on proof: full pages then a short or empty one, or a short first page confirmed empty after it',
    async (size, requests) => {
      const { rmm, stats } = await pagingServer((all, pageSize, num) =>
        all.slice(0, size).slice((num - 1) * pageSize, num * pageSize),
      );
      expect(await drain(rmm.companies())).toHaveLength(size);
      expect(stats.count('GET /api/platform/v1/company/companies')).toBe(requests);
    },
  );
});

describe('ConnectWise RMM client: faults', () => {
  it('honours Retry-After on 429 (plain-text body) and succeeds when it clears', async () => {
    const { sim, client, clock } = await setup({ companies: 5 });
    sim.faults.add({ route: RMM_ROUTES.companies, kind: '429', times: 2, retryAfter: 4 });
    expect(await drain(client().companies())).toHaveLength(5);
    expect(clock.sleeps).toEqual([4_000, 4_000]);
  });

  it('gives up on a lasting 429 as rate-limited', async () => {
    const { sim, client } = await setup({ companies: 5 });
    sim.faults.add({ route: RMM_ROUTES.companies, kind: '429', times: Infinity });
    const error = await failure(drain(client().companies()));
    expect(error).toMatchObject({ kind: 'rate-limited', status: 429, endpoint: RMM_ENDPOINTS.companies });
    expect(sim.stats.count(RMM_ROUTES.companies)).toBe(4);
  });

  it('does not retry the token endpoint on 423 (a retry deepens the lock), and explains the lock', async () => {
    const { sim, client } = await setup({ companies: 5 });
    sim.faults.add({ route: RMM_ROUTES.token, kind: '423', times: 1 });
    const locked = await failure(drain(client().companies()));
    expect(locked).toMatchObject({ kind: 'rate-limited', status: 423, endpoint: RMM_ENDPOINTS.token });
    expect(sim.stats.count(RMM_ROUTES.token)).toBe(1);
    expect(await drain(client().companies())).toHaveLength(5);
    sim.faults.add({ route: RMM_ROUTES.companies, kind: '423', times: Infinity });
    const error = await failure(drain(client().companies()));
    expect(error).toMatchObject({ kind: 'rate-limited', status: 423 });
    expect(error.message).toMatch(/locked the API key/);
    expect(error.nextStep).toMatch(/same Client ID/);
  });

  it.each([
    ['503', 'server', 4],
    ['502', 'server', 4],
    ['500', 'server', 1],
  ] as const)(
    'gives up on a lasting %s as %s after %i attempt(s), and recovers when it clears',
    async (kind, errorKind, attempts) => {
      const { sim, client } = await setup({ companies: 5 });
      sim.faults.add({ route: RMM_ROUTES.companies, kind, times: Infinity });
      expect((await failure(drain(client().companies()))).kind).toBe(errorKind);
      expect(sim.stats.count(RMM_ROUTES.companies)).toBe(attempts);
      sim.faults.clear();
      expect(await drain(client().companies())).toHaveLength(5);
    },
  );

  it('times out a slow page and retries it', async () => {
    const { sim, client } = await setup({ companies: 5 });
    sim.faults.add({ route: RMM_ROUTES.companies, kind: 'slow', delayMs: 1_000 });
    expect(await drain(client({}, { timeoutMs: 100 }).companies())).toHaveLength(5);
  });

  it('retries a dropped connection, and fails as a network error when it keeps dropping', async () => {
    const { sim, client } = await setup({ companies: 5 });
    sim.faults.add({ route: RMM_ROUTES.token, kind: 'drop' });
    expect(await drain(client().companies())).toHaveLength(5);
    sim.faults.add({ route: RMM_ROUTES.companies, kind: 'drop', times: Infinity });
    expect((await failure(drain(client().companies()))).kind).toBe('network');
  });

  it.each(['malformed-json', 'truncated-json'] as const)(
    'retries %s, and fails when it persists',
    async (kind) => {
      const { sim, client } = await setup({ companies: 50 });
      sim.faults.add({ route: RMM_ROUTES.companies, kind, afterRequests: 1 });
      expect(await drain(client().companies({ pageSize: 20 }))).toHaveLength(50);
      sim.faults.add({ route: RMM_ROUTES.companies, kind, times: Infinity });
      const error = await failure(drain(client().companies()));
      expect(error).toMatchObject({ kind: 'invalid-response', endpoint: RMM_ENDPOINTS.companies });
    },
  );

  it('names the endpoint and the field when a record does not match the schema', async () => {
    const { sim, client } = await setup({ companies: 12 });
    (sim.state.data.companies[7] as unknown as Record<string, unknown>).name = 42;
    const error = await failure(drain(client().companies({ pageSize: 5 })));
    expect(error).toMatchObject({
      kind: 'invalid-response',
      field: '[2].name',
      endpoint: RMM_ENDPOINTS.companies,
    });
  });
});

describe('ConnectWise RMM client: errors people can act on', () => {
  it('names the Client ID and Client Secret when they are wrong, without echoing them', async () => {
    const { sim, client, events } = await setup();
    const wrong = 'wrong-secret-0123456789';
    const error = await failure(drain(client({ clientSecret: wrong }).companies()));
    expect(error).toMatchObject({ kind: 'auth', status: 401, field: 'clientId,clientSecret' });
    expect(sim.stats.count(RMM_ROUTES.token)).toBe(1);
    expectNoSecrets([wrong, sim.state.data.keys.full.clientSecret], error, events);
  });

  it('names the scopes the key lacks when ConnectWise RMM refuses the token', async () => {
    const { sim, client } = await setup();
    const limited = sim.state.data.keys.companiesOnly;
    const error = await failure(
      drain(client({ clientId: limited.clientId, clientSecret: limited.clientSecret }).companies()),
    );
    expect(error).toMatchObject({ kind: 'forbidden', status: 403, field: 'clientId' });
    expect(error.nextStep).toMatch(/platform\.companies\.read and platform\.sites\.read/);
  });

  it('names the scope an API call needs when a token lacks it', async () => {
    const { sim, client } = await setup({ companies: 3 });
    const rmm = client();
    await drain(rmm.companies());
    // Take the scope away from the issued token, as a key edited after the token was issued.
    const bearer = String(sim.stats.recent.at(-1)?.headers.authorization).replace(/^Bearer /, '');
    const issued = sim.state.tokens.verify(bearer);
    if (typeof issued !== 'object') throw new Error('expected a live token');
    issued.subject = { ...issued.subject, scopes: ['platform.companies.read'] };
    const error = await failure(drain(rmm.sites()));
    expect(error).toMatchObject({
      kind: 'forbidden',
      endpoint: RMM_ENDPOINTS.sites,
      grantingFunction: { module: 'API key scope', function: 'platform.sites.read', inferred: false },
    });
  });

  it('says a company no longer exists', async () => {
    const { client } = await setup();
    const error = await failure(client().company('00000000-0000-4000-8000-000000000000'));
    expect(error).toMatchObject({ kind: 'not-found', endpoint: RMM_ENDPOINTS.company });
    expect(error.message).toMatch(/no such company/);
  });

  it('refuses a web address that is not the API server, and foreign hosts, before sending anything', async () => {
    const { client } = await setup();
    const portal = await failure(async () => client({ serverUrl: 'https://control.itsupport247.net' }));
    expect(portal).toMatchObject({ kind: 'bad-url', field: 'serverUrl' });
    expect(portal.nextStep).toContain('https://openapi.service.itsupport247.net');
    const foreign = await failure(async () =>
      createCwRmmClient({ serverUrl: 'https://rmm.example.com', clientId: 'a', clientSecret: 'b' }),
    );
    expect(foreign).toMatchObject({ kind: 'bad-url', field: 'serverUrl' });
    const insecure = await failure(async () =>
      createCwRmmClient({
        serverUrl: 'http://openapi.service.itsupport247.net',
        clientId: 'a',
        clientSecret: 'b',
      }),
    );
    expect(insecure).toMatchObject({ kind: 'bad-url', field: 'serverUrl' });
  });

  it('checks Records Per Request and names the field', async () => {
    const { client } = await setup();
    for (const value of [0, 5_000, 'lots', 12.5]) {
      const error = await failure(async () => client({ recordsPerRequest: value }));
      expect(error, String(value)).toMatchObject({ kind: 'config', field: 'recordsPerRequest' });
    }
    expect(client({ recordsPerRequest: '250' }).recordsPerRequest).toBe(250);
    expect(client().recordsPerRequest).toBe(500);
  });

  it('answers "SSL is required" with the https Server URL', async () => {
    const { client } = await setup({ requireTls: true });
    const error = await failure(drain(client().companies()));
    expect(error).toMatchObject({ kind: 'bad-url', field: 'serverUrl' });
  });

  it('sends the client secret only in the token body, never in a URL or header', async () => {
    const { sim, client } = await setup({ companies: 2 });
    await drain(client().companies());
    const secret = sim.state.data.keys.full.clientSecret;
    for (const record of sim.stats.recent) {
      expect(record.path).not.toContain(secret);
      expect(JSON.stringify(record.headers)).not.toContain(secret);
    }
  });
});
