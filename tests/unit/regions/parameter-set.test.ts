import { describe, expect, it } from 'vitest';
import { formatParameterBlock } from '@/lib/regions';

describe('formatParameterBlock', () => {
  it('lists the whole set in the order the plug-in asks for it, with the region', () => {
    expect(
      formatParameterBlock({
        region: 'apac',
        authUrl: 'https://api.jpn.cloud.watchguard.com/oauth/token',
        apiUrl: 'https://api.jpn.cloud.watchguard.com/rest/endpoint-security/management',
        accountId: 'WGC-1-123abc456',
        accessId: 'rw_7f3c2a',
        apiKey: 'k3yV4lue9',
      }),
    ).toBe(
      [
        'WatchGuard Cloud API parameters — APAC',
        'Authentication API URL: https://api.jpn.cloud.watchguard.com/oauth/token',
        'API URL: https://api.jpn.cloud.watchguard.com/rest/endpoint-security/management',
        'Account ID: WGC-1-123abc456',
        'Access ID (read-write): rw_7f3c2a',
        'API Key: k3yV4lue9',
        'Access Password: (not copied — type the read-write password yourself)',
      ].join('\n'),
    );
  });

  it('says where to find a value the page did not show', () => {
    const block = formatParameterBlock({ authUrl: 'https://api.usa.cloud.watchguard.com/oauth/token' });
    expect(block.split('\n')[0]).toBe('WatchGuard Cloud API parameters');
    expect(block).toContain('Account ID: (not on this page — see Administration → My Account)');
    expect(block).toContain('API Key: (not on this page — see Administration → Managed Access)');
  });
});
