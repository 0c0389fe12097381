import { openCompanionDb } from '../../db/open';
import type { PurgeCounts } from '../../db/purge';
import type { CompanionDb } from '../../db/schema';
import type { StorageAreaLike } from '../../extension/storage-area';
import type { VendorConnection } from '../../vendors';
import { type SyncEvent, syncEvent } from '../events';
import { createScheduleStore, intervalFor, type ScheduleStore } from '../schedule';
import { type AlarmsLike, connectionOfAlarm, RESUME_ALARM, reconcileAlarms, setResumeAlarm } from './alarms';
import type { ConnectionDirectory } from './connections';
import { createIdbMappingSource } from './mapping-source';
import { createSyncService, type SyncService } from './service';
import type { EntitySource } from './source';
import { sourcesFor as vendorSources } from './sources';
import { type BadgeApi, createSyncBadge, type SyncBadge } from './toolbar-badge';

export interface SyncBackgroundDeps {
  directory: ConnectionDirectory;
  alarms: AlarmsLike;
  badge: BadgeApi;
  /** `browser.storage.local`: schedule and badge state. */
  storage: StorageAreaLike;
  /** Sends an event to open extension pages; must swallow "no page is listening". */
  broadcast: (event: SyncEvent) => void;
  openDb?: () => Promise<CompanionDb>;
  /** Another feature's reason for the toolbar "!" (see createSyncBadge). */
  alsoRaisedBadge?: () => Promise<string | null>;
  sourcesFor?: (connection: VendorConnection) => EntitySource[];
  log?: (message: string) => void;
  now?: () => Date;
}

/** Everything the sync commands reach, once the database is open. */
export interface SyncBackground {
  service: SyncService;
  schedule: ScheduleStore;
  badge: SyncBadge;
  directory: ConnectionDirectory;
  /** Re-reads connections and schedule and sets the alarms to match (call after either changes). */
  reschedule(): Promise<void>;
  /**
   * After a connection was removed: stops its sync, deletes its synced data, and drops its
   * schedule entry, badge failure and alarm.
   */
  forgetConnection(connectionId: string): Promise<PurgeCounts>;
}

/**
 * The sync's life in the background worker. `ready` opens the database, restores the badge,
 * recreates alarms and resumes runs a stopped worker left behind; `onAlarm` must be registered
 * synchronously at worker start (MV3 only delivers events to listeners added then).
 */
export function startSyncBackground(deps: SyncBackgroundDeps) {
  const log = deps.log ?? (() => undefined);
  const now = deps.now ?? (() => new Date());
  const schedule = createScheduleStore(deps.storage);
  const badge = createSyncBadge(deps.badge, deps.storage, deps.alsoRaisedBadge);
  const database = (deps.openDb ?? openCompanionDb)();
  const entityListeners = new Set<(connectionId: string) => void>();

  const ready: Promise<SyncBackground> = (async () => {
    const db = await database;
    const service = createSyncService({
      db,
      directory: deps.directory,
      sourcesFor: deps.sourcesFor ?? ((connection) => vendorSources(connection)),
      publish: (run) => deps.broadcast(syncEvent(run)),
      onRunFinished: async (run) => {
        // Any run may have written pages, even one that failed later.
        for (const listener of entityListeners) listener(run.connectionId);
        await badge.runFinished(run);
      },
      onBusyChange: (busy) => void setResumeAlarm(deps.alarms, busy).catch(() => log('resume alarm not set')),
      log,
      now,
    });
    const reschedule = async () => {
      const connections = await Promise.all(
        (await deps.directory.list()).map(async ({ id }) => ({
          id,
          lastStartedAt: await service.lastStartedAt(id),
        })),
      );
      await reconcileAlarms(deps.alarms, await schedule.get(), connections, now());
    };
    const forgetConnection = async (connectionId: string): Promise<PurgeCounts> => {
      const counts = await service.forget(connectionId);
      await schedule.forget(connectionId);
      await badge.forget(connectionId);
      await reschedule();
      // The Mappings screen drops what it built from the purged entities.
      for (const listener of entityListeners) listener(connectionId);
      return counts;
    };
    const background: SyncBackground = {
      service,
      schedule,
      badge,
      directory: deps.directory,
      reschedule,
      forgetConnection,
    };
    await Promise.all([badge.restore(), reschedule()]);
    await service.resumeInterrupted();
    return background;
  })();
  ready.catch((error: unknown) =>
    log(`sync unavailable: ${error instanceof Error ? error.message : 'unknown error'}`),
  );

  async function onAlarm(alarm: { name: string }): Promise<void> {
    const connectionId = connectionOfAlarm(alarm.name);
    if (alarm.name !== RESUME_ALARM && connectionId === null) return;
    try {
      const background = await ready;
      if (alarm.name === RESUME_ALARM) {
        await background.service.resumeInterrupted();
        return;
      }
      const id = connectionId!;
      const known = (await deps.directory.list()).some((c) => c.id === id);
      const minutes = intervalFor(await background.schedule.get(), id);
      // A deleted connection or a schedule turned off since the alarm was set: drop the alarm.
      if (!known || minutes === null) {
        await background.reschedule();
        return;
      }
      // Synced successfully within half an interval (e.g. "Sync now"): this turn adds nothing.
      const lastSuccess = await background.service.lastCompleteSync(id);
      if (lastSuccess && now().getTime() - Date.parse(lastSuccess) < (minutes * 60_000) / 2) return;
      await background.service.start(id, 'scheduled');
    } catch (error) {
      log(`scheduled sync not started: ${error instanceof Error ? error.name : 'error'}`);
    }
  }

  /** The Mappings screen's data (lib/mapping/background/service.ts) over the same database and connections. */
  const mappingSource = createIdbMappingSource({
    db: database,
    directory: deps.directory,
    lastCompleteSync: async (connectionId) => (await ready).service.lastCompleteSync(connectionId),
    onEntitiesChanged: (listener) => void entityListeners.add(listener),
  });

  return { ready, onAlarm, mappingSource };
}
