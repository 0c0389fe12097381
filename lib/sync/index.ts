/**
 * Account sync (background only): pulls every entity of a connection through its vendor client
 * into the companion database (lib/db), one run per connection, resumable and cancellable.
 *
 *   const sync = startSyncBackground({ directory, alarms, badge, storage, broadcast });
 *   browser.alarms.onAlarm.addListener(sync.onAlarm);          // at worker start
 *   const { service } = await sync.ready;
 *   await service.start(connectionId, 'manual');               // → { runId, alreadyRunning }
 *
 * Pages use the commands in commands.ts and follow progress with `useSyncStatus()`.
 */
export { type AlarmsLike, connectionAlarmName, RESUME_ALARM, reconcileAlarms } from './background/alarms';
export {
  type ConnectionDirectory,
  type ConnectionSummary,
  emptyConnectionDirectory,
} from './background/connections';
export { runSync } from './background/engine';
export { ConnectionUnavailableError, describeSyncError, SyncRunError } from './background/errors';
export { type SyncBackground, type SyncBackgroundDeps, startSyncBackground } from './background/feature';
export {
  type ConnectionSyncStatus,
  createSyncService,
  type StartResult,
  type SyncService,
} from './background/service';
export type { EntitySource, SourceCursor, SourceEntity, SourcePage } from './background/source';
export { sourcesFor } from './background/sources';
export { type BadgeApi, createSyncBadge } from './background/toolbar-badge';
export { parseSyncEvent, type RunSummary, SYNC_EVENT_CHANNEL, type SyncEvent } from './events';
export { DEFAULT_SYNC_SCHEDULE, intervalFor, type SyncSchedule } from './schedule';
