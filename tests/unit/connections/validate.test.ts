import { describe, expect, it } from 'vitest';
import { validateConnectionForm } from '@/lib/connections/validate';
import { manageRequest } from './harness';

const none = new Set<string>();

function manage(
  settings: Record<string, unknown>,
  secrets: Record<string, string> = { privateKey: 'private-key-1234' },
) {
  return validateConnectionForm({
    vendor: 'cw-manage',
    name: 'Production',
    settings: { ...manageRequest().settings, ...settings },
    secrets,
    savedSecrets: none,
  });
}

describe('connection form validation', () => {
  it('passes correct input with no findings', () => {
    expect(manage({})).toEqual({ errors: {}, warnings: {}, valid: true });
  });

  it('reports the region lint inline under the field, instead of the schema’s generic message', () => {
    const result = manage({ companyId: '' });
    expect(result.valid).toBe(false);
    expect(result.errors.companyId).toHaveLength(1);
    expect(result.errors.companyId?.[0]).toMatch(/Company ID is empty: type the company ID/);
  });

  it('warns (without blocking) on a client ID that is not a GUID', () => {
    const result = manage({ clientId: 'not-a-guid' });
    expect(result.valid).toBe(true);
    expect(result.warnings.clientId?.[0]).toMatch(/GUID/);
  });

  it('checks on-premise addresses: https only, and not a cloud site', () => {
    expect(
      manage({ hosting: 'on-premise', onPremUrl: 'http://manage.local' }).errors.onPremUrl,
    ).toBeDefined();
    expect(
      manage({ hosting: 'on-premise', onPremUrl: 'https://na.myconnectwise.net' }).errors.onPremUrl?.[0],
    ).toMatch(/choose “Cloud”/);
    expect(manage({ hosting: 'on-premise', onPremUrl: 'https://manage.example-msp.com' })).toMatchObject({
      valid: true,
      warnings: {},
    });
  });

  it('requires a secret only when none is saved, and flags spaces around a typed one', () => {
    expect(manage({}, {}).errors.privateKey).toEqual(['The Private Key is empty.']);
    const kept = validateConnectionForm({
      vendor: 'cw-manage',
      name: 'P',
      settings: manageRequest().settings,
      secrets: {},
      savedSecrets: new Set(['privateKey']),
    });
    expect(kept.valid).toBe(true);
    expect(manage({}, { privateKey: ' key-with-space ' }).warnings.privateKey?.[0]).toMatch(/space/);
  });

  it('requires a name', () => {
    const result = validateConnectionForm({
      vendor: 'cw-manage',
      name: '  ',
      settings: manageRequest().settings,
      secrets: { privateKey: 'x' },
      savedSecrets: none,
    });
    expect(result.errors.name?.[0]).toMatch(/name/);
  });

  it('catches a WatchGuard API URL in the auth field and a region mismatch', () => {
    const result = validateConnectionForm({
      vendor: 'watchguard',
      name: 'WG',
      settings: {
        region: 'na',
        authUrl: 'https://api.usa.cloud.watchguard.com/rest/endpoint-security/management',
        apiUrl: 'https://api.deu.cloud.watchguard.com/rest/endpoint-security/management',
        accountId: 'WGC-1-abc',
        accessId: 'rw',
      },
      secrets: { password: 'pw', apiKey: 'key' },
      savedSecrets: none,
    });
    expect(result.errors.authUrl?.[0]).toMatch(/not the Authentication API URL/);
    expect(result.errors.apiUrl?.join(' ')).toMatch(/EMEA/);
  });

  it('checks ConnectWise RMM records per request and the Automate fields', () => {
    const rmm = validateConnectionForm({
      vendor: 'cw-rmm',
      name: 'RMM',
      settings: {
        region: 'na',
        serverUrl: 'https://openapi.service.itsupport247.net',
        clientId: 'abc',
        recordsPerRequest: 5000,
      },
      secrets: { clientSecret: 's' },
      savedSecrets: none,
    });
    expect(rmm.errors.recordsPerRequest?.[0]).toMatch(/at most 1000/);

    const automate = validateConnectionForm({
      vendor: 'cw-automate',
      name: 'Automate',
      settings: { serverUrl: 'automate.example.com', username: 'api ', clientId: 'abc' },
      secrets: { password: 'pw', totpSecret: '123456' },
      savedSecrets: none,
    });
    expect(Object.keys(automate.errors).sort()).toEqual(['clientId', 'totpSecret', 'username']);
  });
});
