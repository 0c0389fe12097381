import { describe, expect, it } from 'vitest';
import { TokenCacheRegistry, testConnectionResultSchema } from '../../../../lib/vendors/http';
import { testConnection, vendorConnectionSchema } from '../../../../lib/vendors/index';
import type { WatchGuardConnectionInput } from '../../../../lib/vendors/watchguard';
import { WG_ROUTES } from '../../../simulators/watchguard';
import { serveWatchGuardSettings } from './harness';

async function setup() {
  const { sim, config } = await serveWatchGuardSettings({ accounts: 42 });
  const test = (overrides: Partial<WatchGuardConnectionInput> = {}, knownReadOnlyAccessIds?: string[]) =>
    testConnection(
      vendorConnectionSchema.parse({ vendor: 'watchguard', config: { ...config, ...overrides } }),
      {
        allowInsecureHttp: true,
        tokenCaches: new TokenCacheRegistry(),
        ...(knownReadOnlyAccessIds ? { knownReadOnlyAccessIds } : {}),
      },
    );
  return { sim, config, test };
}

describe('testConnection for WatchGuard Cloud', () => {
  it('authenticates, makes one small read and says what it found', async () => {
    const { sim, config, test } = await setup();
    const result = await test();
    expect(testConnectionResultSchema.parse(result)).toEqual({
      ok: true,
      vendor: 'watchguard',
      summary: `Connected to WatchGuard Cloud (${new URL(config.apiUrl).host}) as account ${sim.state.data.partner.accountId}: 42 managed accounts.`,
      facts: [
        { label: 'Region', value: new URL(config.apiUrl).host },
        { label: 'Account ID', value: sim.state.data.partner.accountId },
        { label: 'Managed accounts', value: '42' },
        { label: 'Access ID', value: 'read-write' },
      ],
      nextStep: expect.stringContaining('Settings › Mappings'),
    });
    expect(sim.stats.count(WG_ROUTES.token)).toBe(1);
    expect(sim.stats.count(WG_ROUTES.children)).toBe(1);
  });

  it('passes with the read-only Access ID but warns that the plug-ins need the read-write one', async () => {
    const { sim, test } = await setup();
    const { readOnly } = sim.state.data;
    const result = await test({ accessId: readOnly.accessId, password: readOnly.password }, [
      readOnly.accessId,
    ]);
    expect(result).toMatchObject({
      ok: true,
      facts: expect.arrayContaining([{ label: 'Access ID', value: 'read-only' }]),
      nextStep: expect.stringMatching(
        /read-write one from Administration › Managed Access.*ConnectWise plug-ins/,
      ),
    });
  });

  it('returns the typed error, never a throw, and without the password', async () => {
    const { config, test } = await setup();
    const result = await test({ password: 'nope-nope' });
    expect(result).toMatchObject({
      ok: false,
      vendor: 'watchguard',
      error: { kind: 'auth', field: 'accessId,password', endpoint: 'POST /oauth/token' },
    });
    expect(JSON.stringify(result)).not.toContain('nope-nope');
    expect(JSON.stringify(result)).not.toContain(config.apiKey);
  });

  it('reports an empty field as a config error naming it', async () => {
    const { test } = await setup();
    const result = await test({ accountId: '' });
    expect(result).toMatchObject({ ok: false, error: { kind: 'config', field: 'accountId' } });
  });
});
