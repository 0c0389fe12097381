import { describe, expect, it } from 'vitest';
import {
  createManualClock,
  type HttpLogEvent,
  type ManualClock,
  TokenCacheRegistry,
} from '../../../../lib/vendors/http';
import {
  createWatchGuardClient,
  type WatchGuardClientOptions,
  type WatchGuardConnectionInput,
  WG_ENDPOINTS,
} from '../../../../lib/vendors/watchguard';
import {
  type WatchGuardSimulator,
  type WatchGuardSimulatorOptions,
  WG_ROUTES,
} from '../../../simulators/watchguard';
import { drain, expectNoSecrets, failure } from '../support';
import { serveWatchGuardSettings } from './harness';

interface Setup {
  sim: WatchGuardSimulator;
  settings: WatchGuardConnectionInput;
  clock: ManualClock;
  events: HttpLogEvent[];
  client: (
    overrides?: Partial<WatchGuardConnectionInput>,
    options?: WatchGuardClientOptions,
  ) => ReturnType<typeof createWatchGuardClient>;
  secrets: string[];
}

/** A simulator on 127.0.0.1, settings for its read-write credentials, and a client factory. */
async function setup(options: WatchGuardSimulatorOptions = {}): Promise<Setup> {
  const clock = createManualClock();
  const { sim, data, config: settings } = await serveWatchGuardSettings({ clock, ...options });
  const events: HttpLogEvent[] = [];
  const tokenCaches = new TokenCacheRegistry();
  return {
    sim,
    settings,
    clock,
    events,
    secrets: [data.readWrite.password, data.readOnly.password, data.apiKey],
    client: (overrides = {}, extra = {}) =>
      createWatchGuardClient(
        { ...settings, ...overrides },
        {
          allowInsecureHttp: true,
          clock,
          timeoutMs: 2_000,
          tokenCaches,
          log: (event) => events.push(event),
          ...extra,
        },
      ),
  };
}

