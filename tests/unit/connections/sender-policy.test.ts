import { describe, expect, it } from 'vitest';
import { createBackgroundRouter } from '@/lib/background/router';
import { connectionCommands } from '@/lib/connections/commands';
import { commands } from '@/lib/messaging';
import { connectionsHarness, MANAGE_PRIVATE_KEY, manageRequest } from './harness';

const extensionPage = { id: 'ext-id', url: 'chrome-extension://ext-id/options.html' };
const managePage = {
  id: 'ext-id',
  url: 'https://na.myconnectwise.net/v4_6_release/ConnectWise.aspx',
  tab: { id: 3 },
};
const onPremPage = {
  id: 'ext-id',
  url: 'https://manage.example-msp.com/v4_6_release/ConnectWise.aspx',
  tab: { id: 4 },
};

/** A request each command's schema accepts, so a refusal can only come from the sender check. */
const VALID_PAYLOADS: Record<keyof typeof connectionCommands, unknown> = {
  listConnections: {},
  getConnection: { id: 'abc' },
  saveConnection: manageRequest(),
  renameConnection: { id: 'abc', name: 'x' },
  removeConnection: { id: 'abc' },
  testSavedConnection: { id: 'abc' },
  testConnectionSettings: manageRequest(),
  refreshHostAccess: {},
  getVaultStatus: {},
  unlockVault: { passphrase: 'correct horse battery staple' },
  lockVault: {},
  setVaultPassphrase: { next: 'correct horse battery staple' },
  removeVaultPassphrase: { current: 'correct horse battery staple' },
  getConnectionSettings: {},
  savePreferences: { autoLockMinutes: 15, defaultRegions: {} },
  exportBackup: {},
  importBackup: {
    backup: {
      format: 'msp-portal-companion.backup',
      version: 1,
      exportedAt: '2026-03-01T09:00:00.000Z',
      connections: [],
      preferences: { autoLockMinutes: 15, defaultRegions: {} },
    },
  },
};

function router() {
  const harness = connectionsHarness();
  const route = createBackgroundRouter({
    version: '0.0.0',
    extensionId: 'ext-id',
    extensionOrigin: 'chrome-extension://ext-id',
    startedAt: new Date(),
    connections: harness.feature,
  });
  return { route, ...harness };
}

describe('connection commands and content scripts', () => {
  it('are all registered in the catalogue and allowed from extension pages only', () => {
    for (const [name, command] of Object.entries(connectionCommands)) {
      expect(commands[name as keyof typeof commands]).toBe(command);
      expect(command.allowedFrom).toEqual(['extension-page']);
    }
  });

  it.each(Object.keys(VALID_PAYLOADS))(
    'refuses "%s" from a content script on a vendor page',
    async (name) => {
      const { route, feature, vendorCalls } = router();
      await feature.service.save(manageRequest());
      const payload = VALID_PAYLOADS[name as keyof typeof VALID_PAYLOADS];
      for (const sender of [managePage, onPremPage]) {
        const result = await route({ command: name, payload }, sender);
        expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
        expect(JSON.stringify(result)).not.toContain(MANAGE_PRIVATE_KEY);
      }
      expect(vendorCalls).toEqual([]);
    },
  );

  it('trusts a content script on a granted on-premise server for content-script commands only', async () => {
    const { route, feature, granted } = router();
    granted.add('https://manage.example-msp.com/*');
    expect(await route({ command: 'ping', payload: {} }, onPremPage)).toMatchObject({ ok: false });

    await feature.service.save(
      manageRequest({
        settings: {
          ...manageRequest().settings,
          hosting: 'on-premise',
          onPremUrl: 'https://manage.example-msp.com',
        },
      }),
    );
    expect(await route({ command: 'ping', payload: {} }, onPremPage)).toMatchObject({
      ok: true,
      data: { senderContext: 'content-script' },
    });
    expect(await route({ command: 'listConnections', payload: {} }, onPremPage)).toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    });
  });

  it('answers an extension page with masked connections and plain vault errors', async () => {
    const { route } = router();
    const saved = await route({ command: 'saveConnection', payload: manageRequest() }, extensionPage);
    expect(saved).toMatchObject({ ok: true });
    expect(JSON.stringify(saved)).not.toContain(MANAGE_PRIVATE_KEY);

    await route(
      { command: 'setVaultPassphrase', payload: { next: 'correct horse battery staple' } },
      extensionPage,
    );
    await route({ command: 'lockVault', payload: {} }, extensionPage);
    const wrong = await route(
      { command: 'unlockVault', payload: { passphrase: 'wrong passphrase' } },
      extensionPage,
    );
    expect(wrong).toMatchObject({
      ok: false,
      error: { code: 'handler-failed', detail: { code: 'wrong-passphrase' } },
    });
  });
});
