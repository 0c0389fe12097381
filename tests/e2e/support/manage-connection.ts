import type { Page } from '@playwright/test';
import type { z } from 'zod';
import type { saveConnectionRequestSchema } from '../../../lib/connections/schemas';
import type { ManageDataSet } from '../../simulators/cw-manage/data';
import { sendCommand } from '../vendors/background-command';

interface ManageConnectionOptions {
  name?: string;
  member?: 'integration' | 'limited';
  /** Integrations the connection serves (a passed test then audits the member against them). */
  integrations?: string[];
}

/** The `saveConnection` request for a ConnectWise Manage cloud (NA) connection to the simulator. */
export function manageConnectionRequest(
  data: ManageDataSet,
  { name = 'Simulated Manage', member = 'integration', integrations }: ManageConnectionOptions = {},
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
    },
    secrets: { privateKey },
  };
}

/** Saves that connection the way the connections page does, from an open extension page. */
export async function saveManageConnection(page: Page, data: ManageDataSet) {
  return (await sendCommand(page, 'saveConnection', manageConnectionRequest(data))) as { ok: boolean };
}
