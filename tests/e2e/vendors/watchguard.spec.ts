import { createWatchGuardSimulator, WG_ROUTES } from '../../simulators/watchguard';
import { expect, test } from '../fixtures';
import { sendCommandFromPage } from '../support/extension-messaging';
import type { VendorServer } from '../support/vendor-server';

const API_HOST = 'api.usa.cloud.watchguard.com';

// The simulator answers at the real API host, over the E2E server's HTTPS (it refuses plain http).
function mountWatchGuard(vendorServer: VendorServer) {
  const sim = createWatchGuardSimulator({ accounts: 25, requireTls: true });
  vendorServer.handle(API_HOST, sim.handler);
  const { data } = sim.state;
  const config = {
    authUrl: `https://${API_HOST}/oauth/token`,
    apiUrl: `https://${API_HOST}/rest/endpoint-security/management`,
    accountId: data.partner.accountId,
    accessId: data.readWrite.accessId,
    password: data.readWrite.password,
    apiKey: data.apiKey,
  };
  return { sim, config };
}

type WatchGuardConfig = ReturnType<typeof mountWatchGuard>['config'];

/** What Settings › Connections sends for Test connection on the form's values. */
function testFromForm({ password, apiKey, ...settings }: WatchGuardConfig) {
  return {
    vendor: 'watchguard',
    name: 'WatchGuard Cloud NA',
    settings: { region: 'na', ...settings },
    secrets: { password, apiKey },
  };
}

test('Test connection to WatchGuard Cloud from the options page succeeds', async ({
  vendorServer,
  openExtensionPage,
}) => {
  const { sim, config } = mountWatchGuard(vendorServer);
  const options = await openExtensionPage('options.html');
  const answer = await sendCommandFromPage(options, 'testConnectionSettings', testFromForm(config));
  expect(answer).toEqual({
    ok: true,
    data: {
      ok: true,
      vendor: 'watchguard',
      summary: `Connected to WatchGuard Cloud (NA/Americas) as account ${config.accountId}: 25 managed accounts.`,
      facts: [
        { label: 'Region', value: 'NA/Americas' },
        { label: 'Account ID', value: config.accountId },
        { label: 'Managed accounts', value: '25' },
        { label: 'Access ID', value: 'read-write' },
      ],
      nextStep: expect.stringContaining('Settings › Mappings'),
    },
  });
  expect(sim.stats.count(WG_ROUTES.token)).toBe(1);
  expect(sim.stats.count(WG_ROUTES.children)).toBe(1);
});

test('a wrong Access Password comes back as a typed auth error naming the fields', async ({
  vendorServer,
  openExtensionPage,
}) => {
  const { config } = mountWatchGuard(vendorServer);
  const options = await openExtensionPage('options.html');
  const answer = await sendCommandFromPage(
    options,
    'testConnectionSettings',
    testFromForm({ ...config, password: 'Not-The-Password-1' }),
  );
  expect(answer).toMatchObject({
    ok: true,
    data: {
      ok: false,
      vendor: 'watchguard',
      error: {
        kind: 'auth',
        status: 401,
        field: 'accessId,password',
        endpoint: 'POST /oauth/token',
        message: 'WatchGuard Cloud did not accept the Access ID and Access Password.',
      },
    },
  });
  expect(JSON.stringify(answer)).not.toContain('Not-The-Password-1');
  expect(JSON.stringify(answer)).not.toContain(config.apiKey);
});

test('a read-only Access ID remembered from a Managed Access page is named by Test connection', async ({
  vendorServer,
  openExtensionPage,
}) => {
  const { sim, config } = mountWatchGuard(vendorServer);
  const { readOnly, readWrite } = sim.state.data;
  const options = await openExtensionPage('options.html');
  // What the WatchGuard content script reports after reading Administration > Managed Access.
  await sendCommandFromPage(options, 'rememberAccessIds', {
    readOnly: readOnly.accessId,
    readWrite: readWrite.accessId,
  });
  const answer = await sendCommandFromPage(
    options,
    'testConnectionSettings',
    testFromForm({ ...config, accessId: readOnly.accessId, password: 'wrong-for-read-only' }),
  );
  expect(answer).toMatchObject({
    ok: true,
    data: {
      ok: false,
      error: {
        kind: 'auth',
        message: expect.stringContaining('the Access ID entered is the read-only one'),
        nextStep: expect.stringContaining('Access ID (Read-write)'),
      },
    },
  });
});
