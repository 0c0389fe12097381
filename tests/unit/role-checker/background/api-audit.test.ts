import { describe, expect, it } from 'vitest';
import { USER_CLASS_PERMISSION_FIELDS } from '@/lib/permissions';
import {
  auditApiMember,
  auditAutomateUserClass,
  auditManageRole,
} from '@/lib/role-checker/background/api-audit';
import { manageRoleReader } from '@/lib/role-checker/background/readers';
import type { CwManageClient } from '@/lib/vendors/cw-manage';
import { apiSettings, fixtureAutomateReader, fixtureManageReader } from '../api-fixtures';
import { MISSING_ROLE, PASSING_ROLE } from '../role-pages';

const reader = fixtureManageReader(
  {
    7: { name: 'API Integrations', levels: MISSING_ROLE },
    8: { name: 'WatchGuard Cloud API', levels: PASSING_ROLE },
  },
  PASSING_ROLE,
);

describe('role audits through the API', () => {
  it('audits a role by id, named as the server names it', async () => {
    const { role, report } = await auditManageRole(reader, 7, ['watchguard-cloud-psa'], 'minimum');
    expect(role).toEqual({ id: 7, name: 'API Integrations' });
    expect(report.summary).toMatchObject({ missing: 5, excess: 0 });
    expect(report.pass).toBe(false);
    expect((await auditManageRole(reader, 8, ['watchguard-cloud-psa'], 'minimum')).report.pass).toBe(true);
  });

  it('gives a role missing from the list a plain name rather than failing', async () => {
    const { role } = await auditManageRole(reader, 99, ['watchguard-cloud-psa'], 'minimum');
    expect(role).toEqual({ id: 99, name: 'Role 99' });
  });

  it("audits the API member's own rights from mySecurity", async () => {
    // The member holds WatchGuard Cloud's table exactly: NinjaOne's extra rights are what it lacks.
    const report = await auditApiMember(reader, ['watchguard-cloud-psa', 'ninjaone-psa'], 'minimum');
    expect(
      report.findings
        .filter((finding) => finding.status === 'missing')
        .map((finding) => `${finding.function} ${finding.action}`),
    ).toEqual(['Contacts add', 'Contacts inquire', 'SLA Dashboard inquire']);
  });

  it('audits an Automate user class and lists what its API cannot show as manual checks', async () => {
    const everything = Object.fromEntries(USER_CLASS_PERMISSION_FIELDS.map((field) => [field, true]));
    const { userClass, report } = await auditAutomateUserClass(fixtureAutomateReader(everything), 4, [
      'rewst-automate',
    ]);
    expect(userClass).toEqual({ id: 4, name: 'Rewst Integration' });
    expect(report.summary.missing).toBe(0);
    expect(report.manualChecks.length).toBeGreaterThan(0);
    const nothing = await auditAutomateUserClass(fixtureAutomateReader({}), 4, ['rewst-automate']);
    expect(nothing.report.pass).toBe(false);
  });

  it('refuses settings it cannot audit instead of passing them', async () => {
    const broken = { ...reader, roleSettings: async () => ({ error: 'not a list' }) };
    await expect(auditManageRole(broken, 7, ['watchguard-cloud-psa'], 'minimum')).rejects.toThrow(
      /Role settings must be the array/,
    );
  });
});

describe('readers over the vendor clients', () => {
  it("drain the Manage client's lists into what the audits read", async () => {
    async function* items<T>(list: T[]) {
      yield* list;
    }
    const client = {
      securityRoles: () => items([{ id: 7, name: 'API Integrations', adminFlag: false }]),
      securityRoleSettings: () => items(apiSettings(MISSING_ROLE)),
      mySecurity: () => items(apiSettings(PASSING_ROLE)),
      all: async <T>(iterable: AsyncIterable<T>) => {
        const out: T[] = [];
        for await (const item of iterable) out.push(item);
        return out;
      },
    } as unknown as CwManageClient;
    const wired = manageRoleReader(client);
    expect(await wired.listRoles()).toEqual([{ id: 7, name: 'API Integrations', adminFlag: false }]);
    const { report } = await auditManageRole(wired, 7, ['watchguard-cloud-psa'], 'minimum');
    expect(report.summary.missing).toBe(5);
  });
});
