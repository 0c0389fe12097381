import type { SyncRun } from '../../db/records';
import type { StorageAreaLike } from '../../extension/storage-area';

/** The part of `browser.action` (MV3) / `browser.browserAction` (Firefox MV2) the badge uses. */
export interface BadgeApi {
  setBadgeText(details: { text: string }): void | Promise<void>;
  setBadgeBackgroundColor(details: { color: string }): void | Promise<void>;
  setTitle(details: { title: string }): void | Promise<void>;
}

const FAILED_KEY = 'sync.badge.failedConnections';
const DEFAULT_TITLE = 'MSP Portal Companion';

/**
 * A "!" on the toolbar icon while a scheduled sync has failed and nobody looked: set when a
 * scheduled run fails, cleared for a connection by its next successful run and for all when the
 * user opens the sync panel. Kept in storage so it survives the background stopping.
 */
export function createSyncBadge(
  api: BadgeApi,
  area: StorageAreaLike,
  /** Another feature's reason for the same "!" (the API-member audit's worse verdict), or null. */
  alsoRaised: () => Promise<string | null> = async () => null,
) {
  async function failed(): Promise<string[]> {
    const raw = (await area.get(FAILED_KEY))[FAILED_KEY];
    return Array.isArray(raw) ? raw.filter((id): id is string => typeof id === 'string') : [];
  }

  async function show(ids: readonly string[]): Promise<void> {
    await area.set({ [FAILED_KEY]: ids });
    const other = await alsoRaised();
    const raised = ids.length > 0 || other !== null;
    await api.setBadgeText({ text: raised ? '!' : '' });
    if (raised) await api.setBadgeBackgroundColor({ color: '#b42318' });
    const reasons = [
      ...(ids.length
        ? [`the scheduled sync of ${ids.length === 1 ? 'a connection' : `${ids.length} connections`} failed.`]
        : []),
      ...(other ? [other] : []),
    ];
    await api.setTitle({
      title: reasons.length ? `${DEFAULT_TITLE}: ${reasons.join(' ')} Open for details.` : DEFAULT_TITLE,
    });
  }

  /** Takes a connection off the failures shown, if it is there. */
  async function clear(ids: readonly string[], connectionId: string): Promise<void> {
    if (ids.includes(connectionId)) await show(ids.filter((id) => id !== connectionId));
  }

  return {
    failed,
    async runFinished(run: SyncRun): Promise<void> {
      const ids = await failed();
      // An incomplete scheduled run needs a look as much as a failed one: it removed nothing.
      if (
        (run.status === 'failed' || run.status === 'incomplete' || run.heldRemovals) &&
        run.trigger === 'scheduled' &&
        !ids.includes(run.connectionId)
      ) {
        await show([...ids, run.connectionId]);
      } else if (run.status === 'succeeded' && !run.heldRemovals) {
        await clear(ids, run.connectionId);
      }
    },
    /** A removed connection's failure no longer needs anyone's attention. */
    forget: async (connectionId: string): Promise<void> => clear(await failed(), connectionId),
    /** The user has seen the failures (opened the sync panel). */
    acknowledge: (): Promise<void> => show([]),
    /** Puts the badge back after the browser restarted (badge text is not kept across restarts). */
    restore: async (): Promise<void> => show(await failed()),
  };
}
export type SyncBadge = ReturnType<typeof createSyncBadge>;
