import { describe, expect, it } from 'vitest';
import { connectionExport } from '@/lib/connections/backup';
import { fromWatchGuardParameters, parsePastedConnection } from '@/lib/connections/paste';
import { formatParameterBlock } from '@/lib/regions/parameter-set';
import { manageRequest } from './harness';

const parameters = {
  region: 'emea' as const,
  authUrl: 'https://api.deu.cloud.watchguard.com/oauth/token',
  apiUrl: 'https://api.deu.cloud.watchguard.com/rest/endpoint-security/management',
  accountId: 'WGC-1-abc123',
  accessId: 'rw-access-id',
  apiKey: 'api-key-value-0001',
};

describe('pasting into a connection form', () => {
  it('reads a WatchGuard "Copy all" block back into the form, the password never', () => {
    const result = parsePastedConnection(formatParameterBlock(parameters), 'watchguard');
    expect(result).toEqual({
      ok: true,
      value: {
        source: 'watchguard-block',
        settings: {
          region: 'emea',
          authUrl: parameters.authUrl,
          apiUrl: parameters.apiUrl,
          accountId: 'WGC-1-abc123',
          accessId: 'rw-access-id',
        },
        secrets: { apiKey: 'api-key-value-0001' },
        ignoredSecrets: [],
      },
    });
  });

  it('skips rows the block marks as not on the page', () => {
    const block = formatParameterBlock({ region: 'na', authUrl: parameters.authUrl.replace('deu', 'usa') });
    const result = parsePastedConnection(block, 'watchguard');
    expect(result.ok && result.value.settings).toEqual({
      region: 'na',
      authUrl: 'https://api.usa.cloud.watchguard.com/oauth/token',
      apiUrl: 'https://api.usa.cloud.watchguard.com/rest/endpoint-security/management',
    });
  });

  it('fills the form from the Managed Access draft the same way', () => {
    expect(fromWatchGuardParameters(parameters).settings).toMatchObject({
      region: 'emea',
      accessId: 'rw-access-id',
    });
  });

  it('reads a connection exported as JSON, without its name’s id and with secrets ignored', () => {
    const exported = connectionExport({
      vendor: 'cw-manage',
      name: 'Production',
      settings: manageRequest().settings,
    } as never);
    const withSecret = { ...exported, connection: { ...exported.connection, privateKey: 'leak-me-not' } };
    const result = parsePastedConnection(JSON.stringify(withSecret), 'cw-manage');
    expect(result).toMatchObject({
      ok: true,
      value: { source: 'connection-json', name: 'Production', secrets: {}, ignoredSecrets: ['privateKey'] },
    });
    expect(JSON.stringify(result)).not.toContain('leak-me-not');
  });

  it('refuses another vendor’s export and text it does not know', () => {
    const exported = connectionExport({
      vendor: 'cw-manage',
      name: 'P',
      settings: manageRequest().settings,
    } as never);
    expect(parsePastedConnection(JSON.stringify(exported), 'watchguard')).toEqual({
      ok: false,
      message: expect.stringMatching(/ConnectWise Manage connection/),
    });
    expect(parsePastedConnection('hello', 'watchguard')).toMatchObject({ ok: false });
    expect(parsePastedConnection('{not json', 'cw-manage')).toMatchObject({ ok: false });
    expect(parsePastedConnection('   ', 'cw-rmm')).toMatchObject({ ok: false });
  });
});
