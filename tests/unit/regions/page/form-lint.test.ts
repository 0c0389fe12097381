import { describe, expect, it } from 'vitest';
import { type FormBoxValue, lintForm } from '@/lib/regions/page/form-lint';

const NA_AUTH = 'https://api.usa.cloud.watchguard.com/oauth/token';
const NA_API = 'https://api.usa.cloud.watchguard.com/rest/endpoint-security/management';
const EMEA_API = 'https://api.deu.cloud.watchguard.com/rest/endpoint-security/management';

function box(vendor: FormBoxValue['vendor'], field: string, value: string, touched = true): FormBoxValue {
  return { vendor, field, value, touched };
}

const codes = (findings: { code: string }[][]) => findings.map((list) => list.map((f) => f.code));

describe('lintForm', () => {
  it('says nothing about a fresh, empty form', () => {
    expect(
      lintForm([box('watchguard', 'authUrl', '', false), box('cw-rmm', 'serverUrl', '', false)]),
    ).toEqual([[], []]);
  });

  it('flags a box the person emptied, once touched', () => {
    expect(codes(lintForm([box('watchguard', 'authUrl', '', true)]))).toEqual([['empty']]);
  });

  it('compares a vendor’s fields with each other and hands each finding to its own box', () => {
    const findings = lintForm([
      box('watchguard', 'authUrl', NA_AUTH),
      box('watchguard', 'apiUrl', EMEA_API),
      box('cw-rmm', 'serverUrl', 'https://openapi.service.itsupport247.net'),
    ]);
    expect(codes(findings)).toEqual([[], ['region-mismatch'], []]);
  });

  it('holds WatchGuard URLs to the portal’s own region', () => {
    const findings = lintForm([box('watchguard', 'authUrl', NA_AUTH), box('watchguard', 'apiUrl', NA_API)], {
      watchGuardRegion: 'emea',
    });
    expect(codes(findings)).toEqual([['region-mismatch'], ['region-mismatch']]);
    expect(findings[0]?.[0]?.message).toContain('https://api.deu.cloud.watchguard.com/oauth/token');
  });

  it('does not apply the WatchGuard region to another vendor’s fields', () => {
    const findings = lintForm([box('cw-manage', 'siteUrl', 'na.myconnectwise.net')], {
      watchGuardRegion: 'emea',
    });
    expect(findings).toEqual([[]]);
  });

  it('catches the remembered read-only access ID', () => {
    const findings = lintForm([box('watchguard', 'accessId', 'ro_1')], {
      knownAccessIds: [{ readOnly: 'ro_1', readWrite: 'rw_1' }],
    });
    expect(codes(findings)).toEqual([['read-only-access-id']]);
  });

  it('lints a second box for the same field on its own', () => {
    const findings = lintForm([box('cw-rmm', 'clientId', 'ok1'), box('cw-rmm', 'clientId', 'has space')]);
    expect(codes(findings)).toEqual([[], ['inner-whitespace']]);
  });
});
