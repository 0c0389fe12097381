import { describe, expect, it } from 'vitest';
import { CLOUD_HOST_PERMISSIONS, matchesAny } from '@/lib/hosts';
import { endpoints, listUrls, RegionError, regions } from '@/lib/regions';
import { knownHosts } from '@/lib/regions/detect';

// Expected values are typed out from the vendor documents, not derived from the catalogue, so a
// typo in either shows up here.
describe('endpoints: WatchGuard Cloud (seeds/000, WatchGuard API docs "Make requests")', () => {
  const expected = {
    na: { host: 'usa', portal: 'https://usa.cloud.watchguard.com' },
    emea: { host: 'deu', portal: 'https://deu.cloud.watchguard.com' },
    apac: { host: 'jpn', portal: 'https://jpn.cloud.watchguard.com' },
  } as const;

  it.each(Object.entries(expected))(
    '%s has the documented auth, API and platform URLs',
    (region, { host, portal }) => {
      const found = endpoints('watchguard', region as keyof typeof expected);
      expect(found).toMatchObject({
        vendor: 'watchguard',
        region,
        portalUrl: portal,
        authUrl: `https://api.${host}.cloud.watchguard.com/oauth/token`,
        apiUrl: `https://api.${host}.cloud.watchguard.com/rest/endpoint-security/management`,
        platformApiUrl: `https://api.${host}.cloud.watchguard.com/rest/platform`,
      });
      expect(found.sources.join(' ')).toContain(
        'https://www.watchguard.com/help/docs/help-center/en-us/Content/en-US/Endpoint-Security/plugins/connectwise-rmm/configure_plugin.html',
      );
    },
  );

  it('spells out the literal NA URLs exactly as the plug-in document does', () => {
    expect(endpoints('watchguard', 'na').authUrl).toBe('https://api.usa.cloud.watchguard.com/oauth/token');
    expect(endpoints('watchguard', 'emea').apiUrl).toBe(
      'https://api.deu.cloud.watchguard.com/rest/endpoint-security/management',
    );
    expect(endpoints('watchguard', 'apac').authUrl).toBe('https://api.jpn.cloud.watchguard.com/oauth/token');
  });
});

describe('endpoints: ConnectWise RMM (seeds/000, "ConnectWise RMM server URL")', () => {
  it.each([
    ['na', 'North America', 'https://openapi.service.itsupport247.net'],
    ['eu', 'Europe', 'https://openapi.service.euplatform.connectwise.com'],
    ['asia', 'Asia', 'https://openapi.service.auplatform.connectwise.com'],
  ] as const)('%s → %s server URL', (region, label, serverUrl) => {
    expect(endpoints('cw-rmm', region)).toMatchObject({ vendor: 'cw-rmm', region, label, serverUrl });
  });

  it('knows only North America’s web portal, and says it is not from a vendor document', () => {
    expect(endpoints('cw-rmm', 'na')).toMatchObject({ portalUrl: 'https://control.itsupport247.net' });
    expect(endpoints('cw-rmm', 'na').note).toMatch(/client code/);
    expect(endpoints('cw-rmm', 'eu').portalUrl).toBeUndefined();
    expect(endpoints('cw-rmm', 'asia').portalUrl).toBeUndefined();
  });
});

