import { describe, expect, it } from 'vitest';
import { auditFleet } from '@/lib/api-members/background/fleet-audit';
import { fleetReader } from '@/lib/api-members/background/reader';
import { compareRuns } from '@/lib/api-members/drift';
import { fleetToCsv, fleetToMarkdown } from '@/lib/api-members/export';
import type { FleetRun } from '@/lib/api-members/schemas';
import { suggestProfiles } from '@/lib/api-members/suggest';
import { fleetSummaryLine } from '@/lib/api-members/summary';
import { DELETED_ROLE_ID, roleFor } from '../../simulators/cw-manage';
import { countingRoleReads } from '../support/fleet-reader';
import { useManageSimulator } from '../vendors/cw-manage/harness';

const sim = useManageSimulator();

const TAGS = {
  '901': ['watchguard-cloud-psa'],
  '903': ['huntress-psa'],
  '904': ['ninjaone-psa'],
  '905': ['threatlocker-psa'],
  '906': ['watchguard-cloud-psa'],
  '907': ['huntress-psa'],
  '908': ['kaseya-quote-manager-psa'],
};

/** The reader over the simulator, counting role-settings reads per role id. */
function countingReader(member: 'integration' | 'limited' = 'integration', pageSize?: number) {
  return countingRoleReads(fleetReader(sim.client(sim.config(member)).manage, pageSize ? { pageSize } : {}));
}

const byId = (members: FleetRun['members'], id: number) => members.find((member) => member.memberId === id)!;

function asRun(result: Awaited<ReturnType<typeof auditFleet>>, finishedAt: string): FleetRun {
  return {
    id: finishedAt,
    connectionId: 'c1',
    startedAt: finishedAt,
    finishedAt,
    trigger: 'manual',
    ...result,
  };
}

