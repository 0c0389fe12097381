import { intervalFor, type SyncSchedule } from '../schedule';

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

/** A connection as the scheduler sees it: when its last run started, if ever. */
export interface ScheduledConnection {
  id: string;
  lastStartedAt: string | null;
}

/**
 * Makes the alarms match the schedule: one periodic alarm per scheduled connection, none for the
 * others. An alarm that already has the right period is kept, so its next time is not pushed back
 * by every start of the background. A new alarm is due one interval after the connection's last
 * run (at once if that is past, or if it never ran): browsers may drop alarms on restart, and a
 * daily sync must not slip a day each time they are recreated.
 */
export async function reconcileAlarms(
  alarms: AlarmsLike,
  schedule: SyncSchedule,
  connections: readonly ScheduledConnection[],
  now: Date,
): Promise<void> {
  const wanted = new Map<string, { minutes: number; delay: number }>();
  for (const connection of connections) {
    const minutes = intervalFor(schedule, connection.id);
    if (minutes === null) continue;
    const sinceLast = connection.lastStartedAt
      ? (now.getTime() - Date.parse(connection.lastStartedAt)) / 60_000
      : Number.POSITIVE_INFINITY;
    wanted.set(connectionAlarmName(connection.id), {
      minutes,
      delay: Math.min(minutes, Math.max(1, minutes - sinceLast)),
    });
  }
  const existing = await alarms.getAll();
  for (const alarm of existing) {
    if (connectionOfAlarm(alarm.name) !== null && !wanted.has(alarm.name)) await alarms.clear(alarm.name);
  }
  for (const [name, { minutes, delay }] of wanted) {
    const current = existing.find((alarm) => alarm.name === name);
    if (current?.periodInMinutes !== minutes) {
      await alarms.create(name, { delayInMinutes: Math.round(delay), periodInMinutes: minutes });
    }
  }
}

export async function setResumeAlarm(alarms: AlarmsLike, busy: boolean): Promise<void> {
  if (busy) await alarms.create(RESUME_ALARM, { delayInMinutes: 1, periodInMinutes: 1 });
  else await alarms.clear(RESUME_ALARM);
}
