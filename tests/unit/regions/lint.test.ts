import { describe, expect, it } from 'vitest';
import { type LintCode, type LintFinding, lintConnection, RegionError } from '@/lib/regions';

const NA_AUTH = 'https://api.usa.cloud.watchguard.com/oauth/token';
const NA_API = 'https://api.usa.cloud.watchguard.com/rest/endpoint-security/management';
const EMEA_AUTH = 'https://api.deu.cloud.watchguard.com/oauth/token';
const EMEA_API = 'https://api.deu.cloud.watchguard.com/rest/endpoint-security/management';

const goodWatchGuard = {
  authUrl: NA_AUTH,
  apiUrl: NA_API,
  accountId: 'WGC-1-123abc456',
  accessId: 'rw_7f3c2a',
  apiKey: 'k3yV4lue9',
};

function codes(findings: LintFinding[], field?: string) {
  return findings.filter((f) => !field || f.field === field).map((f) => f.code);
}

describe('correct input gives zero findings', () => {
  it('WatchGuard, every field', () => {
    expect(lintConnection('watchguard', goodWatchGuard)).toEqual([]);
  });

  it('WatchGuard, API URL with a trailing slash', () => {
    expect(lintConnection('watchguard', { ...goodWatchGuard, apiUrl: `${NA_API}/` })).toEqual([]);
  });

  it('WatchGuard, the stated region matches', () => {
    expect(lintConnection('watchguard', goodWatchGuard, { region: 'na' })).toEqual([]);
  });

  it('ConnectWise RMM', () => {
    expect(
      lintConnection('cw-rmm', {
        serverUrl: 'https://openapi.service.euplatform.connectwise.com',
        clientId: '0e31abc',
      }),
    ).toEqual([]);
  });

  it('ConnectWise Manage: bare site host, full site URL, API host with codebase, GUID client ID', () => {
    expect(
      lintConnection('cw-manage', {
        siteUrl: 'na.myconnectwise.net',
        apiUrl: 'https://api-na.myconnectwise.net/v2024_1/apis/3.0',
        companyId: 'contoso',
        publicKey: 'AbCdEf123',
        clientId: '0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b',
      }),
    ).toEqual([]);
    expect(lintConnection('cw-manage', { siteUrl: 'https://eu.myconnectwise.net/' })).toEqual([]);
  });

  it('fields a form does not have are not checked', () => {
    expect(lintConnection('watchguard', {})).toEqual([]);
    expect(lintConnection('watchguard', { apiKey: 'x1' })).toEqual([]);
  });
});

describe('empty required field', () => {
  it('flags an empty or blank field and says where to get the value', () => {
    const findings = lintConnection('watchguard', { authUrl: '', accountId: '   ' });
    expect(findings).toEqual([
      expect.objectContaining({ field: 'authUrl', severity: 'error', code: 'empty' }),
      expect.objectContaining({ field: 'accountId', severity: 'error', code: 'empty' }),
    ]);
    expect(findings[0]?.message).toContain(NA_AUTH);
    expect(findings[1]?.message).toContain('Administration → My Account');
  });

  it('passes once filled', () => {
    expect(codes(lintConnection('watchguard', { authUrl: NA_AUTH, accountId: 'WGC-1-2' }))).toEqual([]);
  });
});

describe('whitespace and invisible characters', () => {
  it('leading/trailing whitespace: fails, and the message gives the clean URL', () => {
    const [finding] = lintConnection('watchguard', { authUrl: ` ${NA_AUTH}\n` });
    expect(finding).toMatchObject({ field: 'authUrl', code: 'surrounding-whitespace', severity: 'error' });
    expect(finding?.message).toContain(`paste ${NA_AUTH}`);
    expect(lintConnection('watchguard', { authUrl: NA_AUTH })).toEqual([]);
  });

  it('inner whitespace in an ID: fails without repeating the value', () => {
    const findings = lintConnection('watchguard', { apiKey: 'k3yV4 lue9' });
    expect(codes(findings)).toEqual(['inner-whitespace']);
    expect(findings[0]?.message).not.toContain('k3yV4');
    expect(lintConnection('watchguard', { apiKey: 'k3yV4lue9' })).toEqual([]);
  });

  it('a zero-width space is named with its code point and position', () => {
    const [finding] = lintConnection('watchguard', { accessId: 'rw_\u200B7f3c2a' });
    expect(finding).toMatchObject({ code: 'invisible-character', severity: 'error' });
    expect(finding?.message).toContain('zero-width space (U+200B) at character 4');
    expect(finding?.message).not.toContain('7f3c2a');
  });

  it('a non-breaking space is an invisible character, not plain whitespace', () => {
    const findings = lintConnection('cw-rmm', {
      serverUrl: '\u00A0https://openapi.service.itsupport247.net',
    });
    expect(codes(findings)).toEqual(['invisible-character']);
    expect(findings[0]?.message).toContain('non-breaking space (U+00A0)');
    expect(findings[0]?.message).toContain('paste https://openapi.service.itsupport247.net');
    // The fix offered is the clean URL of the recognised region, not the damaged paste.
    const damaged = lintConnection('cw-rmm', {
      serverUrl: 'https://openapi.service.itsupport247.net/v1/token\u200B',
    });
    expect(damaged[0]?.message).toMatch(/paste https:\/\/openapi\.service\.itsupport247\.net\.$/);
  });

  it('a byte-order mark is caught too', () => {
    expect(codes(lintConnection('cw-manage', { companyId: '\uFEFFcontoso' }))).toEqual([
      'invisible-character',
    ]);
  });
});

