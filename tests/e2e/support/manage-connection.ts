import { expect, type Page } from '@playwright/test';
import type { z } from 'zod';
import type { saveConnectionRequestSchema } from '../../../lib/connections/schemas';
import {
  CW_MANAGE_API_HOST,
  CW_MANAGE_SITE_HOST,
  createManageSimulator,
  type ManageSimulatorOptions,
} from '../../simulators/cw-manage';
import type { ManageDataSet } from '../../simulators/cw-manage/data';
import { sendCommand } from '../vendors/background-command';
import type { VendorServer } from './vendor-server';

interface ManageConnectionOptions {
  name?: string;
  member?: 'integration' | 'limited';
  /** Integrations the connection serves (a passed test then audits the member against them). */
  integrations?: string[];
  /** Settings › API members: the integrations of the tenant's API members, by member id. */
  apiMemberTags?: Record<string, string[]>;
}

/** The `saveConnection` request for a ConnectWise Manage cloud (NA) connection to the simulator. */
export function manageConnectionRequest(
  data: ManageDataSet,
  {
    name = 'Simulated Manage',
    member = 'integration',
    integrations,
    apiMemberTags,
  }: ManageConnectionOptions = {},
): z.input<typeof saveConnectionRequestSchema> {
  const { publicKey, privateKey } = data.apiMembers[member];
  return {
    vendor: 'cw-manage',
    name,
    settings: {
      hosting: 'cloud',
      region: 'na',
      onPremUrl: '',
      companyId: data.companyId,
      publicKey,
      clientId: data.clientIds[0]!,
      ...(integrations ? { integrations } : {}),
      ...(apiMemberTags ? { apiMemberTags } : {}),
    },
    secrets: { privateKey },
  };
}

/** Saves that connection the way the connections page does, from an open extension page. */
export async function saveManageConnection(page: Page, data: ManageDataSet) {
  return (await sendCommand(page, 'saveConnection', manageConnectionRequest(data))) as { ok: boolean };
}

/**
 * The Manage simulator at the real cloud hosts, and a saved connection to it (created the way the
 * connections page saves one), so a spec reads through the real client, vault and database.
 */
export async function savedManageConnection(
  vendorServer: VendorServer,
  openExtensionPage: (path: string) => Promise<Page>,
  options: ManageSimulatorOptions,
) {
  const sim = createManageSimulator({ ...options, requireTls: true });
  vendorServer.handle(CW_MANAGE_SITE_HOST, sim.handler, { pathPrefix: '/login/' });
  vendorServer.handle(CW_MANAGE_API_HOST, sim.handler);
  const page = await openExtensionPage('options.html');
  const saved = await saveManageConnection(page, sim.state.data);
  expect(saved.ok).toBe(true);
  await page.close();
  return sim;
}
