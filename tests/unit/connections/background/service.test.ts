import { describe, expect, it } from 'vitest';
import { CONNECTIONS_KEY } from '@/lib/connections/background/store';
import { ConnectionError } from '@/lib/connections/errors';
import type { SaveConnectionRequest } from '@/lib/connections/schemas';
import { createRegionStore } from '@/lib/regions/background/store';
import { VaultError } from '@/lib/secrets';
import { connectionsHarness, MANAGE_PRIVATE_KEY, manageRequest } from '../harness';

const watchGuardRequest: SaveConnectionRequest = {
  vendor: 'watchguard',
  name: 'WatchGuard NA',
  settings: {
    region: 'na',
    authUrl: 'https://api.usa.cloud.watchguard.com/oauth/token',
    apiUrl: 'https://api.usa.cloud.watchguard.com/rest/endpoint-security/management',
    accountId: 'WGC-1-123abc456',
    accessId: 'RO-ACCESS-1',
  },
  secrets: { password: 'Read-Only-Password-1', apiKey: 'wg-api-key-0000' },
};

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    if (error instanceof ConnectionError || error instanceof VaultError) return error.code;
    throw error;
  }
}

describe('connection service: saving and masking', () => {
  it('stores settings in storage.local and the secret only encrypted', async () => {
    const { feature, local } = connectionsHarness();
    const saved = await feature.service.save(manageRequest());

    expect(saved).toMatchObject({ vendor: 'cw-manage', name: 'Production', managed: false, stored: true });
    expect(saved.secrets).toEqual({ privateKey: { saved: true, hint: MANAGE_PRIVATE_KEY.slice(-4) } });
    const onDisk = JSON.stringify(await local.get(CONNECTIONS_KEY));
    expect(onDisk).toContain('contoso');
    expect(onDisk).not.toContain(MANAGE_PRIVATE_KEY);
  });

  it('never returns a secret from list or get, only a hint of at most four characters', async () => {
    const { feature } = connectionsHarness();
    const { id } = await feature.service.save(manageRequest());
    const listed = JSON.stringify(await feature.service.list());
    const got = JSON.stringify(await feature.service.get(id));
    for (const text of [listed, got]) {
      expect(text).not.toContain(MANAGE_PRIVATE_KEY);
      expect(text).not.toContain(MANAGE_PRIVATE_KEY.slice(0, 8));
    }
  });

  it('keeps the saved secret when the form leaves it empty, replaces it when typed', async () => {
    const { feature } = connectionsHarness();
    const { id } = await feature.service.save(manageRequest());

    await feature.service.save(manageRequest({ id, name: 'Renamed by edit', secrets: {} }));
    expect((await feature.service.resolve(id)).config).toMatchObject({ privateKey: MANAGE_PRIVATE_KEY });

    await feature.service.save(manageRequest({ id, secrets: { privateKey: 'new-private-key-0042' } }));
    expect((await feature.service.resolve(id)).config).toMatchObject({ privateKey: 'new-private-key-0042' });
  });

  it('refuses a new connection without its required secret, naming the field', async () => {
    const { feature } = connectionsHarness();
    const error = await feature.service.save(manageRequest({ secrets: {} })).catch((caught) => caught);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.code).toBe('invalid');
    expect(error.fields).toHaveProperty('privateKey');
    expect(await feature.service.list()).toEqual([]);
  });

  it('refuses input the region lint marks as an error, with the lint’s message', async () => {
    const { feature } = connectionsHarness();
    const base = manageRequest();
    const bad = { ...base, settings: { ...base.settings, companyId: 'contoso ' } } as typeof base;
    const error = await feature.service.save(bad).catch((caught) => caught);
    expect(error.code).toBe('invalid');
    expect(error.fields.companyId[0]).toMatch(/space/);
  });

  it('refuses to change a saved connection’s vendor', async () => {
    const { feature } = connectionsHarness();
    const { id } = await feature.service.save(manageRequest());
    const request = {
      id,
      vendor: 'cw-automate',
      name: 'x',
      settings: {
        serverUrl: 'https://automate.example.com',
        username: 'api',
        clientId: '0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b',
      },
      secrets: { password: 'pw' },
    } as const;
    expect(await codeOf(feature.service.save(request))).toBe('vendor-changed');
  });

  it('renames, and removes with every secret', async () => {
    const { feature } = connectionsHarness();
    const { id } = await feature.service.save(manageRequest());
    expect((await feature.service.rename(id, '  Staging  ')).name).toBe('Staging');
    await feature.service.remove(id);
    expect(await feature.service.list()).toEqual([]);
    expect((await feature.vault.hints(`${id}:`)).size).toBe(0);
    expect(await codeOf(feature.service.get(id))).toBe('not-found');
  });

  it('has the synced data deleted once the record and secrets are gone', async () => {
    const seen: { id: string; listed: number; hints: number }[] = [];
    const { feature } = connectionsHarness({
      onRemoved: async (id) => {
        seen.push({
          id,
          listed: (await feature.service.list()).length,
          hints: (await feature.vault.hints(`${id}:`)).size,
        });
      },
    });
    const { id } = await feature.service.save(manageRequest());
    expect(await feature.service.remove(id)).toEqual({ syncedDataCleared: true });
    expect(seen).toEqual([{ id, listed: 0, hints: 0 }]);
  });

  it('stays removed when its synced data cannot be deleted, and says so', async () => {
    const { feature } = connectionsHarness({
      onRemoved: async () => {
        throw new Error('database unavailable');
      },
    });
    const { id } = await feature.service.save(manageRequest());
    expect(await feature.service.remove(id)).toEqual({ syncedDataCleared: false });
    expect(await feature.service.list()).toEqual([]);
    expect((await feature.vault.hints(`${id}:`)).size).toBe(0);
  });

  it('keeps a damaged stored entry on disk when saving others', async () => {
    const { feature, local } = connectionsHarness();
    await local.set({ [CONNECTIONS_KEY]: [{ id: 'broken', vendor: 'cw-manage', settings: 'oops' }] });
    await feature.service.save(manageRequest());
    const raw = (await local.get(CONNECTIONS_KEY))[CONNECTIONS_KEY] as unknown[];
    expect(raw).toHaveLength(2);
    expect((await feature.store.list()).damaged).toBe(1);
  });
});

