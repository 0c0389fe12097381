import { beforeEach, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { createBackgroundRouter } from '@/lib/background/router';
import { type CompanionDb, listEntities, recentRuns, StoreError } from '@/lib/db';
import { createMemoryStorageArea } from '@/lib/extension/storage-area';
import type { Commands, Result, SenderInfo } from '@/lib/messaging';
import { connectionAlarmName, RESUME_ALARM } from '@/lib/sync/background/alarms';
import type { ConnectionSummary } from '@/lib/sync/background/connections';
import { startSyncBackground } from '@/lib/sync/background/feature';
import { parseSyncEvent, type SyncEvent } from '@/lib/sync/events';
import { vendorError } from '@/lib/vendors/http';
import { openTestDb } from '../../support/db';
import { fakeAlarms, fakeBadge } from '../support/fake-alarms';
import { company, deferred, fakeSource } from '../support/fake-source';
import { directoryOf, MANAGE } from '../support/harness';

const OTHER: ConnectionSummary = { id: 'manage-2', vendor: 'cw-manage', name: 'Manage (EU)' };
const popup = { id: 'ext', url: 'chrome-extension://ext/popup.html' };
const portalTab = {
  id: 'ext',
  url: 'https://na.myconnectwise.net/v4_6_release/ConnectWise.aspx',
  tab: { id: 3 },
};

/** The data of a successful answer; a failure fails the test with its message. */
function data<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`command failed: ${result.error.message}`);
  return result.data;
}

function failureOf<T>(result: Result<T>) {
  if (result.ok) throw new Error('command unexpectedly succeeded');
  return result.error;
}

let db: CompanionDb;
let failNext: boolean;
let gate: ReturnType<typeof deferred<void>> | undefined;
beforeEach(async () => {
  db = await openTestDb();
  failNext = false;
  gate = undefined;
});

function start(connections: ConnectionSummary[] = [MANAGE, OTHER]) {
  const alarms = fakeAlarms();
  const badge = fakeBadge();
  const events: SyncEvent[] = [];
  const sync = startSyncBackground({
    directory: directoryOf(connections),
    alarms: alarms.api,
    badge: badge.api,
    storage: createMemoryStorageArea(),
    broadcast: (event) => events.push(event),
    openDb: async () => db,
    sourcesFor: () => [
      fakeSource({
        pages: [[company(1, 'Acme')]],
        beforePage: async () => {
          await gate?.promise;
          if (failNext) throw vendorError('auth', 'cw-manage');
        },
      }),
    ],
  });
  const route = createBackgroundRouter({
    version: '1.0.0',
    extensionId: 'ext',
    extensionOrigin: 'chrome-extension://ext',
    startedAt: new Date(),
    sync: () => sync.ready,
  });
  const call = async <K extends keyof Commands>(
    command: K,
    payload: z.input<Commands[K]['request']>,
    sender: SenderInfo = popup,
  ) => (await route({ command, payload }, sender)) as Result<z.output<Commands[K]['response']>>;
  const idle = async () => (await sync.ready).service.idle();
  return { sync, alarms, badge, events, call, idle };
}

