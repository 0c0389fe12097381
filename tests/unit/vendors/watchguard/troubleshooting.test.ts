import { describe, expect, it } from 'vitest';
import { type ErrorContext, TokenCacheRegistry } from '../../../../lib/vendors/http';
import { vendorErrorJsonSchema } from '../../../../lib/vendors/http/errors';
import { testConnection, vendorConnectionSchema } from '../../../../lib/vendors/index';
import type { WatchGuardConnectionInput } from '../../../../lib/vendors/watchguard';
import { describeWatchGuardApiError, WG_ENDPOINTS } from '../../../../lib/vendors/watchguard/errors';
import {
  adminLoginDiagnosis,
  adminLoginReadiness,
  stepLabel,
} from '../../../../lib/vendors/watchguard/troubleshooting';
import type { createWatchGuardSimulator, WatchGuardSimulatorOptions } from '../../../simulators/watchguard';
import { serveWatchGuardSettings } from './harness';

/** Each failing Test connection against the simulator, read as the document's troubleshooting list. */
async function testWith(
  overrides: (
    data: ReturnType<typeof createWatchGuardSimulator>['state']['data'],
  ) => Partial<WatchGuardConnectionInput>,
  options: WatchGuardSimulatorOptions = {},
  knownReadOnly?: (data: ReturnType<typeof createWatchGuardSimulator>['state']['data']) => string[],
) {
  const { data, config: base } = await serveWatchGuardSettings({ accounts: 3, ...options });
  const config = { ...base, ...overrides(data) };
  const result = await testConnection(vendorConnectionSchema.parse({ vendor: 'watchguard', config }), {
    allowInsecureHttp: true,
    tokenCaches: new TokenCacheRegistry(),
    ...(knownReadOnly ? { knownReadOnlyAccessIds: knownReadOnly(data) } : {}),
  });
  return { result, config };
}

function stepsOf(result: Awaited<ReturnType<typeof testWith>>['result']) {
  if (result.ok) throw new Error('expected a failed test');
  return adminLoginDiagnosis(result.error);
}

describe('WatchGuard Administrator Login troubleshooting', () => {
  it('API access not enabled → step 1, with the OAuth error code as evidence', async () => {
    const { result } = await testWith(() => ({}), { apiAccessDisabled: true });
    const diagnosis = stepsOf(result);
    expect(diagnosis?.steps).toEqual(['access-id-enabled']);
    expect(diagnosis?.evidence).toEqual(
      expect.arrayContaining([
        'HTTP status 400',
        'Error code: unauthorized_client',
        'Call: POST /oauth/token',
      ]),
    );
  });

  it('a wrong password → step 2 first (the access ID and password of the right account), then step 1', async () => {
    const { result, config } = await testWith(() => ({ password: 'wrong-password-123' }));
    const diagnosis = stepsOf(result);
    expect(diagnosis?.steps).toEqual(['access-id-account', 'access-id-enabled']);
    expect(diagnosis?.evidence).toContain('Error code: invalid_client');
    expect(JSON.stringify(diagnosis)).not.toContain('wrong-password-123');
    expect(JSON.stringify(diagnosis)).not.toContain(config.apiKey);
  });

  it('a wrong API key → step 3', async () => {
    const { result } = await testWith(() => ({ apiKey: 'not-the-key-000' }));
    const diagnosis = stepsOf(result);
    expect(diagnosis?.steps).toEqual(['api-key']);
    expect(diagnosis?.evidence).toContain('HTTP status 401');
    expect(JSON.stringify(diagnosis)).not.toContain('not-the-key-000');
  });

  it('a 403 on the home account (credentials of another account) → steps 2 and 4', () => {
    // The simulator holds one service provider, so "another provider's account" is built here
    // from the client's own wording of that 403.
    const described = describeWatchGuardApiError(
      { status: 403, endpoint: WG_ENDPOINTS.children, body: undefined } as ErrorContext,
      { homeAccountId: 'WGC-1-abc', accountId: 'WGC-1-abc', readOnly: false, region: undefined },
    );
    const diagnosis = adminLoginDiagnosis({
      name: 'VendorError',
      kind: 'forbidden',
      vendor: 'watchguard',
      status: 403,
      endpoint: WG_ENDPOINTS.children,
      message: described?.message ?? '',
      nextStep: described?.nextStep ?? '',
      ...(described?.field ? { field: described.field } : {}),
    });
    expect(diagnosis?.steps).toEqual(['access-id-account', 'account-id']);
    expect(diagnosis?.evidence).toContain('HTTP status 403');
  });

  it('a managed account entered as the Account ID is accepted (the document allows it)', async () => {
    const { result } = await testWith((data) => ({ accountId: data.accounts[0]!.accountId }));
    expect(adminLoginReadiness(result).status).toBe('pass');
  });

  it('an unknown (removed or merged) Account ID → steps 4 and 5 (404)', async () => {
    const { result } = await testWith(() => ({ accountId: 'WGC-1-removed000' }));
    expect(stepsOf(result)?.steps).toEqual(['account-id', 'account-removed']);
  });

  it('the read-only Access ID refused a read → the read-write setup note', async () => {
    const { result } = await testWith(
      (data) => ({ accessId: data.readOnly.accessId, password: data.readOnly.password }),
      { protectedReads: ['GET /rest/platform/accounts/v1/accounts/:accountId/children'] },
      undefined,
    );
    // Without knowing it is the read-only one, the 403 reads as the wrong account pairing.
    expect(stepsOf(result)?.steps).toEqual(['access-id-account', 'account-id']);
    const known = await testWith(
      (data) => ({ accessId: data.readOnly.accessId, password: data.readOnly.password }),
      { protectedReads: ['GET /rest/platform/accounts/v1/accounts/:accountId/children'] },
      (data) => [data.readOnly.accessId],
    );
    expect(stepsOf(known.result)?.steps).toEqual(['read-write-access-id']);
    expect(adminLoginReadiness(known.result).nextStep).toMatch(/^Setup note: .*read-write/);
  });

  it('no step for failures the list does not cover; readiness is then unknown, never a pass', async () => {
    const { result } = await testWith(() => ({ authUrl: 'http://127.0.0.1:1/oauth/token' }));
    expect(result.ok).toBe(false);
    expect(stepsOf(result)).toBeNull();
    expect(adminLoginReadiness(result).status).toBe('unknown');
  });

  it('readiness passes with the facts when the test passes, fails with the numbered steps otherwise', async () => {
    const passed = await testWith(() => ({}));
    expect(adminLoginReadiness(passed.result)).toMatchObject({ status: 'pass' });
    const failed = await testWith(() => ({ apiKey: 'not-the-key-000' }));
    const readiness = adminLoginReadiness(failed.result);
    expect(readiness.status).toBe('fail');
    expect(readiness.nextStep).toBe(stepLabel('api-key'));
    expect(readiness.nextStep).toMatch(/^Step 3: /);
  });

  it('ignores other vendors and keeps apiCode in the error JSON schema', () => {
    const error = vendorErrorJsonSchema.parse({
      name: 'VendorError',
      kind: 'auth',
      vendor: 'cw-rmm',
      status: 401,
      message: 'x',
      nextStep: 'y',
      apiCode: 'invalid_client',
    });
    expect(error.apiCode).toBe('invalid_client');
    expect(adminLoginDiagnosis(error)).toBeNull();
  });
});
