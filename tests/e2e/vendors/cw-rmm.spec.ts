import { createCwRmmSimulator, RMM_ROUTES } from '../../simulators/cw-rmm';
import { expect, test } from '../fixtures';
import { sendCommandFromPage } from '../support/extension-messaging';
import type { VendorServer } from '../support/vendor-server';

const API_HOST = 'openapi.service.itsupport247.net';

// The simulator answers at the real North America server, over the E2E server's HTTPS.
function mountRmm(vendorServer: VendorServer) {
  const sim = createCwRmmSimulator({ companies: 12, requireTls: true });
  vendorServer.handle(API_HOST, sim.handler);
  const { full } = sim.state.data.keys;
  const config = {
    serverUrl: `https://${API_HOST}`,
    clientId: full.clientId,
    clientSecret: full.clientSecret,
    recordsPerRequest: 500,
  };
  return { sim, config };
}

type RmmConfig = ReturnType<typeof mountRmm>['config'];

/** What Settings › Connections sends for Test connection on the form's values. */
function testFromForm({ clientSecret, ...settings }: RmmConfig) {
  return {
    vendor: 'cw-rmm',
    name: 'RMM North America',
    settings: { region: 'na', ...settings },
    secrets: { clientSecret },
  };
}

test('Test connection to ConnectWise RMM from the options page succeeds', async ({
  vendorServer,
  openExtensionPage,
}) => {
  const { sim, config } = mountRmm(vendorServer);
  const options = await openExtensionPage('options.html');
  const answer = await sendCommandFromPage(options, 'testConnectionSettings', testFromForm(config));
  expect(answer).toEqual({
    ok: true,
    data: {
      ok: true,
      vendor: 'cw-rmm',
      summary: 'Connected to ConnectWise RMM (North America): the API key can read companies and sites.',
      facts: [
        { label: 'Region', value: 'North America' },
        { label: 'Server', value: `https://${API_HOST}` },
        { label: 'Records per request', value: '500' },
        { label: 'Companies visible', value: 'yes' },
      ],
      nextStep: expect.stringContaining('Sync now'),
    },
  });
  expect(sim.stats.count(RMM_ROUTES.token)).toBe(1);
  expect(sim.stats.recent.at(-1)?.path).toBe('/api/platform/v1/company/companies');
});

test('a wrong Client Secret comes back as a typed auth error naming the fields', async ({
  vendorServer,
  openExtensionPage,
}) => {
  const { config } = mountRmm(vendorServer);
  const options = await openExtensionPage('options.html');
  const answer = await sendCommandFromPage(
    options,
    'testConnectionSettings',
    testFromForm({ ...config, clientSecret: 'not-the-secret-42' }),
  );
  expect(answer).toMatchObject({
    ok: true,
    data: {
      ok: false,
      vendor: 'cw-rmm',
      error: {
        kind: 'auth',
        status: 401,
        field: 'clientId,clientSecret',
        endpoint: 'POST /v1/token',
        message: 'ConnectWise RMM did not accept the Client ID and Client Secret.',
      },
    },
  });
  expect(JSON.stringify(answer)).not.toContain('not-the-secret-42');
});
