/**
 * The user's preferences for connections: idle time before the vault locks, and the region each
 * new connection form starts with. Stored in `storage.local`; part of the backup.
 */
import { z } from 'zod';
import type { StorageAreaLike } from '../extension/storage-area';
import { CW_MANAGE_REGIONS, CW_RMM_REGIONS, WATCHGUARD_REGIONS } from '../regions/catalogue';
import { DEFAULT_AUTO_LOCK_MINUTES } from '../secrets/vault';

export const PREFERENCES_KEY = 'connections.preferences';
/** One day: beyond that "auto-lock" stops meaning anything. */
export const MAX_AUTO_LOCK_MINUTES = 1440;

const enumOf = <T extends Record<string, unknown>>(table: T) =>
  z.enum(Object.keys(table) as [keyof T & string, ...(keyof T & string)[]]);

export const defaultRegionsSchema = z
  .object({
    watchguard: enumOf(WATCHGUARD_REGIONS).optional(),
    'cw-rmm': enumOf(CW_RMM_REGIONS).optional(),
    'cw-manage': enumOf(CW_MANAGE_REGIONS).optional(),
  })
  .strict();
export type DefaultRegions = z.infer<typeof defaultRegionsSchema>;

export const autoLockMinutesSchema = z
  .number()
  .int('The auto-lock time is a whole number of minutes.')
  .min(1, 'The auto-lock time is at least 1 minute.')
  .max(MAX_AUTO_LOCK_MINUTES, `The auto-lock time is at most ${MAX_AUTO_LOCK_MINUTES} minutes (one day).`);

export const preferencesSchema = z
  .object({
    autoLockMinutes: autoLockMinutesSchema.default(DEFAULT_AUTO_LOCK_MINUTES),
    defaultRegions: defaultRegionsSchema.default({}),
  })
  .strict();
export type Preferences = z.infer<typeof preferencesSchema>;

export const DEFAULT_PREFERENCES: Preferences = preferencesSchema.parse({});

export function createPreferencesStore(area: StorageAreaLike) {
  return {
    /** Saved preferences; defaults when none, or when what is stored no longer parses. */
    async get(): Promise<Preferences> {
      const parsed = preferencesSchema.safeParse((await area.get(PREFERENCES_KEY))[PREFERENCES_KEY] ?? {});
      return parsed.success ? parsed.data : DEFAULT_PREFERENCES;
    },
    async set(preferences: Preferences): Promise<Preferences> {
      const checked = preferencesSchema.parse(preferences);
      await area.set({ [PREFERENCES_KEY]: checked });
      return checked;
    },
  };
}
