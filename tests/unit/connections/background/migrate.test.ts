import { describe, expect, it } from 'vitest';
import { CONNECTIONS_KEY } from '@/lib/connections/background/store';
import { connectionsHarness } from '../harness';

const legacy = {
  id: 'legacy-1',
  vendor: 'cw-manage',
  name: 'Old Manage',
  settings: {
    hosting: 'cloud',
    region: 'na',
    onPremUrl: '',
    companyId: 'contoso',
    publicKey: 'AbCdEfGh12345678',
    clientId: '0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b',
    privateKey: 'plain-private-key-9f3e',
  },
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
};

describe('migration of plaintext secrets', () => {
  it('moves a plaintext secret into the vault and deletes the plain copy', async () => {
    const { feature, local } = connectionsHarness();
    await local.set({ [CONNECTIONS_KEY]: [legacy] });

    expect(await feature.migrate()).toEqual({ migrated: 1, pending: 0 });
    expect(JSON.stringify(await local.get(CONNECTIONS_KEY))).not.toContain('plain-private-key-9f3e');
    expect((await feature.resolveConnection('legacy-1')).config).toMatchObject({
      privateKey: 'plain-private-key-9f3e',
    });
    expect((await feature.service.get('legacy-1')).secrets).toEqual({
      privateKey: { saved: true, hint: '9f3e' },
    });
  });

  it('also reads a legacy `secrets` map, and does nothing the second time', async () => {
    const { feature, local } = connectionsHarness();
    const { privateKey: _omit, ...settings } = legacy.settings;
    await local.set({
      [CONNECTIONS_KEY]: [{ ...legacy, settings, secrets: { privateKey: 'from-a-map-7777' } }],
    });
    expect(await feature.migrate()).toEqual({ migrated: 1, pending: 0 });
    expect(await feature.migrate()).toEqual({ migrated: 0, pending: 0 });
    const stored = JSON.stringify(await local.get(CONNECTIONS_KEY));
    expect(stored).not.toContain('from-a-map-7777');
    expect(stored).not.toContain('"secrets"');
  });

  it('leaves the record untouched while the vault cannot take the secret, and moves it after unlock', async () => {
    const { feature, local } = connectionsHarness();
    await feature.vault.setPassphrase('correct horse battery staple');
    await feature.vault.lock();
    await local.set({ [CONNECTIONS_KEY]: [legacy] });

    expect(await feature.migrate()).toEqual({ migrated: 0, pending: 1 });
    expect((await local.get(CONNECTIONS_KEY))[CONNECTIONS_KEY]).toEqual([legacy]);

    await feature.vault.unlock('correct horse battery staple');
    expect(await feature.migrate()).toEqual({ migrated: 1, pending: 0 });
    expect(JSON.stringify(await local.get(CONNECTIONS_KEY))).not.toContain('plain-private-key-9f3e');
  });
});
