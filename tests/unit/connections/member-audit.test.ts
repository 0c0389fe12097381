import { describe, expect, it } from 'vitest';
import { CONNECTIONS_KEY } from '@/lib/connections/background/store';
import { connectionTestResultSchema } from '@/lib/connections/schemas';
import { connectionsHarness, manageRequest } from './harness';

const withIntegrations = (integrations: string[]) => {
  const base = manageRequest();
  return { ...base, settings: { ...base.settings, integrations } } as typeof base;
};

describe('a ConnectWise Manage test goes on to audit the API member', () => {
  it("audits against the connection's own integrations after a passed test, saved or typed", async () => {
    const { feature, memberAudits } = connectionsHarness();
    const { id } = await feature.service.save(withIntegrations(['watchguard-cloud-psa', 'ninjaone-psa']));
    const saved = await feature.service.testSaved(id);
    expect(saved).toMatchObject({ ok: true, memberAudit: { state: 'failed', message: 'Stub audit.' } });
    expect(memberAudits).toEqual([
      { publicKey: 'AbCdEfGh12345678', integrations: ['watchguard-cloud-psa', 'ninjaone-psa'] },
    ]);

    // The form's unsaved choice is what a test of the form audits.
    await feature.service.testSettings({ ...withIntegrations(['threatlocker-psa']), id, secrets: {} });
    expect(memberAudits.at(-1)?.integrations).toEqual(['threatlocker-psa']);
  });

  it('does not audit after a failed test, nor for other vendors', async () => {
    const { feature, memberAudits, vendor } = connectionsHarness();
    vendor.ok = false;
    const failed = await feature.service.testSettings(withIntegrations(['watchguard-cloud-psa']));
    expect(failed).toMatchObject({ ok: false });
    expect(failed).not.toHaveProperty('memberAudit');

    vendor.ok = true;
    const rmm = await feature.service.testSettings({
      vendor: 'cw-rmm',
      name: 'RMM',
      settings: { region: 'na', serverUrl: 'https://openapi.service.itsupport247.net', clientId: 'abc' },
      secrets: { clientSecret: 'a-client-secret-1234' },
    } as never);
    expect(rmm).toMatchObject({ ok: true, vendor: 'cw-rmm' });
    expect(rmm).not.toHaveProperty('memberAudit');
    expect(memberAudits).toEqual([]);
  });

  it('keeps connections saved before integrations existed readable, with none chosen', async () => {
    const { feature, local } = connectionsHarness();
    const { id } = await feature.service.save(manageRequest());
    const stored = await local.get(CONNECTIONS_KEY);
    // Strip the new field from the stored record, as an older version wrote it.
    const json = JSON.stringify(stored).replace(/,"integrations":\[\]/g, '');
    expect(json).not.toContain('integrations');
    await local.set(JSON.parse(json));
    expect((await feature.service.get(id)).settings).toMatchObject({ integrations: [] });
  });

  it('refuses an integration the catalogue does not know', async () => {
    const { feature } = connectionsHarness();
    await expect(feature.service.save(withIntegrations(['no-such-integration']))).rejects.toMatchObject({
      code: 'invalid',
    });
  });

  it('travels over messaging with the audit, and without it for other vendors', () => {
    const base = {
      ok: true,
      vendor: 'cw-manage',
      summary: 'Connected.',
      facts: [],
      nextStep: 'Sync it.',
    } as const;
    expect(connectionTestResultSchema.parse({ ...base, memberAudit: { state: 'no-integrations' } })).toEqual({
      ...base,
      memberAudit: { state: 'no-integrations' },
    });
    expect(connectionTestResultSchema.parse(base)).toEqual(base);
    expect(connectionTestResultSchema.safeParse({ ...base, memberAudit: { state: 'bogus' } }).success).toBe(
      false,
    );
  });
});
