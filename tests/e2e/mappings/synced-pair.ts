import { expect, type Page } from '@playwright/test';
import { CW_RMM_API_HOSTS, createCwRmmSimulator } from '../../simulators/cw-rmm';
import { createWatchGuardSimulator, WATCHGUARD_API_HOSTS } from '../../simulators/watchguard';
import { sendCommandFromPage } from '../support/extension-messaging';
import type { VendorServer } from '../support/vendor-server';

/** The North America hosts the regions catalogue points both connections at. */
const WATCHGUARD_HOST = 'api.usa.cloud.watchguard.com';
const RMM_HOST = 'openapi.service.itsupport247.net';

export interface SyncedPair {
  watchGuard: ReturnType<typeof createWatchGuardSimulator>['state']['data'];
  rmm: ReturnType<typeof createCwRmmSimulator>['state']['data'];
  /** Ids of the saved connections: WatchGuard accounts are the rows, RMM companies the targets. */
  leftId: string;
  rightId: string;
}

async function save(options: Page, request: unknown): Promise<string> {
  const answer = await sendCommandFromPage<{ ok: boolean; data?: { connection: { id: string } } }>(
    options,
    'saveConnection',
    request,
  );
  expect(answer.ok, JSON.stringify(answer)).toBe(true);
  return answer.data!.connection.id;
}

/**
 * A WatchGuard Cloud and a ConnectWise RMM simulator built from one seed (so they share customer
 * names, like an MSP with the same clients in both tools) at their real API hosts, saved as
 * connections and synced through the extension's own commands, the way the options page does it.
 */
export async function syncedPair(
  vendorServer: VendorServer,
  openExtensionPage: (path: string) => Promise<Page>,
  { seed, size }: { seed: number; size: number },
): Promise<SyncedPair> {
  expect(WATCHGUARD_API_HOSTS).toContain(WATCHGUARD_HOST);
  expect(CW_RMM_API_HOSTS).toContain(RMM_HOST);
  const watchGuard = createWatchGuardSimulator({ seed, accounts: size, requireTls: true });
  // One site per company keeps large syncs short; sites are targets too, but never named like a customer.
  const rmm = createCwRmmSimulator({ seed, companies: size, sitesPerCompany: 1, requireTls: true });
  vendorServer.handle(WATCHGUARD_HOST, watchGuard.handler);
  vendorServer.handle(RMM_HOST, rmm.handler);
  const wg = watchGuard.state.data;
  const key = rmm.state.data.keys.full;

  const options = await openExtensionPage('options.html');
  const leftId = await save(options, {
    vendor: 'watchguard',
    name: 'Simulated WatchGuard',
    settings: {
      region: 'na',
      authUrl: `https://${WATCHGUARD_HOST}/oauth/token`,
      apiUrl: `https://${WATCHGUARD_HOST}/rest/endpoint-security/management`,
      accountId: wg.partner.accountId,
      accessId: wg.readWrite.accessId,
    },
    secrets: { password: wg.readWrite.password, apiKey: wg.apiKey },
  });
  const rightId = await save(options, {
    vendor: 'cw-rmm',
    name: 'Simulated RMM',
    settings: {
      region: 'na',
      serverUrl: `https://${RMM_HOST}`,
      clientId: key.clientId,
      recordsPerRequest: 1000,
    },
    secrets: { clientSecret: key.clientSecret },
  });

  expect(await sendCommandFromPage(options, 'syncNow', { all: true })).toMatchObject({ ok: true });
  await expect
    .poll(
      async () => {
        const answer = await sendCommandFromPage<{
          data: { connections: { lastRun: { status: string } | null; running: boolean }[] };
        }>(options, 'getSyncStatus', {});
        return answer.data.connections.map((c) => (c.running ? 'running' : (c.lastRun?.status ?? 'never')));
      },
      { timeout: 30_000, intervals: [250] },
    )
    .toEqual(['succeeded', 'succeeded']);
  await options.close();
  return { watchGuard: wg, rmm: rmm.state.data, leftId, rightId };
}

/** "3 of 21 mapped (14%)", as the screen's progress bar says it. */
export function progressText(mapped: number, total: number): string {
  const share = total ? Math.round((mapped / total) * 100) : 0;
  return `${mapped.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} mapped (${share}%)`;
}

/** The name an RMM company syncs under (lib/sync/background/sources/cw-rmm.ts: the friendly name first). */
export function rmmName(company: { name: string; friendlyName: string }): string {
  return company.friendlyName.trim() || company.name;
}
