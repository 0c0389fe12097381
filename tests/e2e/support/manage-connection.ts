import type { Page } from '@playwright/test';
import {
  CW_MANAGE_API_HOST,
  CW_MANAGE_SITE_HOST,
  createManageSimulator,
  type ManageSimulatorOptions,
} from '../../simulators/cw-manage';
import { expect } from '../fixtures';
import { sendCommand } from '../vendors/background-command';
import type { VendorServer } from './vendor-server';

/**
 * The Manage simulator at the real cloud hosts, and a saved connection ("Simulated Manage") to its
 * full-role API member, created the way the connections page saves one, so a spec reads through
 * the real client, vault and database.
 */
export async function savedManageConnection(
  vendorServer: VendorServer,
  openExtensionPage: (path: string) => Promise<Page>,
  options: ManageSimulatorOptions,
) {
  const sim = createManageSimulator({ ...options, requireTls: true });
  vendorServer.handle(CW_MANAGE_SITE_HOST, sim.handler, { pathPrefix: '/login/' });
  vendorServer.handle(CW_MANAGE_API_HOST, sim.handler);
  const { data } = sim.state;
  const page = await openExtensionPage('options.html');
  const saved = (await sendCommand(page, 'saveConnection', {
    vendor: 'cw-manage',
    name: 'Simulated Manage',
    settings: {
      hosting: 'cloud',
      region: 'na',
      onPremUrl: '',
      companyId: data.companyId,
      publicKey: data.apiMembers.integration.publicKey,
      clientId: data.clientIds[0],
    },
    secrets: { privateKey: data.apiMembers.integration.privateKey },
  })) as { ok: boolean };
  expect(saved.ok).toBe(true);
  await page.close();
  return sim;
}
