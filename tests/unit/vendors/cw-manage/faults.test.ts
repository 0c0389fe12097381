import { describe, expect, it } from 'vitest';
import { drain, failure, useManageSimulator } from './harness';

const env = useManageSimulator();
const COMPANIES = 'GET /company/companies';

describe('ConnectWise Manage client: faults', () => {
  it.each([
    ['429', 'rate-limited'],
    ['423', 'rate-limited'],
    ['502', 'server'],
    ['503', 'server'],
    ['504', 'server'],
  ] as const)(
    'retries a %s until it clears, and gives up with kind %s when it does not',
    async (kind, errorKind) => {
      env.sim.faults.add({ route: COMPANIES, kind, times: 2, afterRequests: 1 });
      const { manage, clock } = env.client();
      const companies = await drain(manage.companies({ pageSize: 20 }));
      expect(companies).toHaveLength(53);
      expect(clock.sleeps).toHaveLength(2);

      env.sim.faults.add({ route: COMPANIES, kind, times: Number.POSITIVE_INFINITY });
      const error = await failure(env.client().manage.companies());
      expect(error).toMatchObject({ kind: errorKind, status: Number(kind), endpoint: COMPANIES });
    },
  );

  it('does not retry a 500: ConnectWise uses it for errors a retry cannot fix', async () => {
    env.sim.faults.add({ route: COMPANIES, kind: '500' });
    const error = await failure(env.client().manage.companies());
    expect(error).toMatchObject({ kind: 'server', status: 500 });
    expect(env.sim.stats.count(COMPANIES)).toBe(1);
  });

  it.each(['drop', 'malformed-json', 'truncated-json'] as const)(
    'retries a %s response and reads the next one',
    async (kind) => {
      env.sim.faults.add({ route: COMPANIES, kind, afterRequests: 2 });
      const { manage } = env.client();
      const companies = await drain(manage.companies({ pageSize: 10 }));
      expect(companies.map((company) => company.id)).toEqual(env.sim.state.data.companies.map((c) => c.id));
    },
  );

  it.each([
    ['drop', 'network'],
    ['malformed-json', 'invalid-response'],
    ['truncated-json', 'invalid-response'],
  ] as const)('gives up on a lasting %s with kind %s', async (kind, errorKind) => {
    env.sim.faults.add({ route: COMPANIES, kind, times: Number.POSITIVE_INFINITY });
    const error = await failure(env.client().manage.companies());
    expect(error.kind).toBe(errorKind);
    expect(env.sim.stats.count(COMPANIES)).toBe(4);
  });

  it('times a slow answer out and succeeds on the retry', async () => {
    env.sim.faults.add({ route: 'GET /system/info', kind: 'slow', delayMs: 400 });
    const { manage, events } = env.client(undefined, { timeoutMs: 100 });
    await expect(manage.systemInfo()).resolves.toMatchObject({ version: env.sim.state.data.version });
    const info = events.filter((event) => event.endpoint === 'GET /system/info');
    expect(info.map((event) => event.errorKind ?? event.outcome)).toEqual(['timeout', 'ok']);
  });

  it('gives up with a timeout when every answer is slow', async () => {
    env.sim.faults.add({ route: 'GET /system/info', kind: 'slow', delayMs: 300, times: 2 });
    const { manage } = env.client(undefined, { timeoutMs: 100, retry: { maxAttempts: 2 } });
    const error = await failure(manage.systemInfo());
    expect(error.kind).toBe('timeout');
    expect(error.message).toContain('did not answer within');
  });
});

describe('ConnectWise Manage client: abort', () => {
  it('stops paging between pages when aborted', async () => {
    const controller = new AbortController();
    const { manage } = env.client();
    const seen: number[] = [];
    const error = await failure(
      (async () => {
        for await (const page of manage.companyPages({ pageSize: 10, signal: controller.signal })) {
          seen.push(page.length);
          if (seen.length === 2) controller.abort();
        }
      })(),
    );
    expect(error.kind).toBe('aborted');
    expect(seen).toEqual([10, 10]);
    expect(env.sim.stats.count(COMPANIES)).toBe(2);
  });

  it('cancels the request in flight when aborted mid-page', async () => {
    env.sim.faults.add({ route: COMPANIES, kind: 'slow', delayMs: 300, afterRequests: 1 });
    const controller = new AbortController();
    const { manage } = env.client();
    const pages: number[] = [];
    const run = (async () => {
      for await (const page of manage.companyPages({ pageSize: 10, signal: controller.signal })) {
        pages.push(page.length);
        // The second page is slow: abort once the server has it, so it is truly in flight (and
        // cannot reach the server after this test, into the next one's counts).
        void (async () => {
          while (env.sim.stats.count(COMPANIES) < 2) await new Promise((resolve) => setTimeout(resolve, 5));
          controller.abort();
        })();
      }
    })();
    const error = await failure(run);
    expect(error.kind).toBe('aborted');
    expect(pages).toEqual([10]);
  });

  it('stops cleanly when the caller breaks out early', async () => {
    const { manage } = env.client();
    let count = 0;
    for await (const _company of manage.companies({ pageSize: 10 })) {
      if (++count === 15) break;
    }
    expect(env.sim.stats.count(COMPANIES)).toBe(2);
  });
});
