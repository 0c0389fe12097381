import { describe, expect, it } from 'vitest';
import { functionKey } from '@/lib/permissions';
import { profileShortName } from '@/lib/role-checker/integrations';
import { judgePage } from '../catalogue';
import { parseHtml, readFixture } from '../dom';
import { FIXTURE_MODULES, MISSING_ROLE, PASSING_ROLE, rolePage } from '../role-pages';

const WATCHGUARD = ['watchguard-cloud-psa'];
const key = (module: string, fn: string) => functionKey(module, fn);

describe('judgePage', () => {
  it("passes a role built exactly to WatchGuard Cloud's table", () => {
    const verdict = judgePage(readFixture('role-passing.html'), WATCHGUARD, 'minimum');
    expect(verdict).toMatchObject({ pass: true, complete: true, unread: [] });
    expect(verdict.counts).toEqual({
      missing: 0,
      excess: 0,
      ok: 48,
      customizeFailed: 0,
      unread: 0,
      manual: 0,
      inferred: 0,
    });
    expect(verdict.report.pass).toBe(true);
  });

  it('fails on exactly the five rights the role lacks, each on its own row', () => {
    const verdict = judgePage(readFixture('role-missing.html'), WATCHGUARD, 'minimum');
    const missing = verdict.report.findings
      .filter((finding) => finding.status === 'missing')
      .map(
        (finding) =>
          `${finding.module} > ${finding.function} > ${finding.action}: ${finding.actual} < ${finding.required}`,
      );
    expect(missing).toEqual([
      'Companies > Configurations > delete: None < All',
      'Finance > Reports > inquire: My < All',
      'Procurement > Products > edit: None < All',
      'Service Desk > Service Tickets > delete: My < All',
      'System > Table Setup > add: None < All',
    ]);
    expect(verdict.pass).toBe(false);
    expect(verdict.rows.get(key('Companies', 'Configurations'))?.status).toBe('missing');
    expect(verdict.rows.get(key('Finance', 'Agreements'))?.status).toBe('ok');
    // Rows no selected integration mentions get no verdict (and no badge).
    expect(verdict.rows.has(key('Companies', 'Notes'))).toBe(false);
    // Rows come in page order.
    expect([...verdict.rows.keys()][0]).toBe(key('Companies', 'Company Maintenance'));
  });

  it('in least-privilege mode also fails rights beyond what the integrations need', () => {
    const verdict = judgePage(
      readFixture('role-missing.html'),
      [...WATCHGUARD, 'ninjaone-psa'],
      'least-privilege',
    );
    expect(verdict.counts).toMatchObject({ missing: 6, excess: 5, manual: 2 });
    const member = verdict.rows.get(key('System', 'Member Maintenance'));
    expect(member?.status).toBe('excess');
    expect(member?.findings.map((finding) => finding.profiles)).toEqual([
      ['ninjaone-psa'],
      ['ninjaone-psa'],
      ['ninjaone-psa'],
      ['ninjaone-psa'],
    ]);
  });

  it('moves what a collapsed module hides out of the verdict, and never passes', () => {
    const page = readFixture(
      parseHtml(rolePage({ roleName: 'R', levels: PASSING_ROLE, collapsed: ['System'] })),
    );
    const verdict = judgePage(page, WATCHGUARD, 'minimum');
    expect(verdict.report.pass).toBe(true);
    expect(verdict.pass).toBe(false);
    expect(verdict.complete).toBe(false);
    expect(verdict.collapsedModules).toEqual(['System']);
    expect(verdict.unread.map((item) => `${item.function} ${item.action} ${item.reason}`)).toEqual([
      'API Reports add module-collapsed',
      'API Reports edit module-collapsed',
      'API Reports inquire module-collapsed',
      'My Company inquire module-collapsed',
      'Table Setup add module-collapsed',
      'Table Setup edit module-collapsed',
      'Table Setup inquire module-collapsed',
    ]);
    // Requirements of None are met whatever the hidden row grants, in minimum mode.
    expect(verdict.unread.some((item) => item.required === 'None')).toBe(false);
  });

  it('in least-privilege mode a collapsed module leaves the check incomplete even with nothing required there', () => {
    const page = readFixture(
      parseHtml(rolePage({ roleName: 'R', levels: PASSING_ROLE, collapsed: ['Time & Expense'] })),
    );
    expect(judgePage(page, WATCHGUARD, 'minimum').pass).toBe(true);
    const strict = judgePage(page, WATCHGUARD, 'least-privilege');
    expect(strict).toMatchObject({ complete: false, pass: false, unread: [] });
  });

  it('keeps a label it cannot read out of the verdict, with the label', () => {
    const verdict = judgePage(readFixture('role-unknown-level.html'), WATCHGUARD, 'minimum');
    expect(verdict.unread).toEqual([
      {
        module: 'Service Desk',
        function: 'Service Tickets',
        action: 'delete',
        required: 'All',
        profiles: ['watchguard-cloud-psa'],
        inferred: false,
        reason: 'unknown-level',
        label: 'Mine',
      },
    ]);
    expect(verdict.rows.get(key('Service Desk', 'Service Tickets'))?.status).toBe('unread');
    // The row's other three levels were read and still judged.
    expect(verdict.rows.get(key('Service Desk', 'Service Tickets'))?.findings).toHaveLength(3);
    expect(
      verdict.report.findings.some(
        (finding) => finding.function === 'Service Tickets' && finding.action === 'delete',
      ),
    ).toBe(false);
    expect(verdict.pass).toBe(false);
  });

  it('says a required function the expanded page does not show was not read, rather than None', () => {
    const modules = FIXTURE_MODULES.map((module) => ({
      ...module,
      functions: module.functions.filter((fn) => fn.name !== 'SLA Dashboard'),
    }));
    const page = readFixture(parseHtml(rolePage({ roleName: 'R', levels: MISSING_ROLE, modules })));
    const verdict = judgePage(page, ['ninjaone-psa'], 'minimum');
    const sla = verdict.unread.filter((item) => item.function === 'SLA Dashboard');
    expect(sla.map((item) => [item.action, item.reason])).toEqual([['inquire', 'not-on-page']]);
  });

  it('counts inferred findings and checks', () => {
    const verdict = judgePage(readFixture('role-missing.html'), ['threatlocker-psa'], 'minimum');
    expect(verdict.counts.inferred).toBeGreaterThan(0);
    expect(verdict.counts.inferred).toBe(
      verdict.report.findings.filter((finding) => finding.inferred).length +
        verdict.report.manualChecks.filter((check) => check.inferred).length,
    );
  });

  it("refuses an unknown integration with the audit engine's own error", () => {
    expect(() => judgePage(readFixture('role-missing.html'), ['no-such-profile'], 'minimum')).toThrow(
      /Unknown profile id "no-such-profile"/,
    );
  });
});

describe('profileShortName', () => {
  it('takes the part of the title before the arrow', () => {
    expect(profileShortName('watchguard-cloud-psa')).toBe('WatchGuard Cloud');
    expect(profileShortName('ninjaone-psa')).toBe('NinjaOne');
    expect(profileShortName('unknown-id')).toBe('unknown-id');
  });
});
