import { describe, expect, it } from 'vitest';
import { auditRole, type RoleFinding } from '@/lib/permissions';
import { failures, parseTable, roleSettings, rowsFromRequired } from './helpers';

// The three profiles of the seed documents, whose tables the expectations below restate.
const ALL_MANAGE = ['watchguard-cloud-psa', 'ninjaone-psa', 'threatlocker-psa'];

function find(findings: RoleFinding[], fn: string, action: string) {
  return findings.find((finding) => finding.function === fn && finding.action === action);
}

describe('auditRole across several profiles', () => {
  it('passes the union role in least-privilege mode and fails any lower level', () => {
    const rows = rowsFromRequired(ALL_MANAGE);
    const report = auditRole(roleSettings(rows), ALL_MANAGE, { mode: 'least-privilege' });
    expect(report.pass).toBe(true);
    expect(report.profiles).toEqual(ALL_MANAGE);
  });

  it('attributes a missing right to exactly the profiles that need more than the role grants', () => {
    const report = auditRole(roleSettings([]), ['watchguard-cloud-psa', 'ninjaone-psa']);
    expect(find(report.findings, 'Configurations', 'delete')).toMatchObject({
      required: 'All',
      actual: 'None',
      status: 'missing',
      profiles: ['watchguard-cloud-psa'],
    });
    expect(find(report.findings, 'Configurations', 'add')?.profiles).toEqual([
      'watchguard-cloud-psa',
      'ninjaone-psa',
    ]);
    expect(find(report.findings, 'SLA Dashboard', 'inquire')?.profiles).toEqual(['ninjaone-psa']);
    // WatchGuard mentions Company Maintenance add as None: a finding, and never missing.
    expect(find(report.findings, 'Company Maintenance', 'add')).toMatchObject({
      required: 'None',
      status: 'ok',
      profiles: ['watchguard-cloud-psa'],
    });
  });

  it('counts My as below All, and a function absent from the settings as None', () => {
    const report = auditRole(
      roleSettings(parseTable('Companies > Company Maintenance | None | None | None | My')),
      ['ninjaone-psa'],
    );
    expect(find(report.findings, 'Company Maintenance', 'inquire')).toMatchObject({
      actual: 'My',
      status: 'missing',
    });
    expect(find(report.findings, 'SLA Dashboard', 'inquire')).toMatchObject({
      actual: 'None',
      status: 'missing',
    });
  });

  it('reports one finding per mentioned (function, action), sorted by module, function and action', () => {
    const report = auditRole(roleSettings([]), ALL_MANAGE);
    const keys = report.findings.map((f) => `${f.module}|${f.function}|${f.action}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys[0]).toBe('Companies|Company Maintenance|add');
    expect(keys.at(-1)).toBe('System|Table Setup|inquire');
    expect(keys.indexOf('Companies|Contacts|add')).toBeLessThan(keys.indexOf('Finance|Agreements|add'));
    // WatchGuard's 12 rows × 4 actions, plus NinjaOne's Contacts (2) and SLA Dashboard (1); 28 + 3 above None.
    expect(report.summary).toEqual({ ok: 20, missing: 31, excess: 0, manual: 5 });
  });

  it('orders findings the same whatever order the settings come in', () => {
    const rows = rowsFromRequired(ALL_MANAGE);
    const shuffled = [...rows].reverse();
    const extra = parseTable('Time & Expense > Time Entry | My | My | None | All');
    const a = auditRole(roleSettings([...rows, ...extra]), ALL_MANAGE, { mode: 'least-privilege' });
    const b = auditRole(roleSettings([...extra, ...shuffled]), ALL_MANAGE, { mode: 'least-privilege' });
    expect(a).toEqual(b);
  });

  it('matches settings whose names differ in case, spacing, "&" or separators', () => {
    const rows = rowsFromRequired(['watchguard-cloud-psa']).map((row) => ({
      ...row,
      module: row.module.toUpperCase().replace(' ', '   '),
      function: ` ${row.function.toLowerCase()} `,
    }));
    const report = auditRole(roleSettings(rows), ['watchguard-cloud-psa'], { mode: 'least-privilege' });
    expect(report.pass).toBe(true);
    // Findings keep the canonical spelling.
    expect(report.findings[0]).toMatchObject({ module: 'Companies', function: 'Company Maintenance' });
  });

  it('accepts /system/mySecurity rows (extra member field) and nullable levels', () => {
    const rows = roleSettings(rowsFromRequired(['ninjaone-psa'])).map((row) => ({
      ...row,
      member: { id: 5, identifier: 'api-member' },
      deleteLevel: null,
    }));
    expect(auditRole(rows, ['ninjaone-psa'], { mode: 'least-privilege' }).pass).toBe(true);
  });

  it('in least-privilege mode names only exhaustive sources on excess, and stays quiet in minimum mode', () => {
    const rows = [
      ...rowsFromRequired(ALL_MANAGE),
      ...parseTable('System > Member Maintenance | All | None | None | All'),
    ];
    expect(auditRole(roleSettings(rows), ALL_MANAGE).pass).toBe(true);
    const strict = auditRole(roleSettings(rows), ALL_MANAGE, { mode: 'least-privilege' });
    expect(
      failures(strict).map((f) => [f.function, f.action, f.required, f.actual, f.status, f.profiles]),
    ).toEqual([
      ['Member Maintenance', 'add', 'None', 'All', 'excess', ['ninjaone-psa']],
      ['Member Maintenance', 'inquire', 'None', 'All', 'excess', ['ninjaone-psa']],
    ]);
    const wgOnly = auditRole(roleSettings(rows), ['watchguard-cloud-psa'], { mode: 'least-privilege' });
    expect(failures(wgOnly).every((f) => f.status === 'excess' && f.profiles.length === 0)).toBe(true);
  });

  it('flags an excess level on a mentioned action above the union', () => {
    const rows = rowsFromRequired(['ninjaone-psa', 'threatlocker-psa']).map((row) =>
      row.function === 'Agreements' ? { ...row, levels: { ...row.levels, delete: 'My' as const } } : row,
    );
    const report = auditRole(roleSettings(rows), ['ninjaone-psa', 'threatlocker-psa'], {
      mode: 'least-privilege',
    });
    expect(failures(report)).toEqual([
      expect.objectContaining({ function: 'Agreements', action: 'delete', required: 'None', actual: 'My' }),
    ]);
  });

  it('merges manual checks of every selected profile', () => {
    const report = auditRole(roleSettings([]), ['threatlocker-psa', 'ninjaone-psa']);
    expect(report.manualChecks.map((check) => check.profiles[0])).toEqual([
      'ninjaone-psa',
      'ninjaone-psa',
      'threatlocker-psa',
      'threatlocker-psa',
      'threatlocker-psa',
    ]);
  });

  it('returns a report a caller may modify without changing the next one', () => {
    const first = auditRole(roleSettings([]), ['ninjaone-psa']);
    first.manualChecks[0]!.profiles.push('tampered');
    first.findings[0]!.profiles.push('tampered');
    const second = auditRole(roleSettings([]), ['ninjaone-psa']);
    expect(second.manualChecks[0]!.profiles).toEqual(['ninjaone-psa']);
    expect(second.findings[0]!.profiles).toEqual(['ninjaone-psa']);
  });
});
