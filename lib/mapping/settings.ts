/**
 * Per-pair mapping settings, kept in `storage.local` by the background. A damaged entry falls
 * back to the defaults instead of breaking the screen.
 */
import { z } from 'zod';
import type { StorageAreaLike } from '../extension/storage-area';
import { pairKey } from './keys';
import { DEFAULT_MIN_SCORE } from './matcher';
import type { ConnectionPair } from './store';

export const mappingSettingsSchema = z.object({
  /** Map certain matches (external id, equal name) without asking. Off until the user turns it on. */
  autoApplyExact: z.boolean().default(false),
  /** Similar names scoring below this are not suggested. */
  minScore: z.number().min(0.3).max(0.95).default(DEFAULT_MIN_SCORE),
  /** "Accept all" takes suggestions scoring at least this. */
  bulkThreshold: z.number().min(0.5).max(1).default(0.9),
  /** One left entity per right entity; off when, say, several sites share one company. */
  oneToOne: z.boolean().default(true),
});
export type MappingSettings = z.infer<typeof mappingSettingsSchema>;

/** What the user edits; the bookkeeping below is the background's. */
export const storedSettingsSchema = mappingSettingsSchema.extend({
  /**
   * Auto-apply has handled entities first seen up to this time. Only newer entities are
   * auto-mapped next time, so an undone or unmapped auto match is not re-applied behind the
   * user's back.
   */
  autoAppliedThrough: z.string().datetime().optional(),
});
export type StoredSettings = z.infer<typeof storedSettingsSchema>;

const SETTINGS_KEY = 'mapping.settings';

export function createSettingsStore(area: StorageAreaLike) {
  async function readAll(): Promise<Record<string, unknown>> {
    const raw = (await area.get(SETTINGS_KEY))[SETTINGS_KEY];
    return raw && typeof raw === 'object' && !Array.isArray(raw)
      ? { ...(raw as Record<string, unknown>) }
      : {};
  }
  return {
    async get(pair: ConnectionPair): Promise<StoredSettings> {
      const parsed = storedSettingsSchema.safeParse((await readAll())[pairKey(pair)] ?? {});
      return parsed.success ? parsed.data : storedSettingsSchema.parse({});
    },
    async set(pair: ConnectionPair, settings: StoredSettings): Promise<void> {
      const all = await readAll();
      all[pairKey(pair)] = storedSettingsSchema.parse(settings);
      await area.set({ [SETTINGS_KEY]: all });
    },
  };
}