describe('the tenant-wide API-member audit against the Manage simulator', () => {
  it('reads each distinct role once and gives every member its verdict', async () => {
    const { reader, reads } = countingReader();
    const result = await auditFleet(reader, TAGS);
    expect([...reads.values()].every((count) => count === 1)).toBe(true);
    // Members on roles 1, 3, 4, 5, 6, 7; role 99 is not in the role list, so it is never asked for.
    expect([...reads.keys()].sort((a, b) => a - b)).toEqual([1, 3, 4, 5, 6, 7]);
    expect(result.requests).toBe(2 + 6);
    expect(sim.sim.stats.count('GET /system/apimembers')).toBe(1);

    const { members } = result;
    expect(members).toHaveLength(sim.sim.state.apiMemberDirectory.length);
    expect(byId(members, 903).verdict).toBe('pass');
    expect(byId(members, 906)).toMatchObject({ adminRole: true, verdict: 'excess' });
    expect(byId(members, 906).sensitiveExcess).toContain('Companies › Configuration - Display Passwords');
    expect(byId(members, 907)).toMatchObject({ verdict: 'role-deleted' });
    expect(byId(members, 907).message).toContain(`id ${DELETED_ROLE_ID}`);
    expect(byId(members, 908)).toMatchObject({ verdict: 'missing' });
    expect(byId(members, 908).message).toBe('The role has no settings at all: it grants nothing.');
    expect(byId(members, 908).scope).toContainEqual(
      expect.objectContaining({ id: 'kaseya-quote-manager-member-location', status: 'fail' }),
    );
    expect(byId(members, 902).verdict).toBe('untagged');
    // NinjaOne and ThreatLocker share role 6 and need different rights.
    expect(byId(members, 904).sharesRoleWith).toEqual(['ThreatLockerAPI']);
    expect(byId(members, 905).sharesRoleWith).toEqual(['NinjaOneRMM']);
    expect(byId(members, 905).verdict).toBe('excess');
    // The null reference id and null flag of the spec read as "not set" and "not known".
    expect(byId(members, 903).inactive).toBeNull();
  });

  it('names the right the connection’s own member lacks when it cannot read roles', async () => {
    const { reader } = countingReader('limited');
    const result = await auditFleet(reader, TAGS).catch((error: unknown) => error);
    // The limited role cannot even list API members (System › Member Maintenance).
    expect(result).toMatchObject({
      status: 403,
      grantingFunction: { module: 'System', function: 'Member Maintenance' },
    });
  });

  it('a 403 on the role reads becomes each member’s verdict, naming System › Security', async () => {
    // The connection's own role loses System › Security: roles can no longer be read.
    const role = sim.sim.state.data.roles.find((candidate) => candidate.id === 3)!;
    const row = role.settings.find(
      (setting) => setting.moduleName === 'System' && setting.moduleFunctionName === 'Security',
    )!;
    row.inquireLevel = 'None';
    try {
      const { reader } = countingReader();
      const { members } = await auditFleet(reader, TAGS);
      const huntress = byId(members, 903);
      expect(huntress.verdict).toBe('unreadable');
      expect(huntress.message).toContain('The API member needs System › Security (Inquire)');
    } finally {
      row.inquireLevel = 'All';
    }
  });

  it('reads 300 members over several pages, each role still once', async () => {
    const directory = sim.sim.state.apiMemberDirectory;
    const saved = [...directory];
    for (let index = 0; index < 300 - saved.length; index++) {
      directory.push({ ...saved[index % 6]!, id: 2000 + index, identifier: `Bulk${index}` });
    }
    try {
      const { reader, reads } = countingReader('integration', 50);
      const { members } = await auditFleet(reader, {});
      expect(members).toHaveLength(300);
      expect(sim.sim.stats.count('GET /system/apimembers')).toBe(6);
      expect([...reads.values()].every((count) => count === 1)).toBe(true);
    } finally {
      directory.splice(0, directory.length, ...saved);
    }
  });

  it('shows drift: a right removed from a role, a member moved, a new member', async () => {
    const first = asRun(await auditFleet(countingReader().reader, TAGS), '2026-12-01T00:00:00.000Z');
    const { state } = sim.sim;
    const huntressRole = state.data.roles.find((role) => role.id === 5)!;
    const saved = huntressRole.settings;
    const directory = [...state.apiMemberDirectory];
    // An admin takes Procurement › Products away from the Huntress role.
    huntressRole.settings = roleFor(5, 'Huntress API', ['huntress-psa']).settings.map((setting) =>
      setting.moduleFunctionName === 'Products' ? { ...setting, inquireLevel: 'None' } : setting,
    );
    state.apiMemberDirectory.push({ ...directory[2]!, id: 950, identifier: 'NewBot' });
    state.apiMemberDirectory[3] = { ...directory[3]!, securityRole: { id: 5, name: 'Huntress API' } };
    try {
      const second = asRun(await auditFleet(countingReader().reader, TAGS), '2026-12-02T00:00:00.000Z');
      const drift = compareRuns(first, second);
      expect(drift.newMembers).toEqual(['NewBot']);
      expect(drift.roleChanged).toEqual([
        { member: 'NinjaOneRMM', from: 'Integrations (shared)', to: 'Huntress API' },
      ]);
      expect(drift.rightsChanged[0]).toMatchObject({ role: 'Huntress API' });
      expect(drift.rightsChanged[0]!.removed).toContain('Procurement › Products › Inquire: All');
      expect(drift.verdictChanged).toContainEqual({
        member: 'HuntressEDR',
        from: 'pass',
        to: 'missing',
        worse: true,
        cause: 'role',
      });
      // Same run under another catalogue version: an unchanged role's moved verdict blames the catalogue.
      const recatalogued = {
        ...second,
        catalogueVersion: 'next',
        members: second.members.map((m) => (m.memberId === 906 ? { ...m, verdict: 'missing' as const } : m)),
      };
      expect(compareRuns(second, recatalogued).verdictChanged).toEqual([
        { member: 'LegacyBackup', from: 'excess', to: 'missing', worse: true, cause: 'catalogue' },
      ]);
    } finally {
      huntressRole.settings = saved;
      state.apiMemberDirectory.splice(0, state.apiMemberDirectory.length, ...directory);
    }
  });
});

describe('fleet report helpers', () => {
  it('suggests a tag from the identifier or name, never from a shared vendor name alone', () => {
    expect(suggestProfiles('HuntressEDR', null)).toEqual(['huntress-psa']);
    expect(suggestProfiles('APIIntegration', 'WatchGuard Cloud sync')).toEqual(['watchguard-cloud-psa']);
    expect(suggestProfiles('APILimited', 'Limited API')).toEqual([]);
    // N-able has several Manage profiles: "N-able" alone suggests none of them.
    expect(suggestProfiles('NableBot', 'N-able')).toEqual([]);
  });

  it('exports formula-safe CSV and a summary line', async () => {
    const result = await auditFleet(countingReader().reader, TAGS);
    const run = asRun(result, '2026-12-01T00:00:00.000Z');
    run.members[0] = { ...run.members[0]!, identifier: '=HYPERLINK("x")', name: '+1', roleName: '@SUM(A1)' };
    const csv = fleetToCsv(run);
    expect(csv).toContain(`"'=HYPERLINK(""x"")",'+1,'@SUM(A1)`);
    expect(csv.split('\r\n')[0]).toBe(
      'member,name,role,integrations,verdict,missing,excess,manual,admin role,sensitive excess,shares role with,inactive,note',
    );
    expect(fleetSummaryLine(run)).toBe(
      '9 API members: 1 lacking rights, 3 with excess, 1 not audited, 2 untagged',
    );
    expect(fleetToMarkdown(run, null)).toContain(
      '| LegacyBackup | Admin | watchguard-cloud-psa | Excess rights (Admin role;',
    );
  });
});
