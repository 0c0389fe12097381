import { describe, expect, it } from 'vitest';
import { TokenCacheRegistry, testConnectionResultSchema } from '../../../../lib/vendors/http';
import { testConnection, vendorConnectionSchema } from '../../../../lib/vendors/index';
import { createCwRmmSimulator, RMM_ROUTES } from '../../../simulators/cw-rmm';
import { serve } from '../support';

async function setup(companies = 20) {
  const sim = createCwRmmSimulator({ companies });
  const url = await serve(sim);
  const { full } = sim.state.data.keys;
  const test = (overrides: Record<string, unknown> = {}) =>
    testConnection(
      vendorConnectionSchema.parse({
        vendor: 'cw-rmm',
        config: { serverUrl: url, clientId: full.clientId, clientSecret: full.clientSecret, ...overrides },
      }),
      { allowInsecureHttp: true, tokenCaches: new TokenCacheRegistry() },
    );
  return { sim, url, full, test };
}

describe('testConnection for ConnectWise RMM', () => {
  it('gets a token and reads one company', async () => {
    const { sim, url, test } = await setup();
    const result = testConnectionResultSchema.parse(await test());
    expect(result).toEqual({
      ok: true,
      vendor: 'cw-rmm',
      summary: `Connected to ConnectWise RMM (${new URL(url).host}): the API key can read companies and sites.`,
      facts: [
        { label: 'Region', value: new URL(url).host },
        { label: 'Server', value: url },
        { label: 'Records per request', value: '500' },
        { label: 'Companies visible', value: 'yes' },
      ],
      nextStep: expect.stringContaining('Sync now in the toolbar popup'),
    });
    expect(sim.stats.count(RMM_ROUTES.token)).toBe(1);
    expect(sim.stats.count(RMM_ROUTES.companies)).toBe(1);
  });

  it('says when the key sees no companies', async () => {
    const { test } = await setup(0);
    expect(await test()).toMatchObject({
      ok: true,
      facts: expect.arrayContaining([{ label: 'Companies visible', value: 'no' }]),
      nextStep: expect.stringContaining('platform.companies.read'),
    });
  });

  it('returns the typed error for a wrong secret, without the secret', async () => {
    const { full, test } = await setup();
    const result = await test({ clientSecret: 'definitely-wrong' });
    expect(result).toMatchObject({
      ok: false,
      vendor: 'cw-rmm',
      error: { kind: 'auth', field: 'clientId,clientSecret', endpoint: 'POST /v1/token' },
    });
    const text = JSON.stringify(result);
    expect(text).not.toContain('definitely-wrong');
    expect(text).not.toContain(full.clientSecret);
  });

  it('reports a missing field as a config error naming it', async () => {
    const { test } = await setup();
    expect(await test({ clientId: undefined })).toMatchObject({
      ok: false,
      error: { kind: 'config', field: 'clientId', message: 'Client ID is missing.' },
    });
  });
});
