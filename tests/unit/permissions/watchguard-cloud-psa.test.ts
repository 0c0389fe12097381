import { describe, expect, it } from 'vitest';
import { auditRole, getProfile } from '@/lib/permissions';
import { failures, lowerings, parseTable, roleSettings, withLevel } from './helpers';

// WatchGuard Cloud's minimum Manage role (seeds/001), restated here independently of the
// catalogue so a typo in either one fails these tests. Columns: Add | Edit | Delete | Inquire.
const TABLE = parseTable(`
Companies > Company Maintenance      | None | None | None | All
Companies > Configurations           | All  | All  | All  | All
Finance > Agreements                 | All  | All  | None | All
Finance > Reports                    | None | None | None | All
Procurement > Product Catalog        | None | None | None | All
Procurement > Products               | None | All  | None | All
Service Desk > Close Service Tickets | All  | All  | All  | All
Service Desk > Reports               | None | None | None | All
Service Desk > Service Tickets       | All  | All  | All  | All
System > API Reports                 | All  | All  | None | All
System > My Company                  | None | None | None | All
System > Table Setup                 | All  | All  | None | All
`);
const PROFILE = ['watchguard-cloud-psa'];

describe('watchguard-cloud-psa profile', () => {
  it('describes itself honestly', () => {
    const profile = getProfile('watchguard-cloud-psa');
    expect(profile).toMatchObject({ product: 'manage', strictness: 'minimum', acceptsAdminRole: true });
    expect(profile?.source).toMatchObject({
      vendor: 'WatchGuard',
      url: 'https://www.watchguard.com/help/docs/help-center/en-us/content/en-US/WG-Cloud/psa_integration/integrate_connectwise_psa.html',
    });
  });

  it('passes a role built exactly to the table, in both modes, with every finding ok', () => {
    for (const mode of ['minimum', 'least-privilege'] as const) {
      const report = auditRole(roleSettings(TABLE), PROFILE, { mode });
      expect(report.pass).toBe(true);
      expect(failures(report)).toEqual([]);
      // One finding per (function, action) the table mentions: 12 rows × 4 columns.
      expect(report.findings).toHaveLength(48);
    }
  });

  const cases = lowerings(TABLE).map((c) => ({ ...c, row: TABLE[c.index]! }));
  it.each(cases)('fails on exactly $row.module > $row.function $action lowered $from → $to', (c) => {
    const report = auditRole(roleSettings(withLevel(TABLE, c.index, c.action, c.to)), PROFILE);
    expect(report.pass).toBe(false);
    expect(failures(report)).toEqual([
      {
        kind: 'role',
        module: c.row.module,
        function: c.row.function,
        action: c.action,
        required: c.from,
        actual: c.to,
        status: 'missing',
        profiles: ['watchguard-cloud-psa'],
        inferred: false,
      },
    ]);
  });

  it('has a lowering case for every level above None in the table', () => {
    // 12 rows: 28 cells above None, each lowerable to My and to None.
    expect(cases).toHaveLength(56);
  });

  it('treats a None in the table as "not required": extra rights are fine in minimum mode', () => {
    const report = auditRole(roleSettings(withLevel(TABLE, 0, 'add', 'All')), PROFILE);
    expect(report.pass).toBe(true);
    const strict = auditRole(roleSettings(withLevel(TABLE, 0, 'add', 'All')), PROFILE, {
      mode: 'least-privilege',
    });
    expect(strict.pass).toBe(false);
    // WatchGuard's source is a minimum, so it is not named as objecting to the extra right.
    expect(failures(strict)).toEqual([
      expect.objectContaining({
        function: 'Company Maintenance',
        action: 'add',
        status: 'excess',
        profiles: [],
      }),
    ]);
  });

  it('accepts an Admin-style role (All everywhere) in minimum mode', () => {
    const admin = TABLE.map((row) => ({
      ...row,
      levels: { add: 'All', edit: 'All', delete: 'All', inquire: 'All' } as const,
    }));
    expect(auditRole(roleSettings(admin), PROFILE).pass).toBe(true);
  });
});
