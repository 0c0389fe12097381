import { describe, expect, it } from 'vitest';
import { auditRole, getProfile, PermissionsInputError, threatLockerBoardReadiness } from '@/lib/permissions';
import { adminRows, failures, lowerings, parseTable, roleSettings, withLevel } from './helpers';

// ThreatLocker (seeds/002) publishes no table. These are the levels we infer from the features it
// describes; every one must be marked inferred in the catalogue.
const INFERRED = parseTable(`
Companies → Company Maintenance      | Inquire                | All
Companies → Configurations           | Add, Edit, and Inquire | All
Finance → Agreements                 | Edit, Inquire          | All
Service Desk → Close Service Tickets | Edit, Inquire          | All
Service Desk → Service Tickets       | Add, Edit, Inquire     | All
System → Table Setup                 | Inquire                | All
`);
const PROFILE = ['threatlocker-psa'];

describe('threatlocker-psa profile', () => {
  it('says the Admin role is recommended and that its levels are inferred', () => {
    const profile = getProfile('threatlocker-psa');
    expect(profile).toMatchObject({ strictness: 'admin-recommended', acceptsAdminRole: true });
    expect(
      profile?.product === 'manage' && profile.requirements.every((row) => row.inferred && row.basis),
    ).toBe(true);
  });

  it('passes an Admin-style role (All on every function)', () => {
    const report = auditRole(roleSettings(adminRows(INFERRED)), PROFILE);
    expect(report.pass).toBe(true);
    expect(report.findings.every((finding) => finding.inferred)).toBe(true);
  });

  it('passes a role built exactly to the inferred levels', () => {
    const report = auditRole(roleSettings(INFERRED), PROFILE, { mode: 'least-privilege' });
    expect(report.pass).toBe(true);
    expect(report.findings).toHaveLength(12);
  });

  const cases = lowerings(INFERRED).map((c) => ({ ...c, row: INFERRED[c.index]! }));
  it.each(cases)('fails on exactly $row.function $action lowered to $to, marked inferred', (c) => {
    const report = auditRole(roleSettings(withLevel(INFERRED, c.index, c.action, c.to)), PROFILE);
    expect(failures(report)).toEqual([
      expect.objectContaining({
        function: c.row.function,
        action: c.action,
        status: 'missing',
        profiles: ['threatlocker-psa'],
        inferred: true,
      }),
    ]);
  });

  it('is not inferred where a vendor table backs the same level', () => {
    const report = auditRole(roleSettings([]), ['watchguard-cloud-psa', 'threatlocker-psa']);
    const maintenance = report.findings.find(
      (f) => f.function === 'Company Maintenance' && f.action === 'inquire',
    );
    expect(maintenance).toMatchObject({
      profiles: ['watchguard-cloud-psa', 'threatlocker-psa'],
      inferred: false,
    });
  });

  it('lists the admin recommendation and the board conditions as manual checks', () => {
    const report = auditRole(roleSettings(INFERRED), PROFILE);
    expect(report.manualChecks.map((check) => [check.id, check.evaluator])).toEqual([
      ['threatlocker-admin-or-hardened-role', undefined],
      ['threatlocker-board-closed-status', 'threatLockerBoardReadiness'],
      ['threatlocker-board-default-member', 'threatLockerBoardReadiness'],
    ]);
  });
});

describe('threatLockerBoardReadiness', () => {
  it('passes a board with a closed status (any case) and a default member', () => {
    const results = threatLockerBoardReadiness({
      statuses: [{ name: 'New' }, { name: 'In Progress' }, { name: '>ClOsEd (resolved)' }],
      defaultMember: 'jsmith',
    });
    expect(results.map((r) => [r.id, r.status])).toEqual([
      ['threatlocker-board-closed-status', 'pass'],
      ['threatlocker-board-default-member', 'pass'],
    ]);
    expect(results[0]?.detail).toContain('>ClOsEd (resolved)');
    expect(results[0]?.source.vendor).toBe('ThreatLocker');
  });

  it('fails a board without a closed status or without a default member', () => {
    const results = threatLockerBoardReadiness({
      statuses: [{ name: 'New' }, { name: 'Completed' }],
      defaultMember: null,
    });
    expect(results.map((r) => r.status)).toEqual(['fail', 'fail']);
    expect(threatLockerBoardReadiness({ statuses: [], defaultMember: '  ' }).map((r) => r.status)).toEqual([
      'fail',
      'fail',
    ]);
  });

  it('reports an unread default member as unknown, never as a pass', () => {
    const [, member] = threatLockerBoardReadiness({ statuses: [{ name: 'Closed' }] });
    expect(member?.status).toBe('unknown');
  });

  it('refuses statuses that are not an array of named statuses', () => {
    expect(() => threatLockerBoardReadiness({ statuses: 'Closed' } as never)).toThrow(PermissionsInputError);
    expect(() => threatLockerBoardReadiness({ statuses: [{ name: 'New' }, { id: 3 }] } as never)).toThrow(
      /Board status 1 has no name/,
    );
  });
});
