import { CW_MANAGE_API_HOST, CW_MANAGE_SITE_HOST, createManageSimulator } from '../../simulators/cw-manage';
import { expect, test } from '../fixtures';
import type { VendorServer } from '../support/vendor-server';
import { sendCommand } from './background-command';

/** The simulator at the real cloud hosts: the lookup on the site host, the REST API on api-. */
function mountManage(vendorServer: VendorServer) {
  const sim = createManageSimulator({ companies: 40, requireTls: true });
  vendorServer.handle(CW_MANAGE_SITE_HOST, sim.handler, { pathPrefix: '/login/' });
  vendorServer.handle(CW_MANAGE_API_HOST, sim.handler);
  const { data } = sim.state;
  const config = {
    site: `https://${CW_MANAGE_SITE_HOST}`,
    companyId: data.companyId,
    publicKey: data.apiMembers.integration.publicKey,
    privateKey: data.apiMembers.integration.privateKey,
    clientId: data.clientIds[0]!,
  };
  return { sim, config };
}

type ManageConfig = ReturnType<typeof mountManage>['config'];

/** What Settings › Connections sends for Test connection on the form's values (cloud site NA). */
function testFromForm({ site: _site, privateKey, ...settings }: ManageConfig) {
  return {
    vendor: 'cw-manage',
    name: 'Manage NA',
    settings: { hosting: 'cloud', region: 'na', onPremUrl: '', integrations: [], ...settings },
    secrets: { privateKey },
  };
}

test('Test connection to ConnectWise Manage from the options page', async ({
  openExtensionPage,
  vendorServer,
}) => {
  const { sim, config } = mountManage(vendorServer);
  const options = await openExtensionPage('options.html');
  const result = await sendCommand(options, 'testConnectionSettings', testFromForm(config));
  expect(result).toEqual({
    ok: true,
    data: expect.objectContaining({
      ok: true,
      vendor: 'cw-manage',
      facts: expect.arrayContaining([
        { label: 'Version', value: sim.state.data.version },
        { label: 'Hosting', value: 'cloud' },
        { label: 'Codebase', value: 'v2025_1/' },
        { label: 'API address', value: `https://${CW_MANAGE_API_HOST}/v2025_1/apis/3.0/` },
      ]),
      nextStep: expect.stringContaining('Audit a role'),
    }),
  });
  // The lookup went to the site host and the authenticated call to the api- host, over https.
  expect(sim.stats.count('GET /login/companyinfo/:companyId')).toBe(1);
  expect(sim.stats.count('GET /system/info')).toBe(1);
});

test('Test connection to ConnectWise Manage names the wrong key pair', async ({
  openExtensionPage,
  vendorServer,
}) => {
  const { config } = mountManage(vendorServer);
  const options = await openExtensionPage('options.html');
  const wrong = { ...config, privateKey: 'wrong-private-key-0000' };
  const result = await sendCommand(options, 'testConnectionSettings', testFromForm(wrong));
  expect(result).toMatchObject({
    ok: true,
    data: {
      ok: false,
      vendor: 'cw-manage',
      error: { kind: 'auth', status: 401, field: 'publicKey,privateKey' },
    },
  });
  expect(JSON.stringify(result)).not.toContain('wrong-private-key-0000');
});
