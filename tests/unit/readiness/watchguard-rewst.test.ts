import { describe, expect, it } from 'vitest';
import type { MaskedConnection } from '@/lib/connections/schemas';
import type { ReadinessContext, ReadinessGroup } from '@/lib/readiness/background/group';
import { rewstAutomateReadiness } from '@/lib/readiness/background/rewst';
import { rmmRecordsReadiness, watchGuardRmmReadiness } from '@/lib/readiness/background/watchguard';
import { runCheck } from '@/lib/readiness/check';
import type { ReadinessResult, ReadinessValues } from '@/lib/readiness/schemas';
import { TokenCacheRegistry } from '@/lib/vendors/http';
import { createCwRmmSimulator, type RmmPagingFault } from '../../simulators/cw-rmm';
import type { WatchGuardSimulatorOptions } from '../../simulators/watchguard';
import { useAutomateSimulator } from '../vendors/cw-automate/harness';
import { serve } from '../vendors/support';
import { serveWatchGuardSettings } from '../vendors/watchguard/harness';

const clientOptions = { allowInsecureHttp: true, timeoutMs: 2_000, retry: { maxAttempts: 1 } };

function context(
  connection: unknown,
  config: unknown,
  extra: Partial<ReadinessContext['clientOptions']> = {},
): ReadinessContext {
  return {
    connection: connection as MaskedConnection,
    signal: new AbortController().signal,
    clientOptions: { ...clientOptions, ...extra },
    resolve: async () => config as never,
    mappedVendorIds: async () => [],
  };
}

async function run(group: ReadinessGroup, ctx: ReadinessContext, values: ReadinessValues = {}) {
  const data = await group.gather(ctx, values);
  const results = group.checks.map((check) => runCheck(check, data, values));
  return Object.fromEntries(results.map((result) => [result.id, result])) as Record<string, ReadinessResult>;
}

async function watchGuard(options: WatchGuardSimulatorOptions = {}, overrides: Record<string, string> = {}) {
  const { sim, data, config: base } = await serveWatchGuardSettings({ accounts: 2, ...options });
  const config = { ...base, ...overrides };
  const connection = {
    id: 'wg',
    vendor: 'watchguard',
    name: 'WG',
    settings: { region: 'na', accountId: data.partner.accountId },
  };
  return {
    sim,
    ctx: context(connection, { vendor: 'watchguard', config }, {
      tokenCaches: new TokenCacheRegistry(),
    } as never),
    accountId: data.partner.accountId,
  };
}

const CODE = 'RC-9f8e-7d6c-5b4a';

describe('WatchGuard ↔ RMM plug-in readiness', () => {
  it('passes Administrator Login and reads a clean invitation; the code never appears in a result', async () => {
    const { ctx, accountId } = await watchGuard();
    const invitation = `Server URL: https://usa.cloud.watchguard.com\nAccount ID: ${accountId}\nRegistration Code: ${CODE}`;
    const results = await run(watchGuardRmmReadiness, ctx, { invitation });
    expect(results['watchguard-rmm-admin-login']?.status).toBe('pass');
    expect(results['watchguard-rmm-invitation-serverUrl']?.status).toBe('pass');
    expect(results['watchguard-rmm-invitation-accountId']?.status).toBe('pass');
    expect(results['watchguard-rmm-invitation-registrationCode']).toMatchObject({
      status: 'pass',
      evidence: [`Registration Code: ${CODE.length} characters (not shown)`],
    });
    expect(JSON.stringify(results)).not.toContain(CODE);
  });

  it('fails Administrator Login with the troubleshooting step when API access is off', async () => {
    const { ctx } = await watchGuard({ apiAccessDisabled: true });
    const results = await run(watchGuardRmmReadiness, ctx, {});
    expect(results['watchguard-rmm-admin-login']).toMatchObject({
      status: 'fail',
      nextStep: expect.stringMatching(/^Step 1: API access is enabled/),
      evidence: expect.arrayContaining(['Error code: unauthorized_client']),
    });
    // No invitation pasted: its checks say so, never a pass.
    expect(results['watchguard-rmm-invitation-registrationCode']?.status).toBe('unknown');
  });

  it('two registration codes: ambiguous, none picked; a region other than the account’s fails the server URL', async () => {
    const { ctx, accountId } = await watchGuard();
    const invitation = `Server URL: https://deu.cloud.watchguard.com\nAccount ID: ${accountId}\nRegistration Code: ${CODE}\nRegistration Code: OTHER-1234`;
    const results = await run(watchGuardRmmReadiness, ctx, { invitation });
    expect(results['watchguard-rmm-invitation-registrationCode']).toMatchObject({
      status: 'fail',
      detail: expect.stringMatching(/2 different values/),
      nextStep: expect.stringMatching(/still valid/),
    });
    expect(results['watchguard-rmm-invitation-serverUrl']).toMatchObject({
      status: 'fail',
      detail: expect.stringMatching(/EMEA.*NA \/ Americas/),
    });
    expect(JSON.stringify(results)).not.toContain(CODE);
    expect(JSON.stringify(results)).not.toContain('OTHER-1234');
  });
});

