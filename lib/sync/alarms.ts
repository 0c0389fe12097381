import { intervalFor, type SyncSchedule } from './schedule';

/** The part of `browser.alarms` the sync uses. */
export interface AlarmsLike {
  create(name: string, info: { delayInMinutes?: number; periodInMinutes?: number }): void | Promise<void>;
  clear(name: string): Promise<boolean>;
  getAll(): Promise<{ name: string; periodInMinutes?: number }[]>;
}

const CONNECTION_ALARM_PREFIX = 'mpc.sync.connection:';

/**
 * While a run is active this alarm fires every minute; if the browser stopped the background
 * mid-run, it wakes it again and the run resumes from its saved cursor.
 */
export const RESUME_ALARM = 'mpc.sync.resume';

export function connectionAlarmName(connectionId: string): string {
  return `${CONNECTION_ALARM_PREFIX}${connectionId}`;
}

export function connectionOfAlarm(name: string): string | null {
  return name.startsWith(CONNECTION_ALARM_PREFIX) ? name.slice(CONNECTION_ALARM_PREFIX.length) : null;
}

/**
 * Makes the alarms match the schedule: one periodic alarm per scheduled connection, none for the
 * others. An alarm that already has the right period is kept, so its next time is not pushed back
 * by every start of the background (browsers may also drop alarms on restart: they are recreated).
 */
export async function reconcileAlarms(
  alarms: AlarmsLike,
  schedule: SyncSchedule,
  connectionIds: readonly string[],
): Promise<void> {
  const wanted = new Map<string, number>();
  for (const id of connectionIds) {
    const minutes = intervalFor(schedule, id);
    if (minutes !== null) wanted.set(connectionAlarmName(id), minutes);
  }
  const existing = await alarms.getAll();
  for (const alarm of existing) {
    if (connectionOfAlarm(alarm.name) !== null && !wanted.has(alarm.name)) await alarms.clear(alarm.name);
  }
  for (const [name, minutes] of wanted) {
    const current = existing.find((alarm) => alarm.name === name);
    if (current?.periodInMinutes !== minutes)
      await alarms.create(name, { delayInMinutes: minutes, periodInMinutes: minutes });
  }
}

export async function setResumeAlarm(alarms: AlarmsLike, busy: boolean): Promise<void> {
  if (busy) await alarms.create(RESUME_ALARM, { delayInMinutes: 1, periodInMinutes: 1 });
  else await alarms.clear(RESUME_ALARM);
}