describe('endpoints: ConnectWise Manage (PSA Developer Guide cloud URLs; seeds/002 NA/EU/AU)', () => {
  it.each([
    ['na', 'https://na.myconnectwise.net', 'https://api-na.myconnectwise.net'],
    ['eu', 'https://eu.myconnectwise.net', 'https://api-eu.myconnectwise.net'],
    ['au', 'https://au.myconnectwise.net', 'https://api-au.myconnectwise.net'],
    ['aus', 'https://aus.myconnectwise.net', 'https://api-aus.myconnectwise.net'],
    ['za', 'https://za.myconnectwise.net', 'https://api-za.myconnectwise.net'],
    ['staging', 'https://staging.connectwisedev.com', 'https://api-staging.connectwisedev.com'],
  ] as const)('%s → site %s, API %s', (region, siteUrl, apiUrl) => {
    expect(endpoints('cw-manage', region)).toMatchObject({ vendor: 'cw-manage', region, siteUrl, apiUrl });
  });

  it('marks the API hosts no vendor table lists as inferred', () => {
    expect(endpoints('cw-manage', 'za').note).toMatch(/derived/);
    expect(endpoints('cw-manage', 'aus').note).toMatch(/client code/);
    expect(endpoints('cw-manage', 'na').note).toBeUndefined();
  });
});

describe('regions()', () => {
  it('lists each vendor’s regions with human labels, in order', () => {
    expect(regions('watchguard')).toEqual([
      { region: 'na', label: 'NA / Americas' },
      { region: 'emea', label: 'EMEA' },
      { region: 'apac', label: 'APAC' },
    ]);
    expect(regions('cw-rmm').map((r) => r.region)).toEqual(['na', 'eu', 'asia']);
    expect(regions('cw-manage').map((r) => r.region)).toEqual(['na', 'eu', 'au', 'aus', 'za', 'staging']);
  });
});

describe('typed errors', () => {
  it('rejects an unknown vendor with code unknown-vendor and the list of vendors', () => {
    const error = captureError(() => endpoints('autotask', 'na'));
    expect(error).toBeInstanceOf(RegionError);
    expect(error).toMatchObject({ code: 'unknown-vendor', vendor: 'autotask' });
    expect(error.message).toContain('watchguard');
    expect(() => regions('autotask')).toThrow(RegionError);
  });

  it('rejects a region the vendor does not have, naming the valid ones', () => {
    // The api.eu host of an unofficial OpenAPI mirror is not a WatchGuard region.
    const error = captureError(() => endpoints('watchguard', 'eu'));
    expect(error).toMatchObject({ code: 'unknown-region', vendor: 'watchguard', region: 'eu' });
    expect(error.message).toContain('emea (EMEA)');
    expect(() => endpoints('cw-rmm', 'apac')).toThrow(/no region "apac"/);
  });

  it('does not treat inherited object keys as regions', () => {
    expect(() => endpoints('cw-manage', 'toString')).toThrow(RegionError);
  });
});

describe('listUrls()', () => {
  it('gives copy-button rows, auth URL first for WatchGuard', () => {
    expect(listUrls(endpoints('watchguard', 'emea')).map((row) => [row.key, row.url])).toEqual([
      ['authUrl', 'https://api.deu.cloud.watchguard.com/oauth/token'],
      ['apiUrl', 'https://api.deu.cloud.watchguard.com/rest/endpoint-security/management'],
      ['platformApiUrl', 'https://api.deu.cloud.watchguard.com/rest/platform'],
      ['portalUrl', 'https://deu.cloud.watchguard.com'],
    ]);
    expect(listUrls(endpoints('cw-rmm', 'eu'))).toEqual([
      { key: 'serverUrl', label: 'Server URL', url: 'https://openapi.service.euplatform.connectwise.com' },
    ]);
    expect(listUrls(endpoints('cw-manage', 'au'))[0]).toEqual({
      key: 'apiUrl',
      label: 'API URL',
      url: 'https://api-au.myconnectwise.net',
    });
  });
});

describe('catalogue and manifest agree', () => {
  it('every catalogue host is covered by the install-time host permissions (lib/hosts.ts)', () => {
    const uncovered = knownHosts().filter((host) => !matchesAny(`https://${host}/`, CLOUD_HOST_PERMISSIONS));
    expect(uncovered).toEqual([]);
  });
});

function captureError(fn: () => unknown): RegionError {
  try {
    fn();
  } catch (error) {
    return error as RegionError;
  }
  throw new Error('expected a throw');
}
