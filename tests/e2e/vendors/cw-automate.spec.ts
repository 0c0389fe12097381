import { CW_AUTOMATE_HOST, createAutomateSimulator } from '../../simulators/cw-automate';
import { expect, test } from '../fixtures';
import type { VendorServer } from '../support/vendor-server';
import { sendCommand } from './background-command';

/**
 * Automate servers are on-premise or vendor-hosted hosts the manifest cannot list, so the worker
 * may only fetch them once the user grants the origin (optional host permission). A headless test
 * cannot accept Chromium's permission prompt, so the success path runs on a host the manifest
 * already grants (`*.connectwisedev.com`); the last test shows what happens without the grant.
 */
const GRANTED_HOST = 'automate.connectwisedev.com';

function mountAutomate(vendorServer: VendorServer, host: string) {
  const sim = createAutomateSimulator({ clients: 30, requireTls: true });
  vendorServer.handle(host, sim.handler);
  const { data } = sim.state;
  const { integrator } = data.accounts;
  const config = {
    server: `https://${host}`,
    username: integrator.user.Name,
    password: integrator.password,
    clientId: data.clientIds[0]!,
    totpSecret: integrator.totpSecret!,
  };
  return { sim, config };
}

type AutomateConfig = ReturnType<typeof mountAutomate>['config'];

/** What Settings › Connections sends for Test connection on the form's values. */
function testFromForm({ server, username, clientId, password, totpSecret }: Partial<AutomateConfig>) {
  return {
    vendor: 'cw-automate',
    name: 'Automate',
    settings: { serverUrl: server, username, clientId },
    secrets: { password, ...(totpSecret ? { totpSecret } : {}) },
  };
}

test('Test connection to ConnectWise Automate signs in with a generated two-factor code', async ({
  openExtensionPage,
  vendorServer,
}) => {
  const { sim, config } = mountAutomate(vendorServer, GRANTED_HOST);
  const options = await openExtensionPage('options.html');
  const result = await sendCommand(options, 'testConnectionSettings', testFromForm(config));
  expect(result).toEqual({
    ok: true,
    data: expect.objectContaining({
      ok: true,
      vendor: 'cw-automate',
      facts: expect.arrayContaining([
        { label: 'API address', value: `https://${GRANTED_HOST}/cwa/api/v1/` },
        { label: 'User ID', value: '1' },
        { label: 'Two-factor code', value: 'generated from the TOTP secret' },
        { label: 'Clients visible', value: 'yes' },
      ]),
      nextStep: expect.stringContaining('Sync now'),
    }),
  });
  // The challenge, then the answer with the code.
  expect(sim.stats.count('POST /apitoken')).toBe(2);
});

test('Test connection to ConnectWise Automate asks for the TOTP secret a two-factor user needs', async ({
  openExtensionPage,
  vendorServer,
}) => {
  const { config } = mountAutomate(vendorServer, GRANTED_HOST);
  const options = await openExtensionPage('options.html');
  const { totpSecret: _secret, ...withoutSecret } = config;
  const result = await sendCommand(options, 'testConnectionSettings', testFromForm(withoutSecret));
  expect(result).toMatchObject({
    ok: true,
    data: { ok: false, vendor: 'cw-automate', error: { kind: 'auth', field: 'totpSecret' } },
  });
  expect(JSON.stringify(result)).not.toContain(config.password);
});

test('an Automate host the user has not granted cannot be reached from the worker', async ({
  openExtensionPage,
  vendorServer,
}) => {
  const { sim, config } = mountAutomate(vendorServer, CW_AUTOMATE_HOST);
  const options = await openExtensionPage('options.html');
  const result = await sendCommand(options, 'testConnectionSettings', testFromForm(config));
  // The connections feature refuses before any request: the page must obtain the origin
  // (optional host permission) before testing an on-premise server.
  expect(result).toMatchObject({
    ok: false,
    error: { message: expect.stringContaining(`not allowed to reach https://${CW_AUTOMATE_HOST}`) },
  });
  expect(sim.stats.count('POST /apitoken')).toBe(0);
});
