import { z } from 'zod';
import type { StorageAreaLike } from '../extension/storage-area';

/** Choices offered in the settings, in minutes; stored values may be any in the allowed range. */
export const INTERVAL_CHOICES = [
  { minutes: 60, label: 'Every hour' },
  { minutes: 360, label: 'Every 6 hours' },
  { minutes: 720, label: 'Every 12 hours' },
  { minutes: 1440, label: 'Daily' },
  { minutes: 10080, label: 'Weekly' },
] as const;

/** At least hourly (vendor rate limits), at most weekly. */
const intervalSchema = z.number().int().min(60).max(10080);

export const syncScheduleSchema = z.object({
  /** The off switch for every scheduled sync ("Sync now" still works). */
  enabled: z.boolean(),
  defaultIntervalMinutes: intervalSchema,
  /** Per connection: its own interval, or 'off'. Absent = the default. */
  connections: z.record(z.string(), z.union([intervalSchema, z.literal('off')])),
});
export type SyncSchedule = z.infer<typeof syncScheduleSchema>;

export const DEFAULT_SYNC_SCHEDULE: SyncSchedule = {
  enabled: true,
  defaultIntervalMinutes: 1440,
  connections: {},
};

/** Minutes between scheduled syncs of a connection, or null when it is not scheduled. */
export function intervalFor(schedule: SyncSchedule, connectionId: string): number | null {
  if (!schedule.enabled) return null;
  const own = schedule.connections[connectionId];
  if (own === 'off') return null;
  return own ?? schedule.defaultIntervalMinutes;
}

const SCHEDULE_KEY = 'sync.schedule';

/** The schedule in `storage.local`; a damaged value reads as the default (daily), never as "off". */
export function createScheduleStore(area: StorageAreaLike) {
  async function get(): Promise<SyncSchedule> {
    const parsed = syncScheduleSchema.safeParse((await area.get(SCHEDULE_KEY))[SCHEDULE_KEY]);
    return parsed.success ? parsed.data : DEFAULT_SYNC_SCHEDULE;
  }
  async function set(schedule: SyncSchedule): Promise<SyncSchedule> {
    const checked = syncScheduleSchema.parse(schedule);
    await area.set({ [SCHEDULE_KEY]: checked });
    return checked;
  }
  return {
    get,
    set,
    /** Drops a removed connection's own interval (a connection re-added later starts on the default). */
    async forget(connectionId: string): Promise<void> {
      const schedule = await get();
      if (!(connectionId in schedule.connections)) return;
      const { [connectionId]: _dropped, ...connections } = schedule.connections;
      await set({ ...schedule, connections });
    },
  };
}
export type ScheduleStore = ReturnType<typeof createScheduleStore>;
