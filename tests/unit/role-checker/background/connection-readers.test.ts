import { describe, expect, it, vi } from 'vitest';
import type { ConnectionsFeature, MaskedConnection } from '@/lib/connections';
import { ConnectionError } from '@/lib/connections/errors';
import { EMPTY_POLICY } from '@/lib/connections/policy';
import { commands, createRouter } from '@/lib/messaging';
import {
  type AuditConnectionsSource,
  connectionAuditDeps,
} from '@/lib/role-checker/background/connection-readers';
import { roleCheckerHandlers } from '@/lib/role-checker/background/handlers';
import type { CwAutomateClient } from '@/lib/vendors/cw-automate';
import type { CwManageClient } from '@/lib/vendors/cw-manage';
import { apiSettings } from '../api-fixtures';
import { MISSING_ROLE } from '../role-pages';

const manageConfig = {
  site: 'na.myconnectwise.net',
  companyId: 'contoso',
  publicKey: 'pub',
  privateKey: 'secret',
  clientId: 'id',
};

/** A Manage connection as the connections list shows it (settings, no secrets). */
function manage(id: string, name: string, site: Record<string, string>) {
  return {
    id,
    vendor: 'cw-manage',
    name,
    settings: { hosting: 'cloud', region: 'na', onPremUrl: '', ...site },
  } as MaskedConnection;
}

function feature(): AuditConnectionsSource {
  return {
    service: {
      list: async () => [
        manage('c1', 'Contoso PSA', {}),
        { id: 'c3', vendor: 'cw-automate', name: 'Contoso Automate', settings: {} } as MaskedConnection,
        manage('c4', 'Europe PSA', { region: 'eu' }),
        manage('c5', 'Backup PSA', {}),
        manage('c6', 'On-premise', {
          hosting: 'on-premise',
          onPremUrl: 'https://manage.example-msp.test:8443/',
        }),
      ],
    },
    readPolicy: async () => ({
      policy: { ...EMPTY_POLICY, roleCheckerIntegrations: ['watchguard-cloud-psa', 'rewst-automate'] },
      problems: [],
    }),
    store: {
      list: async () => ({
        records: [
          { id: 'c1', vendor: 'cw-manage', name: 'Contoso PSA' },
          { id: 'c2', vendor: 'watchguard', name: 'WatchGuard' },
          { id: 'c3', vendor: 'cw-automate', name: 'Contoso Automate' },
        ],
        damaged: 0,
      }),
    } as unknown as ConnectionsFeature['store'],
    resolveConnection: async (id) => {
      if (id === 'c1') return { vendor: 'cw-manage', config: manageConfig } as never;
      if (id === 'c3') return { vendor: 'cw-automate', config: {} } as never;
      throw new ConnectionError('not-found', 'This connection no longer exists.');
    },
  };
}

async function* items<T>(list: T[]) {
  yield* list;
}
const manageClient = vi.fn(
  () =>
    ({
      securityRoles: () => items([{ id: 7, name: 'API Integrations' }]),
      securityRoleSettings: () => items(apiSettings(MISSING_ROLE)),
      mySecurity: () => items([]),
      all: async <T>(iterable: AsyncIterable<T>) => {
        const out: T[] = [];
        for await (const item of iterable) out.push(item);
        return out;
      },
    }) as unknown as CwManageClient,
);
const automateClient = vi.fn(() => ({}) as CwAutomateClient);

describe('role audits over saved connections', () => {
  const deps = connectionAuditDeps(feature(), { manage: manageClient, automate: automateClient });

  it('offer the ConnectWise connections by name, nothing else', async () => {
    expect(await deps.connections()).toEqual([
      { id: 'c1', label: 'Contoso PSA', vendor: 'cw-manage' },
      { id: 'c3', label: 'Contoso Automate', vendor: 'cw-automate' },
    ]);
  });

  it("find a site's Manage connections by its host, first by name: cloud site or on-premise origin", async () => {
    expect(await deps.manageConnectionsAt('na.myconnectwise.net')).toEqual([
      { id: 'c5', label: 'Backup PSA', vendor: 'cw-manage' },
      { id: 'c1', label: 'Contoso PSA', vendor: 'cw-manage' },
    ]);
    expect((await deps.manageConnectionsAt('eu.myconnectwise.net')).map((found) => found.id)).toEqual(['c4']);
    expect((await deps.manageConnectionsAt('manage.example-msp.test:8443')).map((found) => found.id)).toEqual(
      ['c6'],
    );
    expect(await deps.manageConnectionsAt('manage.example-msp.test')).toEqual([]);
    expect(await deps.manageConnectionsAt('au.myconnectwise.net')).toEqual([]);
  });

  it("preselect the organization's integrations, or none without a policy", async () => {
    expect(await deps.preselectedProfiles()).toEqual(['watchguard-cloud-psa', 'rewst-automate']);
    const unmanaged = connectionAuditDeps({
      ...feature(),
      readPolicy: async () => ({ policy: EMPTY_POLICY, problems: [] }),
    });
    expect(await unmanaged.preselectedProfiles()).toEqual([]);
  });

  it("read a role through the connection's own client", async () => {
    const reader = await deps.manageReader('c1');
    expect(manageClient).toHaveBeenCalledWith(manageConfig);
    expect(await reader.listRoles()).toEqual([{ id: 7, name: 'API Integrations' }]);
  });

  it('refuse a connection of the other product, and pass on why a connection cannot open', async () => {
    await expect(deps.manageReader('c3')).rejects.toThrow(
      'This connection is not a ConnectWise Manage connection.',
    );
    const route = createRouter(commands, roleCheckerHandlers(deps), {
      extensionId: 'ext',
      extensionOrigin: 'chrome-extension://ext',
      contentScriptMatches: () => ({ cwManage: [], watchguard: [], cwRmm: [] }),
    });
    const answer = await route(
      { command: 'listManageRoles', payload: { connectionId: 'gone' } },
      { id: 'ext', url: 'chrome-extension://ext/options.html' },
    );
    expect(answer).toEqual({
      ok: false,
      error: {
        code: 'handler-failed',
        message: 'This connection no longer exists.',
        detail: { code: 'not-found' },
      },
    });
  });
});