describe('scheduling', () => {
  it('schedules every connection daily by default, and follows the schedule settings', async () => {
    const { sync, alarms, call } = start();
    await sync.ready;
    // Never synced: the first scheduled sync is due at once.
    expect(alarms.alarms.get(connectionAlarmName(MANAGE.id))).toEqual({
      delayInMinutes: 1,
      periodInMinutes: 1440,
    });

    const saved = await call('setSyncSchedule', {
      enabled: true,
      defaultIntervalMinutes: 1440,
      connections: { [MANAGE.id]: 360, [OTHER.id]: 'off' },
    });
    expect(data(saved).connections[OTHER.id]).toBe('off');
    expect(alarms.alarms.get(connectionAlarmName(MANAGE.id))?.periodInMinutes).toBe(360);
    expect(alarms.alarms.has(connectionAlarmName(OTHER.id))).toBe(false);

    await call('setSyncSchedule', { enabled: false, defaultIntervalMinutes: 1440, connections: {} });
    expect([...alarms.alarms.keys()]).toEqual([]);
    const status = data(await call('getSyncStatus', {}));
    expect(status.connections.map((c) => c.intervalMinutes)).toEqual([null, null]);
  });

  it('reads the status without touching the alarms; a reschedule (after a save) sets them', async () => {
    const { sync, alarms, call } = start();
    const background = await sync.ready;
    alarms.alarms.delete(connectionAlarmName(MANAGE.id));
    data(await call('getSyncStatus', {}));
    expect(alarms.alarms.has(connectionAlarmName(MANAGE.id))).toBe(false);
    await background.reschedule();
    expect(alarms.alarms.has(connectionAlarmName(MANAGE.id))).toBe(true);
  });

  it('refuses an interval outside an hour to a week, naming the field', async () => {
    const { call } = start();
    const error = failureOf(
      await call('setSyncSchedule', { enabled: true, defaultIntervalMinutes: 5, connections: {} }),
    );
    expect(error.code).toBe('invalid-request');
    expect(error.message).toContain('defaultIntervalMinutes');
  });

  it('an alarm starts a scheduled sync; one for a deleted connection only removes the alarm', async () => {
    const { sync, alarms, idle } = start([MANAGE]);
    await sync.ready;
    alarms.alarms.set(connectionAlarmName('deleted'), { periodInMinutes: 1440 });
    await sync.onAlarm({ name: connectionAlarmName('deleted') });
    expect(alarms.alarms.has(connectionAlarmName('deleted'))).toBe(false);

    await sync.onAlarm({ name: connectionAlarmName(MANAGE.id) });
    await idle();
    const [status] = (await (await sync.ready).service.status()) ?? [];
    expect(status?.lastRun).toMatchObject({ trigger: 'scheduled', status: 'succeeded' });
  });

  it('skips a scheduled turn shortly after a successful sync, not after a failed one', async () => {
    const { sync, call, idle } = start([MANAGE]);
    const runs = async () =>
      (await (await sync.ready).service.history(MANAGE.id, { runs: 10, changes: 0 })).runs;
    failNext = true;
    await call('syncNow', { connectionId: MANAGE.id });
    await idle();
    failNext = false;
    await sync.onAlarm({ name: connectionAlarmName(MANAGE.id) });
    await idle();
    expect((await runs()).map((run) => `${run.trigger}:${run.status}`)).toEqual([
      'scheduled:succeeded',
      'manual:failed',
    ]);

    await sync.onAlarm({ name: connectionAlarmName(MANAGE.id) });
    await idle();
    expect(await runs()).toHaveLength(2);
  });

  it('keeps a resume alarm only while a sync runs', async () => {
    gate = deferred<void>();
    const { alarms, call, idle } = start();
    await call('syncNow', { connectionId: MANAGE.id });
    expect(alarms.alarms.get(RESUME_ALARM)).toEqual({ delayInMinutes: 1, periodInMinutes: 1 });
    gate.resolve();
    await idle();
    expect(alarms.alarms.has(RESUME_ALARM)).toBe(false);
  });
});

describe('the toolbar badge', () => {
  it('shows a failed scheduled sync until the user looks, and a manual failure not at all', async () => {
    const { sync, badge, call, idle } = start();
    await sync.ready;
    failNext = true;
    await call('syncNow', { connectionId: MANAGE.id });
    await idle();
    expect(badge.state.text).toBe('');

    await sync.onAlarm({ name: connectionAlarmName(MANAGE.id) });
    await idle();
    expect(badge.state).toMatchObject({ text: '!', color: '#b42318' });
    expect(badge.state.title).toContain('the scheduled sync of a connection failed');
    expect(data(await call('getSyncStatus', {})).scheduledFailures).toEqual([MANAGE.id]);

    await call('acknowledgeSyncFailures', {});
    expect(badge.state.text).toBe('');
  });

  it('clears for a connection whose next sync succeeds', async () => {
    const { sync, badge, idle } = start();
    failNext = true;
    await sync.onAlarm({ name: connectionAlarmName(MANAGE.id) });
    await idle();
    expect(badge.state.text).toBe('!');
    failNext = false;
    await sync.onAlarm({ name: connectionAlarmName(MANAGE.id) });
    await idle();
    expect(badge.state.text).toBe('');
  });
});

describe('forgetting a removed connection', () => {
  it('stops its sync, deletes its data, and drops its schedule entry, badge failure and alarm', async () => {
    const connections = [MANAGE, OTHER];
    const { sync, alarms, badge, call, idle } = start(connections);
    const background = await sync.ready;
    failNext = true;
    await sync.onAlarm({ name: connectionAlarmName(MANAGE.id) });
    await idle();
    failNext = false;
    await call('setSyncSchedule', {
      enabled: true,
      defaultIntervalMinutes: 1440,
      connections: { [MANAGE.id]: 360 },
    });
    await call('syncNow', { connectionId: OTHER.id });
    await idle();
    expect(badge.state.text).toBe('!');

    gate = deferred<void>();
    await call('syncNow', { connectionId: MANAGE.id });
    connections.splice(connections.indexOf(MANAGE), 1); // the connections feature removed it
    const forgetting = background.forgetConnection(MANAGE.id);
    gate.resolve();
    const counts = await forgetting;

    expect(counts.syncRuns).toBe(2);
    expect(background.service.isRunning(MANAGE.id)).toBe(false);
    expect(await listEntities(db, MANAGE.id)).toEqual([]);
    expect(await recentRuns(db, MANAGE.id, 10)).toEqual([]);
    expect(await listEntities(db, OTHER.id)).toHaveLength(1);
    expect((await background.schedule.get()).connections).toEqual({});
    expect(badge.state.text).toBe('');
    expect(alarms.alarms.has(connectionAlarmName(MANAGE.id))).toBe(false);
    expect(alarms.alarms.has(connectionAlarmName(OTHER.id))).toBe(true);
  });
});