describe('connection service: vendor calls', () => {
  it('resolves the full connection for the vendor client, secrets included', async () => {
    const { feature } = connectionsHarness();
    const { id } = await feature.service.save(manageRequest());
    expect(await feature.resolveConnection(id)).toEqual({
      vendor: 'cw-manage',
      config: {
        site: 'https://na.myconnectwise.net',
        companyId: 'contoso',
        publicKey: 'AbCdEfGh12345678',
        privateKey: MANAGE_PRIVATE_KEY,
        clientId: '0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b',
      },
    });
  });

  it('tests a saved connection by id, and typed settings with the saved secret filled in', async () => {
    const { feature, vendorCalls } = connectionsHarness();
    const { id } = await feature.service.save(manageRequest());
    expect(await feature.service.testSaved(id)).toMatchObject({ ok: true });

    const base = manageRequest({ id, secrets: {} });
    await feature.service.testSettings({
      ...base,
      settings: { ...base.settings, companyId: 'fabrikam' },
    } as typeof base);
    expect(vendorCalls.at(-1)?.config).toMatchObject({
      site: 'https://na.myconnectwise.net',
      companyId: 'fabrikam',
      privateKey: MANAGE_PRIVATE_KEY,
    });
    // Another site is another origin: the saved key is not sent there (issue #16, item 1).
    const calls = vendorCalls.length;
    await expect(
      feature.service.testSettings({ ...base, settings: { ...base.settings, region: 'eu' } } as typeof base),
    ).rejects.toThrow(/address changed/);
    expect(vendorCalls).toHaveLength(calls);
  });

  it('tells the sync about a saved or imported connection, and a failing listener does not undo the save', async () => {
    const told: string[] = [];
    const { feature } = connectionsHarness({ onSaved: async (id) => void told.push(id) });
    const saved = await feature.service.save(manageRequest());
    await feature.service.importPresets([
      { ...(await feature.service.exportPresets())[0]!, id: 'imported-1' },
    ]);
    expect(told).toEqual([saved.id, 'imported-1']);

    const failing = connectionsHarness({
      onSaved: async () => {
        throw new Error('sync not ready');
      },
    });
    const kept = await failing.feature.service.save(manageRequest());
    expect((await failing.feature.service.list()).map((connection) => connection.id)).toEqual([kept.id]);
  });

  it('makes no vendor call while the vault is locked', async () => {
    const { feature, vendorCalls } = connectionsHarness();
    const { id } = await feature.service.save(manageRequest());
    await feature.vault.setPassphrase('correct horse battery staple');
    await feature.vault.lock();

    expect(await codeOf(feature.service.testSaved(id))).toBe('vault-locked');
    expect(await codeOf(feature.service.testSettings(manageRequest()))).toBe('vault-locked');
    expect(await codeOf(feature.resolveConnection(id))).toBe('vault-locked');
    expect(vendorCalls).toEqual([]);
  });

  it('gives a WatchGuard test the read-only Access IDs seen on Managed Access, and no other vendor', async () => {
    const { feature, local, readOnlyHints } = connectionsHarness();
    await createRegionStore(local).rememberAccessIds({ readOnly: 'RO-ACCESS-1', readWrite: 'RW-ACCESS-1' });
    await feature.service.testSettings(watchGuardRequest);
    expect(readOnlyHints.at(-1)).toEqual(['RO-ACCESS-1']);
    await feature.service.testSettings(manageRequest());
    expect(readOnlyHints.at(-1)).toBeUndefined();
  });

  it('tests a saved ConnectWise RMM connection through its vendor client', async () => {
    const { feature, vendorCalls } = connectionsHarness();
    const saved = await feature.service.save({
      vendor: 'cw-rmm',
      name: 'RMM',
      settings: {
        region: 'eu',
        serverUrl: 'https://openapi.service.euplatform.connectwise.com',
        clientId: '0e31abc',
        recordsPerRequest: 500,
      },
      secrets: { clientSecret: 'client-secret-value' },
    });
    expect(await feature.service.testSaved(saved.id)).toMatchObject({ ok: true });
    expect(vendorCalls).toHaveLength(1);
  });
});

