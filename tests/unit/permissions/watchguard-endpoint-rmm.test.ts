import { describe, expect, it } from 'vitest';
import {
  getProfile,
  PermissionsInputError,
  profilesFor,
  WATCHGUARD_RMM_API_PARAMETERS,
  watchGuardRmmConnectionReadiness,
} from '@/lib/permissions';

const COMPLETE = {
  authenticationApiUrl: 'https://api.usa.cloud.watchguard.com/oauth/token',
  apiUrl: 'https://api.usa.cloud.watchguard.com/rest/endpoint-security/management',
  accountId: 'WGC-1-123abc456',
  accessId: 'readwrite-id',
  accessPassword: 'S3cret-password!',
  apiKey: 'api-key-value-123',
};

describe('watchguard-endpoint-rmm profile', () => {
  it('is a checks-only RMM profile whose checks the connection helpers can evaluate', () => {
    const profile = getProfile('watchguard-endpoint-rmm');
    expect(profile).toMatchObject({
      product: 'rmm',
      strictness: 'checks-only',
      source: {
        url: 'https://www.watchguard.com/help/docs/help-center/en-us/Content/en-US/Endpoint-Security/plugins/connectwise-rmm/configure_plugin.html',
      },
    });
    expect(profile?.manualChecks.map((check) => [check.id, check.evaluator])).toEqual([
      ['watchguard-rmm-readwrite-access-id', 'watchGuardRmmConnectionReadiness'],
      ['watchguard-rmm-api-parameters', 'watchGuardRmmConnectionReadiness'],
    ]);
    expect(profilesFor('rmm').map((p) => p.id)).toContain('watchguard-endpoint-rmm');
  });

  it('names the six API parameters of the plug-in', () => {
    expect(WATCHGUARD_RMM_API_PARAMETERS.map((p) => p.label)).toEqual([
      'Authentication API URL',
      'API URL',
      'Account ID',
      'Access ID',
      'Access Password',
      'API Key',
    ]);
  });
});

describe('watchGuardRmmConnectionReadiness', () => {
  it('passes a complete form with the read-write access ID', () => {
    const results = watchGuardRmmConnectionReadiness({ parameters: COMPLETE, accessIdKind: 'readwrite' });
    expect(results.map((r) => [r.id, r.status])).toEqual([
      ['watchguard-rmm-readwrite-access-id', 'pass'],
      ['watchguard-rmm-api-parameters', 'pass'],
    ]);
  });

  it('fails the read-only access ID and leaves an unknown kind unknown', () => {
    expect(
      watchGuardRmmConnectionReadiness({ parameters: COMPLETE, accessIdKind: 'readonly' })[0]?.status,
    ).toBe('fail');
    expect(watchGuardRmmConnectionReadiness({ parameters: COMPLETE })[0]?.status).toBe('unknown');
  });

  it('names the missing parameters and never echoes a value', () => {
    const results = watchGuardRmmConnectionReadiness({
      parameters: { ...COMPLETE, apiUrl: '  ', apiKey: undefined, accessPassword: false },
      accessIdKind: 'readwrite',
    });
    expect(results[1]).toMatchObject({
      status: 'fail',
      detail: 'Missing: API URL, Access Password, API Key.',
    });
    expect(JSON.stringify(results)).not.toContain(COMPLETE.accessPassword);
    expect(JSON.stringify(results)).not.toContain(COMPLETE.apiKey);
  });

  it('accepts presence flags instead of values', () => {
    const flags = Object.fromEntries(WATCHGUARD_RMM_API_PARAMETERS.map((p) => [p.id, true]));
    expect(watchGuardRmmConnectionReadiness({ parameters: flags })[1]?.status).toBe('pass');
  });

  it('refuses a missing parameters object', () => {
    expect(() => watchGuardRmmConnectionReadiness({} as never)).toThrow(PermissionsInputError);
  });
});