describe('WatchGuard Cloud client: authentication', () => {
  it('gets a token with Basic credentials and a form body, then calls with Bearer and the API key', async () => {
    const { sim, client } = await setup({ accounts: 3 });
    await expect(client().countManagedAccounts()).resolves.toBe(3);

    const [token, call] = sim.stats.recent;
    expect(token?.route).toBe(WG_ROUTES.token);
    const { data } = sim.state;
    expect(token?.headers.authorization).toBe(
      `Basic ${Buffer.from(`${data.readWrite.accessId}:${data.readWrite.password}`).toString('base64')}`,
    );
    expect(token?.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
    expect(call?.route).toBe(WG_ROUTES.children);
    expect(call?.headers.authorization).toMatch(/^Bearer \S+$/);
    expect(call?.headers['watchguard-api-key']).toBe(data.apiKey);
    expect(call?.headers.accept).toBe('application/json');
    expect(call?.headers['content-type']).toBe('application/json');
  });

  it('reuses one token across calls and across clients of the same credential', async () => {
    const { sim, client } = await setup({ accounts: 120 });
    const first = client();
    await first.countManagedAccounts();
    await drain(first.managedAccounts({ pageSize: 50 }));
    await client().countManagedAccounts();
    expect(sim.stats.count(WG_ROUTES.token)).toBe(1);
    expect(sim.stats.count(WG_ROUTES.children)).toBe(5);
  });

  it('keeps a single token request in flight when many calls start at once', async () => {
    const { sim, client } = await setup({ accounts: 5 });
    const wg = client();
    const counts = await Promise.all(Array.from({ length: 12 }, () => wg.countManagedAccounts()));
    expect(counts).toEqual(Array(12).fill(5));
    expect(sim.stats.count(WG_ROUTES.token)).toBe(1);
    expect(sim.stats.maxConcurrent(WG_ROUTES.token)).toBe(1);
  });

  it('renews the token shortly before it expires', async () => {
    const { sim, client, clock } = await setup({ accounts: 2, tokenTtlSeconds: 3600 });
    const wg = client();
    await wg.countManagedAccounts();
    clock.advance(3540_000 - 1);
    await wg.countManagedAccounts();
    expect(sim.stats.count(WG_ROUTES.token)).toBe(1);
    clock.advance(2);
    await wg.countManagedAccounts();
    expect(sim.stats.count(WG_ROUTES.token)).toBe(2);
  });

  it('fetches a new token when the server expires it in the middle of paging', async () => {
    const { sim, client } = await setup({ accounts: 250 });
    sim.faults.add({ route: WG_ROUTES.children, kind: 'expire-token', afterRequests: 2 });
    const accounts = await drain(client().managedAccounts({ pageSize: 50 }));
    expect(accounts.map((account) => account.accountId)).toEqual(
      sim.state.data.accounts.map((account) => account.accountId),
    );
    expect(sim.stats.count(WG_ROUTES.token)).toBe(2);
  });
});

describe('WatchGuard Cloud client: paging', () => {
  it('lists every managed account with offset/limit, to the last one', async () => {
    const { sim, client } = await setup({ accounts: 1_234 });
    const accounts = await drain(client().managedAccounts({ pageSize: 100 }));
    expect(accounts).toHaveLength(1_234);
    expect(accounts.map((account) => account.accountId)).toEqual(
      sim.state.data.accounts.map((account) => account.accountId),
    );
    expect(sim.stats.count(WG_ROUTES.children)).toBe(13);
  });

  it('follows totalItems when the server caps pages below the size asked for', async () => {
    const { sim, client } = await setup({ accounts: 130, maxAccountsPageSize: 40 });
    const accounts = await drain(client().managedAccounts({ pageSize: 500 }));
    expect(new Set(accounts.map((account) => account.accountId)).size).toBe(130);
    expect(sim.stats.count(WG_ROUTES.children)).toBe(4);
  });

  it('filters managed accounts by type', async () => {
    const { sim, client } = await setup({ accounts: 200 });
    const subscribers = await drain(client().managedAccounts({ type: 'subscriber' }));
    expect(subscribers.length).toBe(sim.state.data.accounts.filter((account) => account.type === 2).length);
    expect(subscribers.every((account) => account.type === 2)).toBe(true);
  });

  it('reads more devices than one response may hold (3,000) in several pages', async () => {
    const { sim, client } = await setup({
      accounts: 3,
      devicesPerAccount: (index) => (index === 1 ? 3_200 : 2),
    });
    const account = sim.state.data.accounts[1]!;
    const pages: number[] = [];
    for await (const page of client().devicePages(account.accountId)) pages.push(page.length);
    expect(pages).toEqual([3_000, 200]);
    expect(sim.stats.count(WG_ROUTES.devices)).toBe(2);
    const devices = await drain(client().devices(account.accountId, { pageSize: 1_000 }));
    expect(devices.map((device) => device.device_id)).toEqual(
      sim.state.data.devices(account.accountId).map((device) => device.device_id),
    );
  });

  it('reaches a managed account through one audience and an audience token', async () => {
    const { sim, client } = await setup({ accounts: 3, devicesPerAccount: 7 });
    const wg = client();
    const [a, b] = sim.state.data.accounts;
    expect(await drain(wg.devices(a!.accountId))).toHaveLength(7);
    expect(await drain(wg.devices(a!.accountId))).toHaveLength(7);
    expect(await drain(wg.devices(b!.accountId))).toHaveLength(7);
    expect(sim.stats.count(WG_ROUTES.audiences)).toBe(2);
    // The home token (for the audiences call) and one per managed account.
    expect(sim.stats.count(WG_ROUTES.token)).toBe(3);
  });

  it('works with the Account ID of a managed Subscriber (seeds/000): an audience token, found on a 403', async () => {
    const { sim, client } = await setup({ accounts: 5, devicesPerAccount: 4 });
    const subscriber = sim.state.data.accounts.find((account) => account.type === 2)!;
    const wg = client({ accountId: subscriber.accountId });
    expect(await wg.countManagedAccounts()).toBe(0);
    expect(await drain(wg.devices(subscriber.accountId))).toHaveLength(4);
    // One 403 with the credentials' own token, then the audience is asked for once.
    expect(sim.stats.count(WG_ROUTES.audiences)).toBe(1);
  });

  it('lists the own account’s devices with the home token, without an audience', async () => {
    const { sim, client, settings } = await setup({ accounts: 2, ownDevices: 4 });
    expect(await drain(client().devices(settings.accountId!))).toHaveLength(4);
    expect(sim.stats.count(WG_ROUTES.audiences)).toBe(0);
  });

  it('stops cleanly when aborted between pages', async () => {
    const { sim, client } = await setup({ accounts: 500 });
    const controller = new AbortController();
    const seen: number[] = [];
    const error = await failure(async () => {
      for await (const page of client().accountPages({ pageSize: 100, signal: controller.signal })) {
        seen.push(page.length);
        controller.abort();
      }
    });
    expect(error.kind).toBe('aborted');
    expect(seen).toEqual([100]);
    expect(sim.stats.count(WG_ROUTES.children)).toBe(1);
  });
});

describe('WatchGuard Cloud client: faults', () => {
  it('waits as long as Retry-After says on 429, then succeeds', async () => {
    const { sim, client, clock } = await setup({ accounts: 2 });
    sim.faults.add({ route: WG_ROUTES.children, kind: '429', times: 2, retryAfter: 3 });
    await expect(client().countManagedAccounts()).resolves.toBe(2);
    expect(clock.sleeps).toEqual([3_000, 3_000]);
  });

  it.each(['423', '503'] as const)('retries %s with backoff until it clears', async (kind) => {
    const { sim, client, clock } = await setup({ accounts: 2 });
    sim.faults.add({ route: WG_ROUTES.children, kind, times: 2 });
    await expect(client().countManagedAccounts()).resolves.toBe(2);
    expect(clock.sleeps).toHaveLength(2);
    expect(clock.sleeps[1]!).toBeGreaterThan(clock.sleeps[0]!);
  });

  it('gives up on a lasting 429 and says when to try again', async () => {
    const { sim, client } = await setup({ accounts: 2 });
    sim.faults.add({ route: WG_ROUTES.children, kind: '429', times: Infinity, retryAfter: 120 });
    const error = await failure(client().countManagedAccounts());
    expect(error).toMatchObject({ kind: 'rate-limited', status: 429, retryAfterSeconds: 120 });
    expect(error.nextStep).toMatch(/Try again after \d\d:\d\d:\d\d UTC \(in 120 s\)/);
    expect(sim.stats.count(WG_ROUTES.children)).toBe(1);
  });

  it.each([
    ['503', 'server', 4],
    ['500', 'server', 1],
    ['423', 'rate-limited', 4],
  ] as const)('gives up on a lasting %s as %s after %i attempt(s)', async (kind, errorKind, attempts) => {
    const { sim, client } = await setup({ accounts: 2 });
    sim.faults.add({ route: WG_ROUTES.children, kind, times: Infinity });
    const error = await failure(client().countManagedAccounts());
    expect(error.kind).toBe(errorKind);
    expect(error.endpoint).toBe(WG_ENDPOINTS.children);
    expect(sim.stats.count(WG_ROUTES.children)).toBe(attempts);
  });

  it('times out a slow answer and retries it', async () => {
    const { sim, client } = await setup({ accounts: 2 });
    sim.faults.add({ route: WG_ROUTES.children, kind: 'slow', delayMs: 1_000 });
    await expect(client({}, { timeoutMs: 100 }).countManagedAccounts()).resolves.toBe(2);
    expect(sim.stats.count(WG_ROUTES.children)).toBe(2);
  });

  it('gives up on answers that stay too slow, as a timeout', async () => {
    const { sim, client } = await setup({ accounts: 2 });
    sim.faults.add({ route: WG_ROUTES.children, kind: 'slow', delayMs: 1_000, times: Infinity });
    const error = await failure(
      client({}, { timeoutMs: 50, retry: { maxAttempts: 2 } }).countManagedAccounts(),
    );
    expect(error.kind).toBe('timeout');
  });

  it('retries a dropped connection, and reports a network error when it keeps dropping', async () => {
    const { sim, client } = await setup({ accounts: 2 });
    sim.faults.add({ route: WG_ROUTES.children, kind: 'drop' });
    await expect(client().countManagedAccounts()).resolves.toBe(2);
    sim.faults.add({ route: WG_ROUTES.children, kind: 'drop', times: Infinity });
    expect((await failure(client().countManagedAccounts())).kind).toBe('network');
  });

  it.each(['malformed-json', 'truncated-json'] as const)(
    'retries %s, and names the endpoint when it persists',
    async (kind) => {
      const { sim, client } = await setup({ accounts: 2 });
      sim.faults.add({ route: WG_ROUTES.children, kind });
      await expect(client().countManagedAccounts()).resolves.toBe(2);
      sim.faults.add({ route: WG_ROUTES.children, kind, times: Infinity });
      const error = await failure(client().countManagedAccounts());
      expect(error.kind).toBe('invalid-response');
      expect(error.message).toContain(WG_ENDPOINTS.children);
    },
  );

  it('retries a fault on the token endpoint too', async () => {
    const { sim, client } = await setup({ accounts: 2 });
    sim.faults.add({ route: WG_ROUTES.token, kind: '503' });
    await expect(client().countManagedAccounts()).resolves.toBe(2);
    expect(sim.stats.count(WG_ROUTES.token)).toBe(2);
  });

  it('names the endpoint and the field when a record does not match the schema', async () => {
    const { sim, client } = await setup({ accounts: 2, devicesPerAccount: 10 });
    const account = sim.state.data.accounts[0]!;
    const devices = sim.state.data.devices(account.accountId) as unknown as Record<string, unknown>[];
    devices[6]!.host_name = 42;
    const error = await failure(drain(client().devices(account.accountId)));
    expect(error).toMatchObject({
      kind: 'invalid-response',
      field: 'data[6].host_name',
      endpoint: WG_ENDPOINTS.devices('/rest/endpoint-security/management'),
    });
    expect(error.message).toContain('field "data[6].host_name" has the wrong type');
  });
});

describe('WatchGuard Cloud client: errors people can act on', () => {
  it('says which fields to check when the password is wrong, without echoing secrets', async () => {
    const { client, secrets, events } = await setup();
    const wrong = 'Wrong-Password-123';
    const error = await failure(client({ password: wrong }).countManagedAccounts());
    expect(error).toMatchObject({ kind: 'auth', status: 401, field: 'accessId,password' });
    expect(error.message).toBe('WatchGuard Cloud did not accept the Access ID and Access Password.');
    expectNoSecrets([...secrets, wrong], error, events);
  });

  it('says so when the failing Access ID is the read-only one', async () => {
    const { sim, client } = await setup();
    const { readOnly } = sim.state.data;
    const error = await failure(
      client({
        accessId: readOnly.accessId,
        password: 'not-its-password',
        readOnlyAccessId: readOnly.accessId,
      }).countManagedAccounts(),
    );
    expect(error.kind).toBe('auth');
    expect(error.message).toMatch(/read-only/);
    expect(error.nextStep).toMatch(/Access ID \(Read-write\)/);
  });

  it('recognises a read-only Access ID remembered from a Managed Access page when a call is refused', async () => {
    const { sim, client } = await setup({ accounts: 2 });
    const { readOnly, accounts } = sim.state.data;
    const wg = client(
      { accessId: readOnly.accessId, password: readOnly.password },
      { knownReadOnlyAccessIds: [readOnly.accessId] },
    );
    // Reading works with the read-only ID; acting for a managed account (a POST) does not.
    await expect(wg.countManagedAccounts()).resolves.toBe(2);
    const error = await failure(drain(wg.devices(accounts[0]!.accountId)));
    expect(error).toMatchObject({ kind: 'forbidden', status: 403, field: 'accessId' });
    expect(error.message).toMatch(/read-only/);
  });

  it('blames the API key when a fresh token is still refused', async () => {
    const { sim, client, secrets, events } = await setup();
    const wrongKey = 'f'.repeat(40);
    const error = await failure(client({ apiKey: wrongKey }).countManagedAccounts());
    expect(error).toMatchObject({ kind: 'auth', status: 401, field: 'apiKey' });
    // One retry with a new token before giving up.
    expect(sim.stats.count(WG_ROUTES.token)).toBe(2);
    expectNoSecrets([...secrets, wrongKey], error, events);
  });

  it('points at the Account ID when it does not exist', async () => {
    const { client } = await setup({ accounts: 2 });
    const missing = await failure(client({ accountId: 'WGC-1-000000000000' }).countManagedAccounts());
    expect(missing).toMatchObject({ kind: 'not-found', field: 'accountId' });
    expect(missing.nextStep).toMatch(/removed or merged/);
  });

  it('points at the Account ID when it is an account these credentials do not manage', async () => {
    const { sim, client } = await setup({ accounts: 2 });
    const foreign = sim.state.data.accounts[0]!;
    foreign.parentAccountId = 'WGC-1-someoneelse';
    const error = await failure(client({ accountId: foreign.accountId }).countManagedAccounts());
    expect(error).toMatchObject({ kind: 'forbidden', field: 'accountId' });
  });

  it('refuses to act for an account the service provider does not manage', async () => {
    const { client } = await setup({ accounts: 2 });
    const error = await failure(drain(client().devices('WGC-3-doesnotexist0000')));
    expect(error.kind).toBe('not-found');
    expect(error.endpoint).toBe(WG_ENDPOINTS.audiences);
  });

  it('refuses the portal host and swapped URLs before sending anything', async () => {
    const { sim, settings } = await setup();
    const portal = await failure(async () =>
      createWatchGuardClient({
        ...settings,
        authUrl: 'https://usa.cloud.watchguard.com/oauth/token',
        apiUrl: 'https://api.usa.cloud.watchguard.com/rest/endpoint-security/management',
      }),
    );
    expect(portal).toMatchObject({ kind: 'bad-url', field: 'authUrl' });
    expect(portal.nextStep).toContain('https://api.usa.cloud.watchguard.com/oauth/token');
    const swapped = await failure(async () =>
      createWatchGuardClient({ ...settings, authUrl: settings.apiUrl, apiUrl: settings.authUrl }),
    );
    expect(swapped).toMatchObject({ kind: 'bad-url', field: 'authUrl' });
    expect(sim.stats.total()).toBe(0);
  });

  it('names the first missing or empty field', async () => {
    const { settings } = await setup();
    const error = await failure(async () => createWatchGuardClient({ ...settings, apiKey: '  ' }));
    expect(error).toMatchObject({ kind: 'config', field: 'apiKey', message: 'The API Key is empty.' });
    const { password: _password, ...withoutPassword } = settings;
    const missing = await failure(async () => createWatchGuardClient(withoutPassword));
    expect(missing).toMatchObject({
      kind: 'config',
      field: 'password',
      message: 'Access Password is missing.',
    });
  });

  it('answers "SSL is required" with the https URL to use', async () => {
    const { client } = await setup({ requireTls: true });
    const error = await failure(client().countManagedAccounts());
    expect(error).toMatchObject({ kind: 'bad-url', field: 'authUrl' });
    expect(error.message).toMatch(/SSL is required/);
  });
});
