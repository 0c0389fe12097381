import { describe, expect, it } from 'vitest';
import { auditRole, getProfile } from '@/lib/permissions';
import { failures, lowerings, parseTable, roleSettings, withLevel } from './helpers';

// NinjaOne's Manage role (seeds/003), restated in the guide's own form: category, the actions it
// lists, and the level. Everything not listed is None. Module names are the real ones (the guide
// misspells Companies once).
const TABLE = parseTable(`
Companies → Company Maintenance      | Inquire               | All
Companies → Configurations           | Add, Edit, and Inquire | All
Companies → Contacts                 | Add, Inquire          | All
Finance → Agreements                 | Add, Edit, Inquire    | All
Procurement → Product Catalog        | Inquire               | All
Procurement → Products               | Inquire               | All
Service Desk → Close Service Tickets | Add, Edit, Inquire    | All
Service Desk → Service Tickets       | Add, Edit, Inquire    | All
Service Desk → SLA Dashboard         | Inquire               | All
System → Table Setup                 | Add, Edit, Inquire    | All
`);
const PROFILE = ['ninjaone-psa'];

describe('ninjaone-psa profile', () => {
  it('is exhaustive: its source sets everything else to None', () => {
    expect(getProfile('ninjaone-psa')).toMatchObject({
      product: 'manage',
      strictness: 'exhaustive',
      source: {
        vendor: 'NinjaOne',
        url: 'https://www.ninjaone.com/docs/integrations/service-automation-and-management-psa-and-itsm/connectwise-manage/manage-rest-api-key-setup/',
      },
    });
  });

  it('passes a role built exactly to the table, in both modes', () => {
    for (const mode of ['minimum', 'least-privilege'] as const) {
      const report = auditRole(roleSettings(TABLE), PROFILE, { mode });
      expect(report.pass).toBe(true);
      expect(failures(report)).toEqual([]);
    }
    // One finding per listed (function, action): 1+3+2+3+1+1+3+3+1+3.
    expect(auditRole(roleSettings(TABLE), PROFILE).findings).toHaveLength(21);
  });

  const cases = lowerings(TABLE).map((c) => ({ ...c, row: TABLE[c.index]! }));
  it.each(cases)('fails on exactly $row.module → $row.function $action lowered $from → $to', (c) => {
    const report = auditRole(roleSettings(withLevel(TABLE, c.index, c.action, c.to)), PROFILE);
    expect(report.pass).toBe(false);
    expect(failures(report)).toEqual([
      expect.objectContaining({
        module: c.row.module,
        function: c.row.function,
        action: c.action,
        required: 'All',
        actual: c.to,
        status: 'missing',
        profiles: ['ninjaone-psa'],
        inferred: false,
      }),
    ]);
  });

  it('in least-privilege mode flags anything above None outside its table, naming NinjaOne', () => {
    const role = [
      ...TABLE,
      {
        module: 'Time & Expense',
        function: 'Time Entry',
        levels: { add: 'My', edit: 'None', delete: 'None', inquire: 'All' },
      } as const,
    ];
    const withDelete = withLevel(role, 1, 'delete', 'All'); // Configurations delete: unlisted
    const report = auditRole(roleSettings(withDelete), PROFILE, { mode: 'least-privilege' });
    expect(report.pass).toBe(false);
    expect(
      failures(report).map((f) => [
        f.module,
        f.function,
        f.action,
        f.required,
        f.actual,
        f.status,
        f.profiles,
      ]),
    ).toEqual([
      ['Companies', 'Configurations', 'delete', 'None', 'All', 'excess', ['ninjaone-psa']],
      ['Time & Expense', 'Time Entry', 'add', 'None', 'My', 'excess', ['ninjaone-psa']],
      ['Time & Expense', 'Time Entry', 'inquire', 'None', 'All', 'excess', ['ninjaone-psa']],
    ]);
    // The same role is fine when only missing rights count.
    expect(auditRole(roleSettings(withDelete), PROFILE).pass).toBe(true);
  });

  it('lists the two Table Setup customize exclusions as manual checks', () => {
    const report = auditRole(roleSettings(TABLE), PROFILE);
    expect(report.manualChecks.map((check) => check.id)).toEqual([
      'ninjaone-table-setup-disallow-communication-type',
      'ninjaone-table-setup-disallow-stsclient',
    ]);
    expect(report.manualChecks[0]).toMatchObject({
      profiles: ['ninjaone-psa'],
      title: expect.stringContaining('Contacts / Communication Type'),
      source: { vendor: 'NinjaOne' },
    });
    expect(report.manualChecks[1]?.title).toContain('General / StsClient');
    expect(report.summary.manual).toBe(2);
  });

  it('matches the real module name, not the guide’s typo "Comanies"', () => {
    const typo = TABLE.map((row) =>
      row.function === 'Configurations' ? { ...row, module: 'Comanies' } : row,
    );
    const report = auditRole(roleSettings(typo), PROFILE);
    expect(report.pass).toBe(false);
    expect(failures(report).map((f) => `${f.module} > ${f.function} ${f.action}`)).toEqual([
      'Companies > Configurations add',
      'Companies > Configurations edit',
      'Companies > Configurations inquire',
    ]);
  });
});
