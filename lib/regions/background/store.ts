/**
 * The region helper's small state, owned by the background (content scripts reach it through named
 * commands): the read-only access IDs seen on Managed Access pages, in `storage.local`, and at most
 * one pending connection draft, in the draft area (it may carry the API key, never the password).
 */

import type { StorageAreaLike } from '../../extension/storage-area';
import {
  type AccessIdPair,
  type StoredAccessIdPair,
  type StoredConnectionDraft,
  storedAccessIdPairSchema,
  storedConnectionDraftSchema,
  type WatchGuardConnectionDraft,
} from '../schemas';

export const ACCESS_IDS_KEY = 'regions.knownAccessIds';
export const CONNECTION_DRAFT_KEY = 'regions.pendingConnectionDraft';
/** Enough for every account a technician switches between; the oldest are dropped first. */
export const MAX_KNOWN_ACCESS_IDS = 50;

/**
 * `draftArea` holds the pending connection draft, which can carry the WatchGuard API key: the
 * background passes `storage.session`, which content scripts cannot read (unlike `storage.local`).
 */
export function createRegionStore(
  area: StorageAreaLike,
  now: () => Date = () => new Date(),
  draftArea: StorageAreaLike = area,
) {
  async function listAccessIds(): Promise<StoredAccessIdPair[]> {
    const raw = (await area.get(ACCESS_IDS_KEY))[ACCESS_IDS_KEY];
    if (!Array.isArray(raw)) return [];
    // Keep every entry that still parses: one damaged record must not cost the others.
    return raw.flatMap((item) => {
      const parsed = storedAccessIdPairSchema.safeParse(item);
      return parsed.success ? [parsed.data] : [];
    });
  }

  return {
    listAccessIds,

    /** Records (or refreshes) a pair; the most recently seen comes first. Returns the count kept. */
    async rememberAccessIds(pair: AccessIdPair): Promise<number> {
      const others = (await listAccessIds()).filter((known) => known.readOnly !== pair.readOnly);
      const next = [{ ...pair, seenAt: now().toISOString() }, ...others].slice(0, MAX_KNOWN_ACCESS_IDS);
      await area.set({ [ACCESS_IDS_KEY]: next });
      return next.length;
    },

    /** Replaces any earlier draft: only the latest "Create connection" is pending. */
    async saveConnectionDraft(draft: WatchGuardConnectionDraft): Promise<StoredConnectionDraft> {
      const stored = storedConnectionDraftSchema.parse({ ...draft, createdAt: now().toISOString() });
      await draftArea.set({ [CONNECTION_DRAFT_KEY]: stored });
      return stored;
    },

    async getConnectionDraft(): Promise<StoredConnectionDraft | null> {
      const raw = (await draftArea.get(CONNECTION_DRAFT_KEY))[CONNECTION_DRAFT_KEY];
      if (raw === undefined) return null;
      const parsed = storedConnectionDraftSchema.safeParse(raw);
      return parsed.success ? parsed.data : null;
    },

    async clearConnectionDraft(): Promise<void> {
      await draftArea.remove(CONNECTION_DRAFT_KEY);
    },
  };
}

export type RegionStore = ReturnType<typeof createRegionStore>;