describe('commands', () => {
  it('sync now, status and history through the router, with progress broadcast as checked events', async () => {
    const { call, events, idle } = start();
    const started = data(await call('syncNow', { all: true }));
    expect(started.started.map((s) => s.connectionId)).toEqual([MANAGE.id, OTHER.id]);
    await idle();

    const status = data(await call('getSyncStatus', {}));
    expect(status.connections[0]).toMatchObject({
      connection: MANAGE,
      running: false,
      lastRun: { status: 'succeeded', counts: { records: 1, added: 1 } },
      entities: { active: 1, unmapped: 1 },
      intervalMinutes: 1440,
    });
    const history = data(await call('getSyncHistory', { connectionId: MANAGE.id }));
    expect(history.runs).toHaveLength(1);
    expect(history.changes.map((c) => c.change)).toEqual(['added']);

    expect(events.length).toBeGreaterThan(4);
    expect(events.every((event) => parseSyncEvent(event) !== null)).toBe(true);
    expect(parseSyncEvent({ channel: 'mpc.sync.progress', run: { id: 'x' } })).toBeNull();
  });

  it('explains an unknown connection, and refuses content scripts', async () => {
    const { call } = start();
    const unknown = failureOf(await call('syncNow', { connectionId: 'nope' }));
    expect(unknown.code).toBe('handler-failed');
    expect(unknown.message).toContain('There is no saved connection "nope".');
    const fromPortal = failureOf(await call('syncNow', { connectionId: MANAGE.id }, portalTab));
    expect(fromPortal.code).toBe('forbidden-sender');
  });

  it('cancel stops a running sync', async () => {
    gate = deferred<void>();
    const { call, idle } = start();
    await call('syncNow', { connectionId: MANAGE.id });
    expect(data(await call('cancelSync', { connectionId: MANAGE.id }))).toEqual({ cancelled: true });
    gate.resolve();
    await idle();
    const status = data(await call('getSyncStatus', {}));
    expect(status.connections[0]?.lastRun?.status).toBe('cancelled');
  });

  it('answers with the reason when the database cannot open', async () => {
    const route = createBackgroundRouter({
      version: '1.0.0',
      extensionId: 'ext',
      extensionOrigin: 'chrome-extension://ext',
      startedAt: new Date(),
      sync: () => Promise.reject(new StoreError('newer-version', 'Too new.', 'Update.')),
    });
    const result = (await route({ command: 'getSyncStatus', payload: {} }, popup)) as {
      error: { message: string };
    };
    expect(result.error.message).toBe('Too new. Update.');
  });
});

describe('the Mappings screen’s source', () => {
  it('lists connections with their entity counts and serves the synced entities', async () => {
    const { sync, call, idle } = start();
    const changed: string[] = [];
    sync.mappingSource.onEntitiesChanged?.((connectionId) => changed.push(connectionId));
    expect(await sync.mappingSource.lastCompleteSync?.(MANAGE.id)).toBeUndefined();

    await call('syncNow', { connectionId: MANAGE.id });
    await idle();

    expect(changed).toEqual([MANAGE.id]);
    expect(await sync.mappingSource.connections()).toEqual([
      { id: MANAGE.id, label: 'Manage (NA) (ConnectWise Manage)', entityCount: 1 },
      { id: OTHER.id, label: 'Manage (EU) (ConnectWise Manage)', entityCount: 0 },
    ]);
    const [run] = (await (await sync.ready).service.history(MANAGE.id, { runs: 1, changes: 0 })).runs;
    expect(await sync.mappingSource.lastCompleteSync?.(MANAGE.id)).toBe(run?.startedAt);
    expect((await sync.mappingSource.store.entities(MANAGE.id)).map((e) => e.name)).toEqual(['Acme']);
    expect(sync.mappingSource.describeError?.(new StoreError('stale-change', 'Changed.', 'Reload.'))).toBe(
      'Changed. Reload.',
    );
    expect(sync.mappingSource.describeError?.(new Error('boom'))).toBeUndefined();
  });
});
