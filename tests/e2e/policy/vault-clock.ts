/**
 * Time for the vault's auto-lock, driven from the service worker instead of waited for: the idle
 * time is counted from the session's last activity, and the lock happens when the auto-lock
 * alarm fires. So "N idle minutes later" = the last activity moved N minutes back, then the alarm
 * fired now (unpacked extensions may fire alarms at once) through the worker's own listener.
 */
import type { Worker } from '@playwright/test';
import type { Browser } from 'webextension-polyfill';
import { AUTO_LOCK_ALARM } from '../../../lib/secrets/auto-lock';
import { SESSION_KEY } from '../../../lib/secrets/session';

declare const chrome: Browser;

/** When the auto-lock alarm is due, and the last activity it counts from (epoch ms). */
export function autoLockSchedule(serviceWorker: Worker) {
  return serviceWorker.evaluate(
    async ([alarm, key]) => ({
      alarmAt: (await chrome.alarms.get(alarm))?.scheduledTime ?? null,
      lastActivityAt:
        ((await chrome.storage.session.get(key))[key] as { lastActivityAt?: number } | undefined)
          ?.lastActivityAt ?? null,
    }),
    [AUTO_LOCK_ALARM, SESSION_KEY] as const,
  );
}

/** The vault has been idle `minutes` more than it was, and its auto-lock alarm fires now. */
export function idleThenFireAlarm(serviceWorker: Worker, minutes: number) {
  return serviceWorker.evaluate(
    async ([alarm, key, idleMs]) => {
      const session = (await chrome.storage.session.get(key))[key] as { lastActivityAt: number };
      await chrome.storage.session.set({
        [key]: { ...session, lastActivityAt: session.lastActivityAt - idleMs },
      });
      const fired = new Promise<void>((resolve) => {
        const listener = (info: { name: string }) => {
          if (info.name !== alarm) return;
          chrome.alarms.onAlarm.removeListener(listener);
          resolve();
        };
        chrome.alarms.onAlarm.addListener(listener);
      });
      await chrome.alarms.create(alarm, { when: Date.now() });
      await fired;
    },
    [AUTO_LOCK_ALARM, SESSION_KEY, minutes * 60_000] as const,
  );
}
