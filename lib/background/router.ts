import { apiMemberHandlers } from '../api-members/background/handlers';
import { createFleetAuditService, type FleetAuditService } from '../api-members/background/service';
import { type ConnectionsFeature, createConnectionsFeature } from '../connections/background/feature';
import { connectionHandlers } from '../connections/background/handlers';
import { openCompanionDb } from '../db/open';
import { createMemoryStorageArea, type StorageAreaLike } from '../extension/storage-area';
import { CONTENT_SCRIPT_MATCHES } from '../hosts';
import { mappingHandlers } from '../mapping/background/handlers';
import { createMappingService, type MappingSource } from '../mapping/background/service';
import { MemoryMappingStore } from '../mapping/memory-store';
import { commands, createRouter, type HandlerMap } from '../messaging';
import { connectionReadinessDeps } from '../readiness/background/deps';
import { readinessHandlers } from '../readiness/background/handlers';
import { regionHandlers } from '../regions/background/handlers';
import { createRegionStore } from '../regions/background/store';
import { connectionAuditDeps } from '../role-checker/background/connection-readers';
import { roleCheckerHandlers } from '../role-checker/background/handlers';
import type { SyncBackground } from '../sync/background/feature';
import { syncHandlers } from '../sync/background/handlers';

export interface BackgroundEnvironment {
  version: string;
  extensionId: string;
  extensionOrigin: string;
  startedAt: Date;
  log?: (message: string) => void;
  /** `browser.storage.local` in the extension; in memory when absent (bench, tests). */
  localStorage?: StorageAreaLike;
  /** `browser.storage.session` (not readable by content scripts); in memory when absent. */
  sessionStorage?: StorageAreaLike;
  /** Connections, vault and on-premise hosts; in memory when absent (bench, tests). */
  connections?: ConnectionsFeature;
  /** The sync, once its database is open (lib/sync/background/feature.ts); absent in bench and tests. */
  sync?: () => Promise<SyncBackground>;
  /**
   * Entities, mappings and connections for the Mappings screen (see MappingSource in
   * lib/mapping/background/service.ts). entrypoints/background.ts passes the sync's IndexedDB one
   * (`startSyncBackground(...).mappingSource`). Absent (bench, tests): an empty store in memory,
   * so the screen lists no connections rather than sample data.
   */
  mappingSource?: MappingSource;
  /**
   * Options › API members' worker side (lib/api-members/background/service.ts); entrypoints pass
   * one with alarms and the toolbar badge. Absent: one over this router's connections and storage.
   */
  fleetAudit?: FleetAuditService;
}

/** Wires every command to its handler. Features add their handlers here. */
export function createBackgroundRouter(env: BackgroundEnvironment) {
  const localStorage = env.localStorage ?? createMemoryStorageArea();
  // One area for every store, so what the region helper remembers, Test connection sees.
  const connections = env.connections ?? createConnectionsFeature({ localStorage });
  const regionStore = createRegionStore(
    localStorage,
    undefined,
    env.sessionStorage ?? createMemoryStorageArea(),
  );
  const mappingSource = env.mappingSource ?? { store: new MemoryMappingStore(), connections: async () => [] };
  const mappings = createMappingService({ ...mappingSource, settingsArea: localStorage });
  const handlers: HandlerMap<typeof commands> = {
    ping: (_payload, { context }) => ({ version: env.version, senderContext: context }),
    getExtensionStatus: () => ({ version: env.version, startedAt: env.startedAt.toISOString() }),
    ...regionHandlers(regionStore),
    ...connectionHandlers(connections),
    ...mappingHandlers(mappings),
    ...syncHandlers(env.sync),
    ...roleCheckerHandlers(connectionAuditDeps(connections), localStorage),
    ...readinessHandlers(connectionReadinessDeps(connections, mappingSource)),
    ...apiMemberHandlers(
      env.fleetAudit ??
        createFleetAuditService({ connections, openDb: openCompanionDb, storage: localStorage }),
    ),
  };
  return createRouter(
    commands,
    handlers,
    {
      extensionId: env.extensionId,
      extensionOrigin: env.extensionOrigin,
      // Cloud portals from the manifest, plus the on-premise servers whose scripts are registered;
      // the ThreatLocker portal only while its opt-in script is registered (fails closed).
      contentScriptMatches: () => ({
        ...CONTENT_SCRIPT_MATCHES,
        cwManage: [
          ...CONTENT_SCRIPT_MATCHES.cwManage,
          ...connections.hostAccess.contentScriptMatches('cw-manage'),
        ],
        threatlocker: CONTENT_SCRIPT_MATCHES.threatlocker.filter((pattern) =>
          connections.hostAccess.optInMatches().includes(pattern),
        ),
      }),
    },
    env.log,
    // Only a person's commands in our own pages keep an unlocked vault open.
    { onPersonActivity: () => connections.vault.recordUse() },
  );
}
