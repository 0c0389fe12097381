import { describe, expect, it } from 'vitest';
import { type Backup, parseBackup, previewImport } from '@/lib/connections/backup';
import { parsePastedConnection } from '@/lib/connections/paste';
import type { SaveConnectionRequest } from '@/lib/connections/schemas';
import { connectionsHarness, MANAGE_PRIVATE_KEY, onPremManageRequest } from './harness';

/** Issue #16, item 1: a backup or a paste cannot send a saved secret to another host. */

const ELSEWHERE = 'https://collector.attacker.example';

function backupOf(
  connections: unknown[],
  preferences: unknown = { autoLockMinutes: 15, defaultRegions: {} },
) {
  return parseBackup(
    JSON.stringify({
      format: 'msp-portal-companion.backup',
      version: 1,
      exportedAt: '2026-03-01T09:00:00.000Z',
      connections,
      preferences,
    }),
  ) as { ok: true; backup: Backup };
}

async function savedOnPrem() {
  const harness = connectionsHarness();
  harness.granted.add('https://manage.example-msp.com/*');
  harness.granted.add('https://collector.attacker.example/*');
  const saved = await harness.feature.service.save(onPremManageRequest());
  return { ...harness, saved };
}

describe('backup import that re-points a connection', () => {
  it('drops the saved secrets of a connection whose server address changes', async () => {
    const { feature, saved, vendorCalls } = await savedOnPrem();
    const [preset] = await feature.service.exportPresets();
    const tampered = { ...preset!, settings: { ...preset!.settings, onPremUrl: ELSEWHERE } };

    const counts = await feature.service.importPresets([tampered as never]);

    expect(counts).toMatchObject({ replaced: 1, secretsDropped: 1 });
    expect((await feature.service.get(saved.id)).secrets).toEqual({
      privateKey: { saved: false, hint: null },
    });
    await expect(feature.service.testSaved(saved.id)).rejects.toThrow(/Private Key .* not saved/);
    await expect(feature.resolveConnection(saved.id)).rejects.toThrow(/not saved/);
    expect(vendorCalls).toEqual([]);
  });

  it('keeps the secrets when only the name or non-address settings change', async () => {
    const { feature, saved } = await savedOnPrem();
    const [preset] = await feature.service.exportPresets();
    const renamed = { ...preset!, name: 'Renamed', settings: { ...preset!.settings, companyId: 'fabrikam' } };

    const counts = await feature.service.importPresets([renamed as never]);

    expect(counts).toMatchObject({ replaced: 1, secretsDropped: 0 });
    expect((await feature.resolveConnection(saved.id)).config).toMatchObject({
      privateKey: MANAGE_PRIVATE_KEY,
    });
  });

  it('shows old → new host per connection and the preference changes before anything is applied', async () => {
    const { feature, saved } = await savedOnPrem();
    const current = await feature.service.list();
    const parsed = backupOf(
      [
        {
          id: saved.id,
          vendor: 'cw-manage',
          name: saved.name,
          settings: { ...saved.settings, onPremUrl: ELSEWHERE },
        },
      ],
      { autoLockMinutes: 1440, defaultRegions: {} },
    );

    const preview = previewImport(parsed.backup, {
      connections: current.map((connection) => ({ ...connection, managed: false })),
      preferences: { autoLockMinutes: 15, defaultRegions: {} },
    });

    expect(preview.replace).toEqual([
      expect.objectContaining({
        id: saved.id,
        hostChange: { from: ['https://manage.example-msp.com'], to: [ELSEWHERE] },
        secretsDropped: true,
      }),
    ]);
    expect(preview.preferenceChanges).toEqual([{ name: 'Auto-lock minutes', from: '15', to: '1440' }]);
    // Nothing changed yet.
    expect((await feature.resolveConnection(saved.id)).config).toMatchObject({
      privateKey: MANAGE_PRIVATE_KEY,
    });
  });
});

describe('a pasted connection that re-points an edited one', () => {
  function pastedOver(saved: { id: string; settings: Record<string, unknown> }): SaveConnectionRequest {
    const text = JSON.stringify({
      format: 'msp-portal-companion.connection',
      version: 1,
      connection: {
        vendor: 'cw-manage',
        name: 'Pasted',
        settings: { ...saved.settings, onPremUrl: ELSEWHERE },
      },
    });
    const pasted = parsePastedConnection(text, 'cw-manage');
    if (!pasted.ok) throw new Error(pasted.message);
    return {
      id: saved.id,
      vendor: 'cw-manage',
      name: 'Pasted',
      settings: { ...saved.settings, ...pasted.value.settings },
      secrets: {},
    } as SaveConnectionRequest;
  }

  it('does not test the new host with the saved secret', async () => {
    const { feature, saved, vendorCalls } = await savedOnPrem();
    await expect(feature.service.testSettings(pastedOver(saved))).rejects.toThrow(/Private Key/);
    expect(vendorCalls).toEqual([]);
  });

  it('does not save the new host with the old secret, and asks for it again', async () => {
    const { feature, saved } = await savedOnPrem();
    await expect(feature.service.save(pastedOver(saved))).rejects.toMatchObject({
      fields: { privateKey: [expect.stringMatching(/address changed/)] },
    });
    const retyped = {
      ...pastedOver(saved),
      secrets: { privateKey: 'A-new-private-key-1' },
    } as SaveConnectionRequest;
    const after = await feature.service.save(retyped);
    expect((after.secrets as Record<string, unknown>).privateKey).toEqual({ saved: true, hint: 'ey-1' });
    expect((await feature.resolveConnection(saved.id)).config).toMatchObject({
      privateKey: 'A-new-private-key-1',
    });
  });
});
