import type { Commands, Handlers } from '../../messaging';
import type { RegionStore } from './store';

type RegionCommand =
  | 'rememberAccessIds'
  | 'listKnownAccessIds'
  | 'saveConnectionDraft'
  | 'getConnectionDraft'
  | 'clearConnectionDraft';

/** The background side of the region helper's commands; the router has checked sender and schema. */
export function regionHandlers(store: RegionStore): Required<Pick<Handlers<Commands>, RegionCommand>> {
  return {
    rememberAccessIds: async (pair) => ({ count: await store.rememberAccessIds(pair) }),
    listKnownAccessIds: async () => ({ accessIds: await store.listAccessIds() }),
    saveConnectionDraft: async (draft) => ({ createdAt: (await store.saveConnectionDraft(draft)).createdAt }),
    getConnectionDraft: async () => ({ draft: await store.getConnectionDraft() }),
    clearConnectionDraft: async () => {
      await store.clearConnectionDraft();
      return { cleared: true as const };
    },
  };
}
