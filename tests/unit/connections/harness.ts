import { createConnectionsFeature } from '@/lib/connections/background/feature';
import type { PermissionsLike, RegisteredScript, ScriptingLike } from '@/lib/connections/host-access';
import type { SaveConnectionRequest } from '@/lib/connections/schemas';
import { createMemoryStorageArea } from '@/lib/extension/storage-area';
import { openVaultDb } from '@/lib/secrets';
import type { TestConnectionResult, VendorConnection } from '@/lib/vendors';
import type { TokenCacheRegistry } from '@/lib/vendors/http';

let databases = 0;

/**
 * `permissions` and `scripting` as small in-memory fakes that behave like Chromium's (a duplicate
 * script id is an error): WXT's fake browser leaves both unmocked.
 */
export function fakeHostBrowser(
  granted: Set<string>,
  scripts: Map<string, RegisteredScript & { js: string[] }>,
): { permissions: PermissionsLike; scripting: ScriptingLike } {
  return {
    permissions: {
      contains: async ({ origins }) => origins.every((origin) => granted.has(origin)),
      remove: async ({ origins }) => origins.map((origin) => granted.delete(origin)).every(Boolean),
    },
    scripting: {
      getRegisteredContentScripts: async () =>
        [...scripts.values()].map(({ id, matches }) => ({ id, matches })),
      registerContentScripts: async (list) => {
        for (const script of list) {
          if (scripts.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
          scripts.set(script.id, script);
        }
      },
      unregisterContentScripts: async ({ ids }) => {
        for (const id of ids) scripts.delete(id);
      },
    },
  };
}

/** Browser APIs the feature uses, as small in-memory fakes the tests can inspect. */
export function connectionsHarness(
  options: {
    policy?: Record<string, unknown>;
    onRemoved?: (id: string) => Promise<void>;
    onSaved?: (id: string) => Promise<void>;
    tokenCaches?: TokenCacheRegistry;
  } = {},
) {
  const local = createMemoryStorageArea();
  const session = createMemoryStorageArea();
  const managed = { value: options.policy ?? {} };
  const granted = new Set<string>();
  const scripts = new Map<string, RegisteredScript & { js: string[] }>();
  const vendorCalls: VendorConnection[] = [];
  /** The read-only Access IDs each vendor test was given (undefined: none). */
  const readOnlyHints: (readonly string[] | undefined)[] = [];
  const memberAudits: { publicKey: string; integrations: readonly string[] }[] = [];
  const vendor = { ok: true };
  const clock = { now: Date.parse('2026-03-01T09:00:00Z') };
  const dbName = `connections-test-${++databases}`;

  const feature = createConnectionsFeature({
    localStorage: local,
    sessionStorage: session,
    managedStorage: { get: async () => structuredClone(managed.value) },
    ...fakeHostBrowser(granted, scripts),
    openVaultDb: () => openVaultDb(dbName),
    testConnection: async (connection, callOptions): Promise<TestConnectionResult> => {
      vendorCalls.push(connection);
      readOnlyHints.push(callOptions?.knownReadOnlyAccessIds);
      if (!vendor.ok) {
        return {
          ok: false,
          vendor: connection.vendor,
          error: {
            name: 'VendorError',
            kind: 'auth',
            vendor: connection.vendor,
            message: 'The vendor did not accept the key.',
            nextStep: 'Check the key.',
          },
        };
      }
      return { ok: true, vendor: connection.vendor, summary: 'Connected.', facts: [], nextStep: 'Sync it.' };
    },
    auditMember: async (connection, integrations) => {
      memberAudits.push({ publicKey: connection.config.publicKey, integrations });
      return { state: 'failed', message: 'Stub audit.' };
    },
    kdfIterations: 1_000,
    now: () => clock.now,
    onRemoved: options.onRemoved,
    onSaved: options.onSaved,
    ...(options.tokenCaches ? { tokenCaches: options.tokenCaches } : {}),
  });

  return {
    feature,
    local,
    session,
    managed,
    granted,
    scripts,
    vendorCalls,
    readOnlyHints,
    /** Set `ok` to false to make every vendor test fail. */
    vendor,
    memberAudits,
    clock,
    dbName,
  };
}

export const MANAGE_PRIVATE_KEY = 'Zq8pL2mN4vB6xC1d';

export function manageRequest(overrides: Partial<Record<string, unknown>> = {}): SaveConnectionRequest {
  return {
    vendor: 'cw-manage',
    name: 'Production',
    settings: {
      hosting: 'cloud',
      region: 'na',
      onPremUrl: '',
      companyId: 'contoso',
      publicKey: 'AbCdEfGh12345678',
      clientId: '0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b',
    },
    secrets: { privateKey: MANAGE_PRIVATE_KEY },
    ...overrides,
  } as SaveConnectionRequest;
}

export function onPremManageRequest(url = 'https://manage.example-msp.com'): SaveConnectionRequest {
  const base = manageRequest();
  return {
    ...base,
    name: 'On-premise',
    settings: { ...base.settings, hosting: 'on-premise', onPremUrl: url },
  } as SaveConnectionRequest;
}