describe('scheme', () => {
  it('http: instead of https: fails', () => {
    const [finding] = lintConnection('watchguard', { authUrl: NA_AUTH.replace('https:', 'http:') });
    expect(finding).toMatchObject({ code: 'insecure-scheme', severity: 'error' });
    expect(finding?.message).toContain(`paste ${NA_AUTH}`);
    expect(codes(lintConnection('cw-manage', { siteUrl: 'http://na.myconnectwise.net' }))).toEqual([
      'insecure-scheme',
    ]);
  });

  it('a missing scheme fails where a full URL is required, passes for the Manage site', () => {
    expect(
      codes(lintConnection('watchguard', { authUrl: 'api.usa.cloud.watchguard.com/oauth/token' })),
    ).toEqual(['missing-scheme']);
    expect(lintConnection('cw-manage', { siteUrl: 'eu.myconnectwise.net' })).toEqual([]);
  });

  it('something that is not a web address fails', () => {
    expect(
      codes(lintConnection('watchguard', { authUrl: 'ftp://api.usa.cloud.watchguard.com/oauth/token' })),
    ).toEqual(['not-a-url']);
    expect(codes(lintConnection('cw-rmm', { serverUrl: 'https://' }))).toEqual(['not-a-url']);
    expect(codes(lintConnection('watchguard', { authUrl: 'hello' }))).toEqual(['not-a-url']);
  });
});

describe('wrong kind of URL in a field', () => {
  it('the API URL pasted as the auth URL, and the reverse', () => {
    const findings = lintConnection('watchguard', { authUrl: NA_API, apiUrl: NA_AUTH });
    expect(findings).toEqual([
      expect.objectContaining({ field: 'authUrl', code: 'wrong-url-kind', severity: 'error' }),
      expect.objectContaining({ field: 'apiUrl', code: 'wrong-url-kind', severity: 'error' }),
    ]);
    expect(findings[0]?.message).toContain('This is the WatchGuard API URL (Endpoint Security)');
    expect(findings[0]?.message).toContain(`paste ${NA_AUTH}`);
    expect(findings[1]?.message).toContain(`paste ${NA_API}`);
  });

  it('the portal address where an API URL belongs', () => {
    const [finding] = lintConnection('watchguard', { authUrl: 'https://deu.cloud.watchguard.com/' });
    expect(finding).toMatchObject({ code: 'wrong-url-kind' });
    expect(finding?.message).toContain('portal');
    expect(finding?.message).toContain(`paste ${EMEA_AUTH}`);
  });

  it('a Manage UI host where the API host belongs, and the API host as the site', () => {
    const api = lintConnection('cw-manage', { apiUrl: 'https://na.myconnectwise.net' });
    expect(api).toEqual([expect.objectContaining({ code: 'wrong-url-kind' })]);
    expect(api[0]?.message).toContain('paste https://api-na.myconnectwise.net');
    const site = lintConnection('cw-manage', { siteUrl: 'api-eu.myconnectwise.net' });
    expect(site[0]?.message).toContain('paste https://eu.myconnectwise.net');
  });

  it('the RMM web portal where the server URL belongs', () => {
    const [finding] = lintConnection('cw-rmm', { serverUrl: 'https://control.itsupport247.net/' });
    expect(finding).toMatchObject({ code: 'wrong-url-kind', severity: 'error' });
    expect(finding?.message).toContain('ConnectWise RMM web portal address');
    expect(finding?.message).toContain('paste https://openapi.service.itsupport247.net');
  });

  it('the right host with another path', () => {
    const [finding] = lintConnection('watchguard', { authUrl: 'https://api.usa.cloud.watchguard.com/rest/' });
    expect(finding).toMatchObject({ code: 'unexpected-path', severity: 'error' });
    expect(finding?.message).toContain(`paste ${NA_AUTH}`);
  });

  it('more than the base address', () => {
    expect(
      codes(lintConnection('watchguard', { apiUrl: `${NA_API}/api/v1/accounts/WGC-1/devices` })),
    ).toEqual(['unexpected-path']);
    expect(
      codes(lintConnection('cw-rmm', { serverUrl: 'https://openapi.service.itsupport247.net/v1/token' })),
    ).toEqual(['unexpected-path']);
    expect(codes(lintConnection('watchguard', { authUrl: `${NA_AUTH}?grant_type=x` }))).toEqual([
      'unexpected-path',
    ]);
    const site = lintConnection('cw-manage', {
      siteUrl: 'https://na.myconnectwise.net/v2024_1/ConnectWise.aspx',
    });
    expect(site).toEqual([expect.objectContaining({ code: 'unexpected-path', severity: 'warning' })]);
    expect(site[0]?.message).toContain('paste https://na.myconnectwise.net');
  });
});

