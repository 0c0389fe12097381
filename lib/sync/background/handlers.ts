import { StoreError } from '../../db/errors';
import { CommandError, type Commands, type Handlers } from '../../messaging';
import type { syncCommands } from '../commands';
import { intervalFor } from '../schedule';
import { SyncRunError } from './errors';
import type { SyncBackground } from './feature';

type SyncCommandName = keyof typeof syncCommands;

/** Changes listed in the history: enough for "what changed since the last sync" at a glance. */
const HISTORY_CHANGES = 200;

/**
 * The background side of the sync commands. `getSync` resolves once the database is open; if it
 * cannot open (e.g. written by a newer version) every command answers with that reason.
 */
export function syncHandlers(
  getSync: (() => Promise<SyncBackground>) | undefined,
): Required<Pick<Handlers<Commands>, SyncCommandName>> {
  async function sync(): Promise<SyncBackground> {
    if (!getSync) throw new CommandError('Sync is not available here.');
    try {
      return await getSync();
    } catch (error) {
      throw plain(error);
    }
  }

  return {
    getSyncStatus: async () => {
      const { service, schedule, badge } = await sync();
      const [statuses, current, scheduledFailures] = await Promise.all([
        service.status(),
        schedule.get(),
        badge.failed(),
      ]);
      return {
        connections: statuses.map((status) => ({
          ...status,
          intervalMinutes: intervalFor(current, status.connection.id),
        })),
        scheduledFailures,
      };
    },
    syncNow: async (request) => {
      const { service } = await sync();
      try {
        const started =
          'all' in request
            ? await service.startAll('manual')
            : [await service.start(request.connectionId, 'manual')];
        return { started };
      } catch (error) {
        throw plain(error);
      }
    },
    cancelSync: async ({ connectionId }) => ({
      cancelled: await (await sync()).service.cancel(connectionId),
    }),
    confirmRemovals: async ({ connectionId, runId }) => {
      const { service } = await sync();
      try {
        const run = await service.confirmRemovals(connectionId, runId);
        return { removed: run.counts.removed };
      } catch (error) {
        throw plain(error);
      }
    },
    getSyncHistory: async ({ connectionId, runs }) =>
      (await sync()).service.history(connectionId, { runs, changes: HISTORY_CHANGES }),
    getSyncSchedule: async () => (await sync()).schedule.get(),
    setSyncSchedule: async (request) => {
      const { schedule, reschedule } = await sync();
      const saved = await schedule.set(request);
      await reschedule();
      return saved;
    },
    acknowledgeSyncFailures: async () => {
      await (await sync()).badge.acknowledge();
      return {};
    },
  };
}

/** Our own errors carry words for the user; anything else stays generic (the router logs its kind). */
function plain(error: unknown): unknown {
  if (error instanceof SyncRunError || error instanceof StoreError) {
    return new CommandError(`${error.message} ${error.nextStep}`);
  }
  return error;
}
