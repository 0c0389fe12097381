/**
 * Builds the connections feature for the background from the browser's APIs (or in-memory
 * stand-ins for tests and the bench): store, preferences, managed policy, vault, host access and
 * the service. `resolveConnection` is the background-only door for sync and role audits.
 */

import { createMemoryStorageArea, type StorageAreaLike } from '../../extension/storage-area';
import { createRegionStore } from '../../regions/background/store';
import { auditConnectionMember } from '../../role-checker/background/member-audit';
import { type AlarmsLike, alarmScheduler } from '../../secrets/auto-lock';
import { type SessionStorageLike, storageSessionArea } from '../../secrets/session';
import { createVault } from '../../secrets/vault';
import { openVaultDb, type VaultDb } from '../../secrets/vault-db';
import { testConnection, type VendorConnection } from '../../vendors';
import { sharedTokenCaches, type TokenCacheRegistry } from '../../vendors/http';
import { createHostAccess, type PermissionsLike, type ScriptingLike } from '../host-access';
import { effectivePreferences, type ParsedPolicy, parseManagedPolicy } from '../policy';
import { createPreferencesStore } from '../preferences';
import { migratePlaintextSecrets } from './migrate';
import { type ConnectionServiceDeps, createConnectionService } from './service';
import { createConnectionStore } from './store';

/** `browser.storage.managed`: absent or throwing (Firefox without a policy) means no policy. */
export interface ManagedStorageLike {
  get(): Promise<Record<string, unknown>>;
}

export interface ConnectionsEnvironment {
  localStorage?: StorageAreaLike;
  /** `browser.storage.session`: holds the unlocked vault key (sealed) for this browser session. */
  sessionStorage?: SessionStorageLike;
  managedStorage?: ManagedStorageLike;
  alarms?: AlarmsLike;
  permissions?: PermissionsLike;
  scripting?: ScriptingLike;
  openVaultDb?: () => Promise<VaultDb>;
  testConnection?: ConnectionServiceDeps['testConnection'];
  /** Audits a Manage API member after a passed test; the real client's audit when absent. */
  auditMember?: ConnectionServiceDeps['auditMember'];
  kdfIterations?: number;
  now?: () => number;
  /** Deletes a removed connection's synced data (the background wires the sync here). */
  onRemoved?: ConnectionServiceDeps['onRemoved'];
  /** Follows a saved or imported connection (the background wires the sync's schedule here). */
  onSaved?: ConnectionServiceDeps['onSaved'];
  /** The vendor clients' shared token caches (the background's registry when absent). */
  tokenCaches?: TokenCacheRegistry;
}

/** Resolves a saved connection with its secrets. Background only: never send the result anywhere. */
export type ResolveConnection = (id: string) => Promise<VendorConnection>;

const noAlarms: AlarmsLike = { create: () => {}, clear: async () => true };
const noPermissions: PermissionsLike = { contains: async () => false, remove: async () => false };
const noScripting: ScriptingLike = {
  getRegisteredContentScripts: async () => [],
  registerContentScripts: async () => {},
  unregisterContentScripts: async () => {},
};

export function createConnectionsFeature(env: ConnectionsEnvironment = {}) {
  const local = env.localStorage ?? createMemoryStorageArea();
  const store = createConnectionStore(local);
  // Read-only: the background's region store owns these IDs; Test connection only names them.
  const regionStore = createRegionStore(local);
  const preferences = createPreferencesStore(local);

  async function readPolicy(): Promise<ParsedPolicy> {
    let raw: unknown;
    try {
      raw = await env.managedStorage?.get();
    } catch {
      raw = undefined;
    }
    return parseManagedPolicy(raw);
  }

  // What holds credentials in memory beyond one call: emptied on lock and on a removal.
  const tokenCaches = env.tokenCaches ?? sharedTokenCaches;
  const forgetListeners = new Set<() => void>();
  const forgetCredentials = () => {
    tokenCaches.clear();
    for (const listener of forgetListeners) listener();
  };

  let db: Promise<VaultDb> | undefined;
  const vault = createVault({
    onLock: forgetCredentials,
    db: () => (db ??= (env.openVaultDb ?? openVaultDb)()),
    session: storageSessionArea(env.sessionStorage ?? createMemoryStorageArea()),
    scheduler: alarmScheduler(env.alarms ?? noAlarms),
    autoLockMinutes: async () =>
      effectivePreferences(await preferences.get(), (await readPolicy()).policy).autoLockMinutes,
    passphraseRequired: async () => (await readPolicy()).policy.requirePassphrase,
    ...(env.now ? { now: env.now } : {}),
    ...(env.kdfIterations ? { kdfIterations: env.kdfIterations } : {}),
  });

  const hostAccess = createHostAccess({
    permissions: env.permissions ?? noPermissions,
    scripting: env.scripting ?? noScripting,
  });

  const service = createConnectionService({
    store,
    vault,
    policy: async () => (await readPolicy()).policy,
    hostAccess,
    testConnection: env.testConnection ?? ((connection, options) => testConnection(connection, options)),
    knownReadOnlyAccessIds: async () => (await regionStore.listAccessIds()).map((pair) => pair.readOnly),
    auditMember: env.auditMember ?? auditConnectionMember,
    onRemoved: async (id) => {
      forgetCredentials();
      await env.onRemoved?.(id);
    },
    onSaved: env.onSaved,
  });

  const resolveConnection: ResolveConnection = (id) => service.resolve(id);

  return {
    store,
    preferences,
    readPolicy,
    vault,
    hostAccess,
    service,
    resolveConnection,
    migrate: () => migratePlaintextSecrets(store, vault),
    /** Subscribes to "forget credentials held in memory" (vault locked, connection removed). */
    onForgetCredentials(listener: () => void): () => void {
      forgetListeners.add(listener);
      return () => forgetListeners.delete(listener);
    },
    /** On worker start: content scripts and sender trust for granted hosts, then pending migrations. */
    async start(): Promise<void> {
      await service.syncHostAccess();
      await migratePlaintextSecrets(store, vault);
      await vault.dropPlaintextHints();
    },
  };
}

export type ConnectionsFeature = ReturnType<typeof createConnectionsFeature>;
