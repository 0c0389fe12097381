import { describe, expect, it } from 'vitest';
import { pageBadgeFor } from '@/lib/regions/page/region-badge';

describe('pageBadgeFor', () => {
  it('a Manage page: the region’s API host and the REST base of the page’s codebase', () => {
    expect(pageBadgeFor('https://eu.myconnectwise.net/v2024_1/ConnectWise.aspx?routeTo=x')).toEqual({
      vendorLabel: 'ConnectWise Manage (PSA)',
      regionLabel: 'Europe',
      rows: [
        { key: 'apiUrl', label: 'API server URL', url: 'https://api-eu.myconnectwise.net' },
        {
          key: 'restBase',
          label: 'REST base (v2024_1)',
          url: 'https://api-eu.myconnectwise.net/v2024_1/apis/3.0',
        },
      ],
    });
  });

  it('a Manage page without a codebase in its address: the API host only; an inferred host says so', () => {
    const badge = pageBadgeFor('https://za.myconnectwise.net/');
    expect(badge?.rows.map((row) => row.key)).toEqual(['apiUrl']);
    expect(badge?.note).toMatch(/derived/);
  });

  it('the ConnectWise RMM portal: its region’s API server', () => {
    expect(pageBadgeFor('https://control.itsupport247.net/QADashB/')).toEqual({
      vendorLabel: 'ConnectWise RMM',
      regionLabel: 'North America',
      rows: [{ key: 'serverUrl', label: 'API server URL', url: 'https://openapi.service.itsupport247.net' }],
    });
  });

  it('a WatchGuard portal: the region’s auth and API URLs', () => {
    expect(pageBadgeFor('https://jpn.cloud.watchguard.com/')?.rows.map((row) => row.url)).toEqual([
      'https://api.jpn.cloud.watchguard.com/oauth/token',
      'https://api.jpn.cloud.watchguard.com/rest/endpoint-security/management',
    ]);
  });

  it('no badge on a page we do not know', () => {
    expect(pageBadgeFor('https://cw.contoso-msp.com/v4_6_release/')).toBeNull();
  });
});
