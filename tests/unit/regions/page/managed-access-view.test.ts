import { describe, expect, it } from 'vitest';
import {
  accessIdPairOf,
  managedAccessBlock,
  managedAccessDraft,
  managedAccessRows,
  regionWarning,
} from '@/lib/regions/page/managed-access-view';
import { watchGuardConnectionDraftSchema } from '@/lib/regions/schemas';
import { MANAGED_ACCESS } from './watchguard-pages';

const na = MANAGED_ACCESS.na;

describe('managedAccessRows', () => {
  it('the full set, in the plug-in’s order, the read-only ID last and marked as the wrong one', () => {
    const rows = managedAccessRows(na, [], 'na');
    expect(rows.map((row) => [row.key, row.value])).toEqual([
      ['authUrl', na.authUrl],
      ['apiUrl', na.apiUrl],
      ['accountId', na.accountId],
      ['apiKey', na.apiKey],
      ['readWriteAccessId', na.readWriteAccessId],
      ['readOnlyAccessId', na.readOnlyAccessId],
    ]);
    const readOnly = rows.at(-1);
    expect(readOnly?.tone).toBe('warning');
    expect(readOnly?.hint).toMatch(/Wrong one for the ConnectWise plug-ins/);
    expect(rows.filter((row) => row.tone === 'warning')).toHaveLength(1);
  });

  it('shows the API key masked but copies it whole', () => {
    const apiKey = managedAccessRows(na, [], 'na').find((row) => row.key === 'apiKey');
    expect(apiKey).toMatchObject({ value: na.apiKey, display: '••••L6nB' });
  });

  it('fills missing URLs from the region and says so; says where other missing values are', () => {
    const rows = managedAccessRows({ readWriteAccessId: 'rw_1' }, ['apiKey'], 'apac');
    expect(rows.find((row) => row.key === 'authUrl')).toMatchObject({
      value: 'https://api.jpn.cloud.watchguard.com/oauth/token',
      hint: expect.stringContaining('APAC'),
    });
    expect(rows.find((row) => row.key === 'accountId')).toEqual({
      key: 'accountId',
      label: 'Account ID',
      hint: 'Not on this page: see Administration → My Account.',
    });
    expect(rows.find((row) => row.key === 'apiKey')?.hint).toMatch(/press Show/);
    expect(rows.some((row) => row.key === 'readOnlyAccessId')).toBe(false);
  });
});

describe('managedAccessBlock', () => {
  it('is the readable block with the read-write access ID, never the read-only one', () => {
    const block = managedAccessBlock(na, 'na');
    expect(block).toContain('WatchGuard Cloud API parameters — NA / Americas');
    expect(block).toContain(`Access ID (read-write): ${na.readWriteAccessId}`);
    expect(block).not.toContain(na.readOnlyAccessId);
  });
});

describe('managedAccessDraft', () => {
  it('passes the draft schema, carries no password, drops the page’s query', () => {
    const draft = managedAccessDraft(
      na,
      'na',
      'https://usa.cloud.watchguard.com/administration/managed-access?session=abc#x',
    );
    expect(watchGuardConnectionDraftSchema.parse(draft)).toEqual({
      vendor: 'watchguard',
      region: 'na',
      authUrl: na.authUrl,
      apiUrl: na.apiUrl,
      accountId: na.accountId,
      accessId: na.readWriteAccessId,
      apiKey: na.apiKey,
      sourceUrl: 'https://usa.cloud.watchguard.com/administration/managed-access',
    });
    expect(Object.keys(draft).some((key) => /password|secret/i.test(key))).toBe(false);
  });

  it('with only part of the set: the region’s URLs and nothing invented', () => {
    const draft = managedAccessDraft({}, 'emea', 'https://deu.cloud.watchguard.com/x');
    expect(watchGuardConnectionDraftSchema.parse(draft)).toEqual({
      vendor: 'watchguard',
      region: 'emea',
      authUrl: 'https://api.deu.cloud.watchguard.com/oauth/token',
      apiUrl: 'https://api.deu.cloud.watchguard.com/rest/endpoint-security/management',
      sourceUrl: 'https://deu.cloud.watchguard.com/x',
    });
  });
});

describe('accessIdPairOf and regionWarning', () => {
  it('remembers the read-only ID with its read-write partner and region', () => {
    expect(accessIdPairOf(na, 'na')).toEqual({
      readOnly: na.readOnlyAccessId,
      readWrite: na.readWriteAccessId,
      region: 'na',
    });
    expect(accessIdPairOf({ readWriteAccessId: 'rw' }, 'na')).toBeNull();
  });

  it('warns when the page’s URLs are of another region than the portal', () => {
    expect(regionWarning(na, 'na')).toBeNull();
    expect(regionWarning(na, 'emea')).toMatch(/shows NA \/ Americas URLs, but this portal is EMEA/);
  });
});
