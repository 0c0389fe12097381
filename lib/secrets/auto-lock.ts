import type { AutoLockScheduler } from './session';

/** The alarm that locks an idle passphrase vault; the background routes it to `checkAutoLock`. */
export const AUTO_LOCK_ALARM = 'vault-auto-lock';

/** The part of `browser.alarms` the scheduler needs. */
export interface AlarmsLike {
  create(name: string, info: { when: number }): void | Promise<void>;
  clear(name: string): Promise<boolean> | Promise<void>;
}

/**
 * Auto-lock through `alarms`: a timer would die with the service worker, an alarm wakes it up.
 * Re-creating an alarm of the same name replaces it, so activity simply pushes the lock back.
 */
export function alarmScheduler(alarms: AlarmsLike): AutoLockScheduler {
  return {
    schedule: async (atMs) => {
      await alarms.create(AUTO_LOCK_ALARM, { when: atMs });
    },
    cancel: async () => {
      await alarms.clear(AUTO_LOCK_ALARM);
    },
  };
}