describe('connection service: on-premise hosts', () => {
  it('registers the content script only once the host permission is granted', async () => {
    const { feature, granted, scripts } = connectionsHarness();
    const saved = await feature.service.save(
      manageRequest({
        name: 'On-prem',
        settings: {
          ...manageRequest().settings,
          hosting: 'on-premise',
          onPremUrl: 'https://manage.example-msp.com',
        },
      }),
    );
    expect(saved).toMatchObject({ hostOrigin: 'https://manage.example-msp.com', hostAccess: 'missing' });
    expect(scripts.size).toBe(0);
    expect(await codeOf(feature.service.testSaved(saved.id))).toBe('host-permission-missing');

    granted.add('https://manage.example-msp.com/*');
    await feature.service.syncHostAccess();
    expect([...scripts.values()]).toEqual([
      expect.objectContaining({
        matches: ['https://manage.example-msp.com/*'],
        js: ['content-scripts/cw-manage.js'],
      }),
    ]);
    expect(feature.hostAccess.contentScriptMatches('cw-manage')).toEqual([
      'https://manage.example-msp.com/*',
    ]);
    expect((await feature.service.get(saved.id)).hostAccess).toBe('granted');
  });

  it('unregisters the script and gives the permission back when the connection is removed', async () => {
    const { feature, granted, scripts } = connectionsHarness();
    granted.add('https://manage.example-msp.com/*');
    const onPrem = manageRequest({
      settings: {
        ...manageRequest().settings,
        hosting: 'on-premise',
        onPremUrl: 'https://manage.example-msp.com:8443',
      },
    });
    const first = await feature.service.save(onPrem);
    const second = await feature.service.save({ ...onPrem, name: 'Same server, other company' });
    expect(scripts.size).toBe(1);

    await feature.service.remove(first.id);
    expect(granted.has('https://manage.example-msp.com/*')).toBe(true); // still used by the second
    await feature.service.remove(second.id);
    expect(scripts.size).toBe(0);
    expect(granted.size).toBe(0);
    expect(feature.hostAccess.contentScriptMatches('cw-manage')).toEqual([]);
  });

  it('drops the script when the user revokes the host in the browser', async () => {
    const { feature, granted, scripts } = connectionsHarness();
    granted.add('https://manage.example-msp.com/*');
    await feature.service.save(
      manageRequest({
        settings: {
          ...manageRequest().settings,
          hosting: 'on-premise',
          onPremUrl: 'https://manage.example-msp.com',
        },
      }),
    );
    granted.clear();
    await feature.service.syncHostAccess();
    expect(scripts.size).toBe(0);
  });
});
