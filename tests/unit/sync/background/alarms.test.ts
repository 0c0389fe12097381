import { describe, expect, it } from 'vitest';
import { connectionAlarmName, connectionOfAlarm, reconcileAlarms } from '@/lib/sync/background/alarms';
import { DEFAULT_SYNC_SCHEDULE, intervalFor } from '@/lib/sync/schedule';
import { fakeAlarms } from '../support/fake-alarms';

const now = new Date('2025-03-10T12:00:00.000Z');
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000).toISOString();

describe('reconcileAlarms', () => {
  it('counts the interval from the last run, so a recreated alarm does not push the sync back', async () => {
    const { api, alarms } = fakeAlarms();
    await reconcileAlarms(
      api,
      DEFAULT_SYNC_SCHEDULE,
      [
        { id: 'recent', lastStartedAt: hoursAgo(2) },
        { id: 'overdue', lastStartedAt: hoursAgo(30) },
        { id: 'new', lastStartedAt: null },
      ],
      now,
    );
    expect(Object.fromEntries(alarms)).toEqual({
      [connectionAlarmName('recent')]: { delayInMinutes: 1320, periodInMinutes: 1440 },
      [connectionAlarmName('overdue')]: { delayInMinutes: 1, periodInMinutes: 1440 },
      [connectionAlarmName('new')]: { delayInMinutes: 1, periodInMinutes: 1440 },
    });
  });

  it('keeps an alarm with the right period and leaves alarms of other features alone', async () => {
    const { api, alarms } = fakeAlarms();
    alarms.set(connectionAlarmName('a'), { delayInMinutes: 5, periodInMinutes: 1440 });
    alarms.set('other.feature', { periodInMinutes: 10 });
    alarms.set(connectionAlarmName('deleted'), { periodInMinutes: 1440 });
    await reconcileAlarms(api, DEFAULT_SYNC_SCHEDULE, [{ id: 'a', lastStartedAt: null }], now);
    expect(Object.fromEntries(alarms)).toEqual({
      [connectionAlarmName('a')]: { delayInMinutes: 5, periodInMinutes: 1440 },
      'other.feature': { periodInMinutes: 10 },
    });
  });

  it('reads connection ids back from alarm names, ids with colons included', () => {
    expect(connectionOfAlarm(connectionAlarmName('wg:eu:1'))).toBe('wg:eu:1');
    expect(connectionOfAlarm('mpc.sync.resume')).toBeNull();
  });
});

describe('intervalFor', () => {
  it('applies the off switch, then the connection’s own setting, then the default', () => {
    const schedule = {
      enabled: true,
      defaultIntervalMinutes: 720,
      connections: { a: 60, b: 'off' as const },
    };
    expect([intervalFor(schedule, 'a'), intervalFor(schedule, 'b'), intervalFor(schedule, 'c')]).toEqual([
      60,
      null,
      720,
    ]);
    expect(intervalFor({ ...schedule, enabled: false }, 'a')).toBeNull();
  });
});
