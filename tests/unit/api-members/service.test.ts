import { describe, expect, it } from 'vitest';
import type { FleetReader } from '@/lib/api-members/background/fleet-audit';
import { FLEET_AUDIT_ALARM, fleetBadgeReason } from '@/lib/api-members/background/schedule';
import { createFleetAuditService } from '@/lib/api-members/background/service';
import { parseBackup } from '@/lib/connections/backup';
import { recentFleetRuns } from '@/lib/db/fleet-audits';
import { openCompanionDb } from '@/lib/db/open';
import { createSyncBadge } from '@/lib/sync/background/toolbar-badge';
import { roleFor } from '../../simulators/cw-manage';
import { connectionsHarness, manageRequest } from '../connections/harness';

let databases = 0;

/** Two members on one Huntress role; `settings` is what the server holds for it now. */
function fakeTenant() {
  const tenant = {
    settings: roleFor(5, 'Huntress API', ['huntress-psa']).settings as unknown[],
    reads: 0,
    /** Set to make the next role read hang until `release` (a worker stopping mid-run). */
    hang: false,
    release: () => {},
  };
  const reader: FleetReader = {
    listApiMembers: async () => [
      { id: 903, identifier: 'HuntressEDR', name: 'Huntress', securityRole: { id: 5, name: 'Huntress API' } },
      { id: 910, identifier: 'Huntress2', name: null, securityRole: { id: 5, name: 'Huntress API' } },
    ],
    listRoles: async () => [{ id: 5, name: 'Huntress API', adminFlag: false }],
    roleSettings: async () => {
      tenant.reads += 1;
      if (tenant.hang) await new Promise<void>((resolve) => (tenant.release = resolve));
      return tenant.settings;
    },
  };
  return { tenant, reader };
}

async function setUp() {
  const connections = connectionsHarness();
  const saved = await connections.feature.service.save(manageRequest());
  const { tenant, reader } = fakeTenant();
  const badgeCalls: string[] = [];
  const badge = createSyncBadge(
    {
      setBadgeText: ({ text }) => void badgeCalls.push(text),
      setBadgeBackgroundColor: () => undefined,
      setTitle: () => undefined,
    },
    connections.local,
    fleetBadgeReason(connections.local),
  );
  const name = `fleet-${++databases}`;
  const alarms = new Map<string, { periodInMinutes?: number }>();
  const make = () =>
    createFleetAuditService({
      connections: connections.feature,
      openDb: () => openCompanionDb({ name }),
      storage: connections.local,
      alarms: {
        create: async (alarm, info) => void alarms.set(alarm, info),
        clear: async (alarm) => alarms.delete(alarm),
        getAll: async () => [...alarms].map(([alarm, info]) => ({ name: alarm, ...info })),
      },
      refreshBadge: () => badge.restore(),
      readerFor: () => reader,
    });
  return { connections, id: saved.id, tenant, make, name, alarms, badgeCalls };
}

describe('the API-member audit service', () => {
  it('keeps tags in the connection’s settings, so its backup carries them', async () => {
    const { connections, id, make } = await setUp();
    const service = make();
    await service.setTags(id, 903, ['huntress-psa']);
    const members = await service.listMembers(id);
    expect(members.find((member) => member.id === 903)).toMatchObject({
      tags: ['huntress-psa'],
      suggestions: ['huntress-psa'],
    });
    const [preset] = await connections.feature.service.exportPresets();
    expect(preset?.settings).toMatchObject({ apiMemberTags: { '903': ['huntress-psa'] } });
    await expect(service.setTags(id, 903, ['not-a-profile'])).rejects.toThrow(
      'is not a ConnectWise Manage integration',
    );
  });

  it('refuses a tampered backup with unknown or oversized tags, naming where', () => {
    const file = (apiMemberTags: unknown) =>
      JSON.stringify({
        format: 'msp-portal-companion.backup',
        version: 1,
        exportedAt: '2026-03-01T09:00:00.000Z',
        connections: [
          {
            id: 'p1',
            vendor: 'cw-manage',
            name: 'Imported',
            settings: { ...manageRequest().settings, apiMemberTags },
          },
        ],
        preferences: { autoLockMinutes: 15, defaultRegions: {} },
      });
    expect(parseBackup(file({ '903': ['huntress-psa'] }))).toMatchObject({ ok: true });
    const unknown = parseBackup(file({ '903': ['evil-profile'] }));
    expect(unknown).toMatchObject({ ok: false });
    expect(JSON.stringify(unknown)).toContain('not in the permission catalogue');
    expect(JSON.stringify(parseBackup(file({ '903': ['x'.repeat(500)] })))).toContain(
      'at most 64 characters',
    );
    expect(JSON.stringify(parseBackup(file({ '903': Array(11).fill('huntress-psa') })))).toContain(
      'At most 10 integrations',
    );
    expect(JSON.stringify(parseBackup(file({ admin: ['huntress-psa'] })))).toContain('numeric id');
  });

  it('saves each run whole, shows drift, and raises the toolbar "!" when a scheduled run gets worse', async () => {
    const { id, make, tenant, name, badgeCalls, alarms } = await setUp();
    const service = make();
    await service.start();
    expect(alarms.get(FLEET_AUDIT_ALARM)).toEqual({ delayInMinutes: 1440, periodInMinutes: 1440 });
    await service.setTags(id, 903, ['huntress-psa']);
    const first = await service.run(id, 'manual');
    // Two members on one role: one read.
    expect(tenant.reads).toBe(1);
    expect(first.drift).toBeNull();
    expect(first.run.members.find((member) => member.memberId === 903)?.verdict).toBe('pass');

    tenant.settings = (tenant.settings as { moduleFunctionName: string }[]).map((setting) =>
      setting.moduleFunctionName === 'Products' ? { ...setting, inquireLevel: 'None' } : setting,
    );
    expect(await service.onAlarm(FLEET_AUDIT_ALARM)).toBe(true);
    const last = await service.last(id);
    expect(last?.drift?.verdictChanged).toEqual([
      { member: 'HuntressEDR', from: 'pass', to: 'missing', worse: true, cause: 'role' },
    ]);
    expect(badgeCalls.at(-1)).toBe('!');
    expect(await service.summary()).toMatchObject({
      line: '2 API members: 1 lacking rights, 0 with excess, 1 untagged',
      worse: true,
    });
    await service.acknowledge();
    expect(badgeCalls.at(-1)).toBe('');

    const db = await openCompanionDb({ name });
    expect(await recentFleetRuns(db, id, 10)).toHaveLength(2);
    db.close();

    await service.setSchedule({ enabled: false, intervalMinutes: 1440 });
    expect(alarms.has(FLEET_AUDIT_ALARM)).toBe(false);
  });

  it('a worker stopped mid-run saves nothing, and the next start runs it again from the beginning', async () => {
    const { id, make, tenant, name } = await setUp();
    tenant.hang = true;
    const stopped = make();
    void stopped.run(id, 'manual');
    await expect.poll(() => tenant.reads).toBe(1);
    // The worker is gone: that service is never heard from again.
    let db = await openCompanionDb({ name });
    expect(await recentFleetRuns(db, id, 10)).toHaveLength(0);
    db.close();

    tenant.hang = false;
    await make().start();
    db = await openCompanionDb({ name });
    const runs = await recentFleetRuns(db, id, 10);
    db.close();
    expect(runs).toHaveLength(1);
    expect(runs[0]?.members).toHaveLength(2);
    expect(tenant.reads).toBe(2);
  });
});
