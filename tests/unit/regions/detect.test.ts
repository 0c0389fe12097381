import { describe, expect, it } from 'vitest';
import { classifyUrl, detectRegion, endpoints, listUrls, REGIONAL_VENDORS, regions } from '@/lib/regions';

describe('detectRegion: portal pages', () => {
  it.each([
    ['https://usa.cloud.watchguard.com/administration/managed-access', 'watchguard', 'na'],
    ['https://deu.cloud.watchguard.com/', 'watchguard', 'emea'],
    ['https://jpn.cloud.watchguard.com/dashboard?x=1', 'watchguard', 'apac'],
    ['https://na.myconnectwise.net/v2024_1/ConnectWise.aspx', 'cw-manage', 'na'],
    ['https://eu.myconnectwise.net/v4_6_release/services/system_io/', 'cw-manage', 'eu'],
    ['https://au.myconnectwise.net/', 'cw-manage', 'au'],
    ['https://aus.myconnectwise.net/', 'cw-manage', 'aus'],
    ['https://za.myconnectwise.net/', 'cw-manage', 'za'],
    ['https://staging.connectwisedev.com/', 'cw-manage', 'staging'],
    ['HTTPS://NA.MyConnectWise.NET/', 'cw-manage', 'na'],
    ['https://control.itsupport247.net/QADashB/QuickAccess/NewDesktops/', 'cw-rmm', 'na'],
  ])('%s → %s/%s', (url, vendor, region) => {
    expect(detectRegion(url)).toEqual({ vendor, region });
  });
});

describe('detectRegion: API URLs', () => {
  it.each([
    ['https://api.usa.cloud.watchguard.com/oauth/token', 'watchguard', 'na'],
    ['https://api.deu.cloud.watchguard.com/rest/endpoint-security/management', 'watchguard', 'emea'],
    ['https://api.jpn.cloud.watchguard.com/rest/platform/accounts/v1/accounts/WGC-1-1', 'watchguard', 'apac'],
    ['https://openapi.service.itsupport247.net/v1/token', 'cw-rmm', 'na'],
    ['https://openapi.service.euplatform.connectwise.com', 'cw-rmm', 'eu'],
    [
      'https://openapi.service.auplatform.connectwise.com/api/platform/v1/company/companies',
      'cw-rmm',
      'asia',
    ],
    ['https://api-na.myconnectwise.net/v2024_1/apis/3.0/system/info', 'cw-manage', 'na'],
    ['https://api-eu.myconnectwise.net', 'cw-manage', 'eu'],
    ['https://api-au.myconnectwise.net', 'cw-manage', 'au'],
    ['https://api-aus.myconnectwise.net', 'cw-manage', 'aus'],
    ['https://api-za.myconnectwise.net', 'cw-manage', 'za'],
    ['https://api-staging.connectwisedev.com/v4_6_release/apis/3.0', 'cw-manage', 'staging'],
  ])('%s → %s/%s', (url, vendor, region) => {
    expect(detectRegion(url)).toEqual({ vendor, region });
  });

  it('accepts a bare host, as people paste them', () => {
    expect(detectRegion('api-eu.myconnectwise.net')).toEqual({ vendor: 'cw-manage', region: 'eu' });
  });
});

describe('detectRegion: not a known region', () => {
  it.each([
    ['the region-less login host', 'https://cloud.watchguard.com/'],
    ['an unofficial mirror host', 'https://api.eu.cloud.watchguard.com/oauth/token'],
    ['an unrelated site', 'https://example.com/'],
    ['a look-alike suffix', 'https://na.myconnectwise.net.evil.example/'],
    ['a non-web scheme', 'ftp://na.myconnectwise.net/'],
    ['an empty string', ''],
    ['not a URL', 'not a url at all'],
  ])('%s → null', (_name, url) => {
    expect(detectRegion(url)).toBeNull();
  });
});

describe('classifyUrl kinds', () => {
  it.each([
    ['https://usa.cloud.watchguard.com/x', 'watchguard-portal'],
    ['https://api.usa.cloud.watchguard.com/oauth/token', 'watchguard-auth'],
    ['https://api.usa.cloud.watchguard.com/oauth/token/', 'watchguard-auth'],
    ['https://api.usa.cloud.watchguard.com/rest/endpoint-security/management', 'watchguard-endpoint-api'],
    [
      'https://api.usa.cloud.watchguard.com/rest/endpoint-security/management/api/v1',
      'watchguard-endpoint-api',
    ],
    ['https://api.usa.cloud.watchguard.com/rest/', 'watchguard-platform-api'],
    ['https://api.usa.cloud.watchguard.com/rest/platform/accounts', 'watchguard-platform-api'],
    ['https://api.usa.cloud.watchguard.com/', 'watchguard-api-other'],
    ['https://openapi.service.itsupport247.net', 'rmm-server'],
    ['https://control.itsupport247.net/', 'rmm-portal'],
    ['https://na.myconnectwise.net', 'manage-site'],
    ['https://api-na.myconnectwise.net', 'manage-api'],
  ])('%s is %s', (url, kind) => {
    expect(classifyUrl(url)?.kind).toBe(kind);
  });
});

describe('every catalogue URL detects as its own vendor and region', () => {
  const all = REGIONAL_VENDORS.flatMap((vendor) =>
    regions(vendor).flatMap(({ region }) =>
      listUrls(endpoints(vendor, region)).map((row) => [row.url, vendor, region] as const),
    ),
  );

  it.each(all)('%s → %s/%s', (url, vendor, region) => {
    expect(detectRegion(url)).toEqual({ vendor, region });
  });
});
