import type { CompanionDb, SyncRun } from '@/lib/db';
import type { ConnectionDirectory, ConnectionSummary } from '@/lib/sync/background/connections';
import { createSyncService, type SyncServiceDeps } from '@/lib/sync/background/service';
import type { EntitySource } from '@/lib/sync/background/source';
import type { VendorConnection } from '@/lib/vendors';
import { steppingClock } from '../../support/clock';

export const MANAGE: ConnectionSummary = { id: 'manage-1', vendor: 'cw-manage', name: 'Manage (NA)' };

/** Settings that pass the Manage config check; fake sources never use them. */
export const MANAGE_SETTINGS: VendorConnection = {
  vendor: 'cw-manage',
  config: {
    site: 'http://manage.test',
    companyId: 'acme',
    publicKey: 'public-key',
    privateKey: 'private-key-123',
    clientId: '1a2b3c4d-0000-4000-8000-000000000001',
    codebase: 'v2025_1/',
  },
};

export function directoryOf(connections: ConnectionSummary[] = [MANAGE]): ConnectionDirectory {
  return {
    list: async () => connections,
    resolve: async () => MANAGE_SETTINGS,
  };
}

/** A sync service over `db` whose connections all read from `sources()`; records every event. */
export function syncHarness(
  db: CompanionDb,
  sources: () => EntitySource[],
  overrides: Partial<SyncServiceDeps> = {},
) {
  const events: SyncRun[] = [];
  const finished: SyncRun[] = [];
  const clock = steppingClock();
  const prefix = crypto.randomUUID().slice(0, 8);
  let ids = 0;
  const service = createSyncService({
    db,
    directory: directoryOf(),
    sourcesFor: () => sources(),
    publish: (run) => events.push(run),
    onRunFinished: (run) => void finished.push(run),
    now: clock.now,
    newId: () => `run-${prefix}-${++ids}`,
    ...overrides,
  });
  /** Starts a sync of MANAGE and waits for it to end. */
  async function syncOnce(): Promise<SyncRun> {
    await service.start(MANAGE.id, 'manual');
    await service.idle();
    return finished.at(-1)!;
  }
  return { service, events, finished, clock, syncOnce };
}