describe('hosts the vendor does not use', () => {
  it('an unofficial WatchGuard host fails and every region’s URL is offered', () => {
    const [finding] = lintConnection('watchguard', {
      authUrl: 'https://api.eu.cloud.watchguard.com/oauth/token',
    });
    expect(finding).toMatchObject({ code: 'unknown-host', severity: 'error' });
    expect(finding?.message).toContain('api.eu.cloud.watchguard.com is not a host WatchGuard Cloud uses');
    expect(finding?.message).toContain(`EMEA ${EMEA_AUTH}`);
    expect(finding?.message).toContain(`NA / Americas ${NA_AUTH}`);
  });

  it('another vendor’s URL is named as such', () => {
    const [finding] = lintConnection('watchguard', { authUrl: 'https://openapi.service.itsupport247.net' });
    expect(finding).toMatchObject({ code: 'unknown-host', severity: 'error' });
    expect(finding?.message).toContain('ConnectWise RMM server URL for North America');
  });

  it('an unknown ConnectWise RMM host under its domain fails', () => {
    expect(
      codes(lintConnection('cw-rmm', { serverUrl: 'https://openapi.qa.service.itsupport247.net' })),
    ).toEqual(['unknown-host']);
  });

  it('a non-cloud Manage host is only a warning (on-premise servers exist)', () => {
    const [finding] = lintConnection('cw-manage', { siteUrl: 'https://cw.contoso-msp.com' });
    expect(finding).toMatchObject({ code: 'unknown-host', severity: 'warning' });
    expect(finding?.message).toContain('on-premise');
  });
});

describe('regions must agree', () => {
  it('auth and API URLs of different regions fail on the second field', () => {
    const findings = lintConnection('watchguard', { authUrl: NA_AUTH, apiUrl: EMEA_API });
    expect(findings).toEqual([expect.objectContaining({ field: 'apiUrl', code: 'region-mismatch' })]);
    expect(findings[0]?.message).toContain('The API URL is for EMEA');
    expect(findings[0]?.message).toContain(`paste ${NA_API}`);
    expect(lintConnection('watchguard', { authUrl: EMEA_AUTH, apiUrl: EMEA_API })).toEqual([]);
  });

  it('every URL must match a stated region', () => {
    const findings = lintConnection('watchguard', { authUrl: NA_AUTH, apiUrl: NA_API }, { region: 'emea' });
    expect(codes(findings)).toEqual(['region-mismatch', 'region-mismatch']);
    expect(findings[0]?.message).toContain(`paste ${EMEA_AUTH}`);
  });

  it('Manage site and API host of different regions', () => {
    expect(
      codes(
        lintConnection('cw-manage', {
          siteUrl: 'eu.myconnectwise.net',
          apiUrl: 'https://api-na.myconnectwise.net',
        }),
      ),
    ).toEqual(['region-mismatch']);
  });
});

describe('identifiers', () => {
  it('a URL pasted into an ID field fails', () => {
    expect(
      codes(lintConnection('watchguard', { accountId: 'https://usa.cloud.watchguard.com/account' })),
    ).toEqual(['url-in-identifier-field']);
    expect(codes(lintConnection('watchguard', { apiKey: 'api.usa.cloud.watchguard.com' }))).toEqual([
      'url-in-identifier-field',
    ]);
  });

  it('an unusual format is a warning; the documented shapes pass', () => {
    expect(lintConnection('watchguard', { accountId: 'Contoso' })).toEqual([
      expect.objectContaining({ code: 'unexpected-format', severity: 'warning' }),
    ]);
    expect(lintConnection('watchguard', { accountId: 'ACC-1234567' })).toEqual([]);
    expect(codes(lintConnection('cw-manage', { clientId: 'not-a-guid' }))).toEqual(['unexpected-format']);
  });

  it('the read-only access ID where the read-write one is required', () => {
    const known = [{ readOnly: 'ro_11aa', readWrite: 'rw_22bb' }];
    const findings = lintConnection('watchguard', { accessId: 'ro_11aa' }, { knownAccessIds: known });
    expect(findings).toEqual([expect.objectContaining({ field: 'accessId', code: 'read-only-access-id' })]);
    expect(findings[0]?.message).toContain('paste the read-write one, rw_22bb');
    expect(lintConnection('watchguard', { accessId: 'rw_22bb' }, { knownAccessIds: known })).toEqual([]);
    // A pasted read-only ID with a stray space is still recognised.
    expect(
      codes(lintConnection('watchguard', { accessId: 'ro_11aa ' }, { knownAccessIds: known })),
    ).toContain('read-only-access-id');
  });
});

