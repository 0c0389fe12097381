import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  createHttpClient,
  createManualClock,
  type HttpClientOptions,
  type HttpLogEvent,
  VendorError,
} from '../../../../lib/vendors/http';
import {
  createSimulatorHandler,
  FaultRegistry,
  json,
  type Listening,
  listen,
  parseBearer,
  Router,
} from '../../../simulators/core';

// A tiny vendor made of the simulator core: one list route, one token-protected route.
const faults = new FaultRegistry();
const validToken = 'good-token';
const router = new Router()
  .get('/items', () => json(200, [{ id: 1, name: 'one' }]))
  .get('/bad-shape', () => json(200, [{ id: 'x' }]))
  .get('/private', (ctx) =>
    parseBearer(ctx.req.headers.authorization) === validToken
      ? json(200, [{ id: 2, name: 'two' }])
      : json(401, {}),
  )
  .get('/forbidden', () => json(403, { message: 'no' }));
const sim = createSimulatorHandler({ router, faults });
const items = z.array(z.looseObject({ id: z.number(), name: z.string() }));

let server: Listening;
beforeAll(async () => {
  server = await listen(sim.handler);
});
afterAll(() => server.close());
beforeEach(() => {
  faults.clear();
  sim.stats.reset();
});

function client(extra: Partial<HttpClientOptions> = {}) {
  const clock = createManualClock();
  const events: HttpLogEvent[] = [];
  const http = createHttpClient({
    vendor: 'cw-manage',
    baseUrl: server.url,
    allowInsecureHttp: true,
    clock,
    log: (event) => events.push(event),
    timeoutMs: 2_000,
    ...extra,
  });
  return { http, clock, events };
}

async function failure(promise: Promise<unknown>): Promise<VendorError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(VendorError);
    return error as VendorError;
  }
  throw new Error('expected the request to fail');
}

