import type { AlarmsLike } from '@/lib/sync/background/alarms';
import type { BadgeApi } from '@/lib/sync/background/toolbar-badge';

/** `browser.alarms` in memory: what is scheduled, by name. */
export function fakeAlarms() {
  const alarms = new Map<string, { delayInMinutes?: number; periodInMinutes?: number }>();
  const api: AlarmsLike = {
    create: (name, info) => void alarms.set(name, info),
    clear: async (name) => alarms.delete(name),
    getAll: async () => [...alarms].map(([name, info]) => ({ name, ...info })),
  };
  return { api, alarms };
}

/** The toolbar button's badge and title as last set. */
export function fakeBadge() {
  const state = { text: '', color: '', title: '' };
  const api: BadgeApi = {
    setBadgeText: ({ text }) => {
      state.text = text;
    },
    setBadgeBackgroundColor: ({ color }) => {
      state.color = color;
    },
    setTitle: ({ title }) => {
      state.title = title;
    },
  };
  return { api, state };
}
