import { describe, expect, it } from 'vitest';
import {
  codebaseFromPageUrl,
  companyInfoSchema,
  companyInfoUrl,
  manageApiBaseUrl,
  normaliseCodebase,
} from '@/lib/regions';

// Source: ConnectWise PSA Developer Guide, "Calling Company Info" and "Cloud URLs"
// (reference/vendor-apis.md §1.1–1.2).
describe('company-info lookup', () => {
  it('builds the unauthenticated lookup URL from a site and company ID', () => {
    expect(companyInfoUrl('na.myconnectwise.net', 'connectwise')).toBe(
      'https://na.myconnectwise.net/login/companyinfo/connectwise',
    );
    expect(companyInfoUrl('https://cw.contoso-msp.com/v4_6_release/', ' My Co ')).toBe(
      'https://cw.contoso-msp.com/login/companyinfo/My%20Co',
    );
    expect(() => companyInfoUrl('na.myconnectwise.net', '  ')).toThrow(/company ID/);
    expect(() => companyInfoUrl('', 'x')).toThrow(/site/);
  });

  it('reads the vendor’s example answer, keeping the codebase’s trailing slash', () => {
    const parsed = companyInfoSchema.parse({
      CompanyName: 'ConnectWise',
      Codebase: 'v2017_3/',
      VersionCode: 'v2017.3',
      VersionNumber: 'v4.6.38842',
      CompanyID: 'CW',
      IsCloud: 'True',
    });
    expect(parsed.Codebase).toBe('v2017_3/');
    expect(companyInfoSchema.parse({ Codebase: 'v2024_1' }).Codebase).toBe('v2024_1/');
    expect(companyInfoSchema.safeParse({ Codebase: '<html>' }).success).toBe(false);
  });
});

describe('codebases', () => {
  it.each([
    ['v2024_1/', 'v2024_1/'],
    ['v2024_1', 'v2024_1/'],
    ['/v4_6_release/', 'v4_6_release/'],
    ['apis', null],
    ['', null],
  ])('normaliseCodebase(%j) → %j', (raw, expected) => {
    expect(normaliseCodebase(raw)).toBe(expected);
  });

  it('reads the codebase from a Manage page address', () => {
    expect(codebaseFromPageUrl('https://eu.myconnectwise.net/v2024_1/ConnectWise.aspx')).toBe('v2024_1/');
    expect(codebaseFromPageUrl('https://eu.myconnectwise.net/ConnectWise.aspx')).toBeNull();
  });
});

describe('manageApiBaseUrl', () => {
  it('maps a cloud site to its api- host', () => {
    expect(manageApiBaseUrl('https://eu.myconnectwise.net', 'v2024_1/')).toBe(
      'https://api-eu.myconnectwise.net/v2024_1/apis/3.0',
    );
    expect(manageApiBaseUrl('au.myconnectwise.net')).toBe(
      'https://api-au.myconnectwise.net/v4_6_release/apis/3.0',
    );
  });

  it('keeps an on-premise host with the default codebase, prefixes api- for a versioned one', () => {
    expect(manageApiBaseUrl('cw.contoso-msp.com')).toBe('https://cw.contoso-msp.com/v4_6_release/apis/3.0');
    expect(manageApiBaseUrl('cw.contoso-msp.com', 'v2025_1')).toBe(
      'https://api-cw.contoso-msp.com/v2025_1/apis/3.0',
    );
  });

  it('refuses a codebase or site it cannot use', () => {
    expect(() => manageApiBaseUrl('na.myconnectwise.net', 'latest')).toThrow(/not a codebase/);
    expect(() => manageApiBaseUrl('', 'v2024_1/')).toThrow(/not a site/);
  });
});