describe('createHttpClient', () => {
  it('parses a response with its schema', async () => {
    const { http, events } = client();
    const response = await http.request({ path: 'items', schema: items });
    expect(response.data).toEqual([{ id: 1, name: 'one' }]);
    expect(events).toEqual([expect.objectContaining({ endpoint: 'GET /items', outcome: 'ok', status: 200 })]);
  });

  it.each(['429', '423', '502', '503', '504'] as const)('retries a %s until it clears', async (kind) => {
    faults.add({ route: 'GET /items', kind, times: 2 });
    const { http, clock } = client();
    await expect(http.request({ path: 'items', schema: items })).resolves.toMatchObject({ status: 200 });
    expect(sim.stats.count('GET /items')).toBe(3);
    // Full jitter at the top of the range with the default 500 ms base: < 500, then < 1000.
    expect(clock.sleeps).toEqual([499, 999]);
  });

  it('waits exactly what Retry-After asks (seconds or date)', async () => {
    faults.add({ route: 'GET /items', kind: '429', retryAfter: 2 });
    const { http, clock } = client();
    await http.request({ path: 'items' });
    expect(clock.sleeps).toEqual([2_000]);
  });

  it('gives up on a persistent 429 with when to try again', async () => {
    faults.add({ route: 'GET /items', kind: '429', times: Infinity, retryAfter: 5 });
    const { http } = client({ retry: { maxAttempts: 3 } });
    const error = await failure(http.request({ path: 'items' }));
    expect(error).toMatchObject({
      kind: 'rate-limited',
      status: 429,
      retryAfterSeconds: 5,
      endpoint: 'GET /items',
    });
    expect(error.nextStep).toMatch(/Try again after \d\d:\d\d:\d\d UTC \(in 5 s\)/);
    expect(error.retryAt).toBeDefined();
    expect(sim.stats.count('GET /items')).toBe(3);
  });

  it('does not hold a request open when Retry-After exceeds the cap', async () => {
    faults.add({ route: 'GET /items', kind: '429', retryAfter: 600 });
    const { http, clock } = client();
    const error = await failure(http.request({ path: 'items' }));
    expect(error.retryAfterSeconds).toBe(600);
    expect(clock.sleeps).toEqual([]);
  });

  it('does not retry a 500 or a 403', async () => {
    faults.add({ route: 'GET /items', kind: '500', times: 2 });
    const { http } = client();
    expect((await failure(http.request({ path: 'items' }))).kind).toBe('server');
    expect((await failure(http.request({ path: 'forbidden' }))).kind).toBe('forbidden');
    expect(sim.stats.count('GET /items')).toBe(1);
    expect(sim.stats.count('GET /forbidden')).toBe(1);
  });

  it('retries a dropped connection, and reports a network error when it keeps dropping', async () => {
    faults.add({ route: 'GET /items', kind: 'drop' });
    const { http } = client();
    await expect(http.request({ path: 'items', schema: items })).resolves.toMatchObject({ status: 200 });
    faults.add({ route: 'GET /items', kind: 'drop', times: Infinity });
    expect((await failure(http.request({ path: 'items' }))).kind).toBe('network');
  });

  it('times out a slow answer per attempt and retries it', async () => {
    faults.add({ route: 'GET /items', kind: 'slow', delayMs: 300 });
    const { http } = client({ timeoutMs: 50 });
    await expect(http.request({ path: 'items' })).resolves.toMatchObject({ status: 200 });
    faults.add({ route: 'GET /items', kind: 'slow', delayMs: 300, times: Infinity });
    const error = await failure(http.request({ path: 'items', retry: { maxAttempts: 2 } }));
    expect(error.kind).toBe('timeout');
  });

  it('retries malformed or truncated JSON, then reports invalid-response', async () => {
    faults.add({ route: 'GET /items', kind: 'malformed-json' });
    const { http } = client();
    await expect(http.request({ path: 'items', schema: items })).resolves.toMatchObject({ status: 200 });
    faults.add({ route: 'GET /items', kind: 'truncated-json', times: Infinity });
    const error = await failure(http.request({ path: 'items' }));
    expect(error).toMatchObject({ kind: 'invalid-response', endpoint: 'GET /items' });
    expect(error.message).toContain('not valid JSON');
  });

  it('does not retry a schema failure, and names the field', async () => {
    const { http } = client();
    const error = await failure(http.request({ path: 'bad-shape', schema: items }));
    expect(error).toMatchObject({ kind: 'invalid-response', field: '[0].id', endpoint: 'GET /bad-shape' });
    expect(sim.stats.count('GET /bad-shape')).toBe(1);
  });

  it('stops at once when the caller aborts mid-request or mid-backoff', async () => {
    faults.add({ route: 'GET /items', kind: 'slow', delayMs: 500 });
    const { http } = client();
    const controller = new AbortController();
    const pending = http.request({ path: 'items', signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    expect((await failure(pending)).kind).toBe('aborted');

    faults.add({ route: 'GET /items', kind: '503', times: Infinity });
    const second = new AbortController();
    const clock = createManualClock();
    clock.sleep = async () => {
      second.abort();
      throw new DOMException('aborted', 'AbortError');
    };
    const slowClient = createHttpClient({
      vendor: 'cw-manage',
      baseUrl: server.url,
      allowInsecureHttp: true,
      clock,
    });
    expect((await failure(slowClient.request({ path: 'items', signal: second.signal }))).kind).toBe(
      'aborted',
    );
    expect(sim.stats.count('GET /items')).toBe(2);
  });

  it('renews a rejected token once and retries', async () => {
    const handed: string[] = [];
    let next = ['stale-token', validToken];
    const { http } = client({
      authorize: async () => {
        const token = next.shift() ?? 'stale-token';
        handed.push(token);
        return { headers: { Authorization: `Bearer ${token}` }, onRejected: () => {} };
      },
    });
    await expect(http.request({ path: 'private', schema: items })).resolves.toMatchObject({ status: 200 });
    expect(handed).toEqual(['stale-token', 'good-token']);
    next = ['stale-token', 'still-stale'];
    expect((await failure(http.request({ path: 'private' }))).kind).toBe('auth');
    expect(sim.stats.count('GET /private')).toBe(4);
  });

  it('lets the vendor word an error', async () => {
    const { http } = client({
      describeError: (ctx) =>
        ctx.status === 403 ? { nextStep: `Grant access to ${ctx.endpoint}.` } : undefined,
    });
    const error = await failure(http.request({ path: 'forbidden' }));
    expect(error.nextStep).toBe('Grant access to GET /forbidden.');
  });

  it('refuses http:// without the test option, and follow-up URLs on another origin', async () => {
    expect(() => createHttpClient({ vendor: 'watchguard', baseUrl: server.url })).toThrow(
      /only accepts https/,
    );
    const { http } = client();
    expect((await failure(http.request({ path: 'https://elsewhere.example/items' }))).kind).toBe(
      'invalid-response',
    );
  });
});