async function rmm(paging: RmmPagingFault, recordsPerRequest: number) {
  const sim = createCwRmmSimulator({ companies: 1_200, paging });
  const url = await serve(sim);
  const { full } = sim.state.data.keys;
  const connection = {
    id: 'rmm',
    vendor: 'cw-rmm',
    name: 'RMM',
    settings: { region: 'na', recordsPerRequest },
  };
  return context(connection, {
    vendor: 'cw-rmm',
    config: { serverUrl: url, clientId: full.clientId, clientSecret: full.clientSecret, recordsPerRequest },
  });
}

describe('ConnectWise RMM: Records Per Request readiness', () => {
  it('passes at 500 on a server that pages properly', async () => {
    const results = await run(rmmRecordsReadiness, await rmm({}, 500));
    expect(results['watchguard-rmm-records-per-request']?.status).toBe('pass');
  });

  it('fails naming 500 when the server repeats pages at 1000', async () => {
    const results = await run(rmmRecordsReadiness, await rmm({ ignorePageNum: true }, 1000));
    expect(results['watchguard-rmm-records-per-request']).toMatchObject({
      status: 'fail',
      detail: expect.stringMatching(/Set it to 500/),
    });
  });
});

describe('Rewst ↔ Automate readiness', () => {
  const env = useAutomateSimulator();
  const ctx = (account: 'integrator' | 'admin' = 'integrator') =>
    context(
      { id: 'a', vendor: 'cw-automate', name: 'Automate', settings: {} },
      {
        vendor: 'cw-automate',
        config: env.config(account),
      },
      { clock: env.clock } as never,
    );

  it('reads the Integrator flag and Clients Read on the connection’s own user, and names Rewst’s IP', async () => {
    const results = await run(rewstAutomateReadiness, ctx());
    expect(results['rewst-user-integrator']).toMatchObject({
      status: 'pass',
      evidence: ['integrator (#1): IsIntegrator true'],
    });
    expect(results['rewst-clients-read']?.status).toBe('pass');
    expect(results['rewst-ip-allow-list']).toMatchObject({
      status: 'unknown',
      detail: expect.stringContaining('3.139.170.31'),
    });
  });

  it('fails a user that is not an integrator, and classes without Clients Read (customers will not show)', async () => {
    const results = await run(rewstAutomateReadiness, ctx('admin'));
    expect(results['rewst-user-integrator']?.status).toBe('fail');
    const permissions = env.sim.state.data.userClasses[0]!.Permissions;
    permissions.ClientRead = false;
    try {
      const again = await run(rewstAutomateReadiness, ctx('admin'));
      expect(again['rewst-clients-read']).toMatchObject({
        status: 'fail',
        detail: expect.stringMatching(/no customers/),
      });
    } finally {
      permissions.ClientRead = true;
    }
  });
});
