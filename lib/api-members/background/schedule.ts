import type { StorageAreaLike } from '../../extension/storage-area';
import type { AlarmsLike } from '../../sync/background/alarms';
import { DEFAULT_FLEET_SCHEDULE, type FleetSchedule, fleetScheduleSchema } from '../schemas';

/**
 * Runs in: the background. The scheduled re-audit (one periodic alarm, daily by default, off
 * switch), the runs in progress (so a worker stopped mid-run starts them over at its next start)
 * and the toolbar flag for a verdict that got worse. All in `storage.local`, which outlives the
 * worker; the alarm uses the same `browser.alarms` machinery as the sync.
 */

export const FLEET_AUDIT_ALARM = 'mpc.api-members.audit';
const SCHEDULE_KEY = 'apiMembers.schedule';
const PENDING_KEY = 'apiMembers.pendingRuns';
/** Read by the toolbar badge (lib/sync/background/toolbar-badge.ts) beside the sync's failures. */
export const FLEET_WORSE_KEY = 'apiMembers.badge.worse';

export function createFleetScheduleStore(area: StorageAreaLike) {
  const read = async <T>(key: string, fallback: T, check: (raw: unknown) => T | undefined): Promise<T> =>
    check((await area.get(key))[key]) ?? fallback;
  const ids = (raw: unknown) =>
    Array.isArray(raw) ? raw.filter((id): id is string => typeof id === 'string') : undefined;
  return {
    get: () =>
      read(SCHEDULE_KEY, DEFAULT_FLEET_SCHEDULE, (raw) => {
        const parsed = fleetScheduleSchema.safeParse(raw);
        return parsed.success ? parsed.data : undefined;
      }),
    set: async (schedule: FleetSchedule) => {
      await area.set({ [SCHEDULE_KEY]: fleetScheduleSchema.parse(schedule) });
      return schedule;
    },
    pending: () => read(PENDING_KEY, [] as string[], ids),
    setPending: async (connectionId: string, running: boolean) => {
      const current = (await read(PENDING_KEY, [] as string[], ids)).filter((id) => id !== connectionId);
      await area.set({ [PENDING_KEY]: running ? [...current, connectionId] : current });
    },
    worse: () => read(FLEET_WORSE_KEY, [] as string[], ids),
    setWorse: (connectionIds: readonly string[]) => area.set({ [FLEET_WORSE_KEY]: [...connectionIds] }),
  };
}

/** Makes the one alarm match the schedule; an alarm already at the right period is left alone. */
export async function reconcileFleetAlarm(alarms: AlarmsLike, schedule: FleetSchedule): Promise<void> {
  const existing = (await alarms.getAll()).find((alarm) => alarm.name === FLEET_AUDIT_ALARM);
  if (!schedule.enabled) {
    if (existing) await alarms.clear(FLEET_AUDIT_ALARM);
    return;
  }
  if (existing?.periodInMinutes !== schedule.intervalMinutes) {
    await alarms.create(FLEET_AUDIT_ALARM, {
      delayInMinutes: schedule.intervalMinutes,
      periodInMinutes: schedule.intervalMinutes,
    });
  }
}

/** The toolbar's reason while a scheduled re-audit found a verdict worse and nobody looked. */
export function fleetBadgeReason(area: StorageAreaLike): () => Promise<string | null> {
  return async () =>
    (await createFleetScheduleStore(area).worse()).length > 0
      ? 'an API member’s audit verdict got worse since the previous audit.'
      : null;
}
