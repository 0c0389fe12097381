import { describe, expect, it } from 'vitest';
import { type Backup, parseBackup, previewImport } from '@/lib/connections/backup';
import { connectionsHarness, MANAGE_PRIVATE_KEY, manageRequest } from './harness';

function backupWith(
  connections: unknown[],
  preferences: unknown = { autoLockMinutes: 15, defaultRegions: {} },
) {
  return JSON.stringify({
    format: 'msp-portal-companion.backup',
    version: 1,
    exportedAt: '2026-03-01T09:00:00.000Z',
    connections,
    preferences,
  });
}

const preset = { id: 'p1', vendor: 'cw-manage', name: 'Imported', settings: manageRequest().settings };

describe('backup parsing', () => {
  it('accepts a valid backup', () => {
    const parsed = parseBackup(backupWith([preset]));
    expect(parsed).toMatchObject({ ok: true, ignoredSecrets: [] });
  });

  it('names what is wrong, with its place in the file', () => {
    expect(parseBackup('not json')).toEqual({ ok: false, errors: [expect.stringMatching(/not JSON/)] });
    expect(parseBackup('{"format":"other"}')).toMatchObject({ ok: false });
    const bad = parseBackup(backupWith([{ ...preset, settings: { ...preset.settings, region: 'mars' } }]));
    expect(bad.ok).toBe(false);
    expect(bad.ok ? [] : bad.errors).toEqual([expect.stringMatching(/^connections\.0\.settings\.region/)]);
    const tooNew = parseBackup(backupWith([]).replace('"version":1', '"version":2'));
    expect(tooNew.ok).toBe(false);
    expect(tooNew.ok ? '' : tooNew.errors.join()).toMatch(/newer version/);
    expect(parseBackup(backupWith([preset, preset]))).toEqual({
      ok: false,
      errors: [expect.stringMatching(/twice/)],
    });
  });

  it('never imports a secret and says which were found', () => {
    const parsed = parseBackup(
      backupWith([{ ...preset, settings: { ...preset.settings, privateKey: 'sneaky-key' } }]),
    );
    expect(parsed).toMatchObject({ ok: true, ignoredSecrets: ['connections[0].privateKey'] });
    expect(JSON.stringify(parsed)).not.toContain('sneaky-key');
  });
});

describe('import preview', () => {
  it('lists additions, replacements, skips and untouched connections before anything changes', () => {
    const parsed = parseBackup(
      backupWith([
        preset,
        { ...preset, id: 'mine', name: 'New name' },
        { ...preset, id: 'org' },
        { ...preset, id: 'rmm' },
      ]),
    ) as { ok: true; backup: Backup };
    const preview = previewImport(parsed.backup, {
      connections: [
        { id: 'mine', vendor: 'cw-manage', name: 'Old name', managed: false, settings: preset.settings },
        { id: 'org', vendor: 'cw-manage', name: 'Org', managed: true, settings: preset.settings },
        { id: 'rmm', vendor: 'cw-rmm', name: 'RMM', managed: false, settings: preset.settings },
        { id: 'other', vendor: 'watchguard', name: 'WG', managed: false, settings: preset.settings },
      ],
      preferences: { autoLockMinutes: 15, defaultRegions: {} },
    });
    expect(preview.add.map((item) => item.id)).toEqual(['p1']);
    expect(preview.replace).toEqual([
      { id: 'mine', vendor: 'cw-manage', name: 'New name', previousName: 'Old name' },
    ]);
    expect(preview.skip.map((item) => [item.id, item.reason])).toEqual([
      ['org', 'set by your organization'],
      ['rmm', 'the id belongs to a ConnectWise RMM connection'],
    ]);
    expect(preview.untouched).toBe(1);
    expect(preview.preferencesChanged).toBe(false);
  });
});

describe('export and import through the background', () => {
  it('exports settings without secrets, and an import keeps the saved secrets', async () => {
    const { feature } = connectionsHarness();
    const saved = await feature.service.save(manageRequest());
    const presets = await feature.service.exportPresets();
    expect(JSON.stringify(presets)).not.toContain(MANAGE_PRIVATE_KEY);
    expect(presets).toEqual([
      { id: saved.id, vendor: 'cw-manage', name: 'Production', settings: saved.settings },
    ]);

    const counts = await feature.service.importPresets([
      { ...presets[0]!, name: 'Production (restored)' },
      { ...preset, id: 'brand-new' } as never,
    ]);
    expect(counts).toEqual({ added: 1, replaced: 1, skipped: 0, secretsDropped: 0 });
    expect((await feature.service.get(saved.id)).name).toBe('Production (restored)');
    expect((await feature.resolveConnection(saved.id)).config).toMatchObject({
      privateKey: MANAGE_PRIVATE_KEY,
    });
    expect((await feature.service.get('brand-new')).secrets).toEqual({
      privateKey: { saved: false, hint: null },
    });
  });
});