describe('bad arguments', () => {
  it('throws typed errors for an unknown vendor or stated region', () => {
    expect(() => lintConnection('autotask', {})).toThrow(RegionError);
    expect(() => lintConnection('watchguard', {}, { region: 'eu' as never })).toThrow(/no region "eu"/);
  });
});

/**
 * One failing and one passing input per rule, so no rule goes untested: the `satisfies` makes a
 * new LintCode a compile error here until it has its pair. The passing input is the fix the
 * failing message asks for, and must give no finding at all.
 */
describe('every rule: a failing case and its fix', () => {
  type Case = {
    vendor: 'watchguard' | 'cw-rmm' | 'cw-manage';
    bad: Record<string, string>;
    good: Record<string, string>;
  };
  const RULES = {
    empty: { vendor: 'watchguard', bad: { apiKey: '' }, good: { apiKey: 'k3yV4lue9' } },
    'invisible-character': {
      vendor: 'watchguard',
      bad: { accountId: 'WGC-1-2\u200D' },
      good: { accountId: 'WGC-1-2' },
    },
    'surrounding-whitespace': {
      vendor: 'cw-rmm',
      bad: { clientId: '0e31abc\t' },
      good: { clientId: '0e31abc' },
    },
    'inner-whitespace': {
      vendor: 'cw-manage',
      bad: { publicKey: 'AbCd Ef12' },
      good: { publicKey: 'AbCdEf12' },
    },
    'missing-scheme': {
      vendor: 'cw-rmm',
      bad: { serverUrl: 'openapi.service.itsupport247.net' },
      good: { serverUrl: 'https://openapi.service.itsupport247.net' },
    },
    'insecure-scheme': {
      vendor: 'cw-manage',
      bad: { apiUrl: 'http://api-eu.myconnectwise.net' },
      good: { apiUrl: 'https://api-eu.myconnectwise.net' },
    },
    'not-a-url': { vendor: 'watchguard', bad: { apiUrl: 'API URL' }, good: { apiUrl: NA_API } },
    'unknown-host': {
      vendor: 'watchguard',
      bad: { apiUrl: 'https://api.apac.cloud.watchguard.com/rest/endpoint-security/management' },
      good: { apiUrl: 'https://api.jpn.cloud.watchguard.com/rest/endpoint-security/management' },
    },
    'wrong-url-kind': {
      vendor: 'cw-manage',
      bad: { siteUrl: 'https://api-au.myconnectwise.net' },
      good: { siteUrl: 'https://au.myconnectwise.net' },
    },
    'unexpected-path': {
      vendor: 'watchguard',
      bad: { authUrl: 'https://api.usa.cloud.watchguard.com/oauth' },
      good: { authUrl: NA_AUTH },
    },
    'region-mismatch': {
      vendor: 'watchguard',
      bad: { authUrl: EMEA_AUTH, apiUrl: NA_API },
      good: { authUrl: EMEA_AUTH, apiUrl: EMEA_API },
    },
    'url-in-identifier-field': {
      vendor: 'cw-rmm',
      bad: { clientId: 'https://openapi.service.itsupport247.net' },
      good: { clientId: '0e30abc' },
    },
    'unexpected-format': {
      vendor: 'watchguard',
      bad: { accountId: '1234567' },
      good: { accountId: 'ACC-1234567' },
    },
    'read-only-access-id': {
      vendor: 'watchguard',
      bad: { accessId: 'ro_11aa' },
      good: { accessId: 'rw_22bb' },
    },
  } satisfies Record<LintCode, Case>;
  const options = { knownAccessIds: [{ readOnly: 'ro_11aa', readWrite: 'rw_22bb' }] };

  it.each(Object.entries(RULES))('%s', (code, { vendor, bad, good }) => {
    const failing = lintConnection(vendor, bad, options);
    expect(codes(failing)).toContain(code);
    for (const finding of failing) expect(finding.message).toMatch(/paste|copy|type|use|remove|check/i);
    expect(lintConnection(vendor, good, options)).toEqual([]);
  });
});
