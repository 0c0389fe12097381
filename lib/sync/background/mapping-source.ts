import { countEntities } from '../../db/entities';
import { StoreError } from '../../db/errors';
import { createIdbMappingStore } from '../../db/mapping-store';
import type { CompanionDb } from '../../db/schema';
import type { MappingSource } from '../../mapping/background/service';
import { VENDOR_LABELS } from '../../vendor-ids';
import type { ConnectionDirectory } from './connections';

export interface IdbMappingSourceDeps {
  /** The companion database, possibly still opening. */
  db: Promise<CompanionDb>;
  directory: ConnectionDirectory;
  lastCompleteSync(connectionId: string): Promise<string | undefined>;
  onEntitiesChanged(listener: (connectionId: string) => void): void;
}

/**
 * What the Mappings screen reads and writes (lib/mapping/background/service.ts), over the synced entities:
 * the saved connections with their active entity counts, the IndexedDB mapping store, and a
 * signal after every sync so the screen rebuilds a pair whose entities changed.
 */
export function createIdbMappingSource(deps: IdbMappingSourceDeps): MappingSource {
  return {
    store: createIdbMappingStore(deps.db),
    async connections() {
      const db = await deps.db;
      return Promise.all(
        (await deps.directory.list()).map(async (connection) => ({
          id: connection.id,
          label: `${connection.name} (${VENDOR_LABELS[connection.vendor]})`,
          entityCount: (await countEntities(db, connection.id)).active,
        })),
      );
    },
    lastCompleteSync: deps.lastCompleteSync,
    onEntitiesChanged: deps.onEntitiesChanged,
    describeError: (error) =>
      error instanceof StoreError ? `${error.message} ${error.nextStep}` : undefined,
  };
}
