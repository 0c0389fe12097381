import { CommandError } from '../../messaging/errors';
import { SOURCES } from '../../permissions/sources';
import { WATCHGUARD_REGIONS, type WatchGuardRegion } from '../../regions/catalogue';
import { createCwRmmClient } from '../../vendors/cw-rmm';
import { isVendorError } from '../../vendors/http/errors';
import { testConnection } from '../../vendors/index';
import {
  RMM_CHECKS,
  type RmmReadinessData,
  WATCHGUARD_CHECKS,
  WATCHGUARD_INPUTS,
  type WatchGuardReadinessData,
} from '../watchguard/checks';
import { defineReadinessGroup, fetched } from './group';

/**
 * Runs in: the background. The WatchGuard ↔ ConnectWise RMM plug-in's readiness: on the WatchGuard
 * Cloud connection, Administrator Login (a Test connection read as the troubleshooting list) and
 * the device-user invitation; on the ConnectWise RMM connection, Records Per Request against a
 * live listing of at most two pages (enough for the capped- and repeated-page checks).
 */
export const watchGuardRmmReadiness = defineReadinessGroup<WatchGuardReadinessData>({
  id: 'watchguard-rmm-plugin',
  title: 'WatchGuard ↔ ConnectWise RMM plug-in',
  source: SOURCES.watchguardRmm,
  kinds: ['watchguard'],
  inputs: [
    {
      control: 'text',
      id: WATCHGUARD_INPUTS.invitation,
      label: 'Device-user invitation email (User Login)',
      help: 'Paste the whole email text. The registration code in it is checked here, never stored or shown.',
      multiline: true,
      secret: true,
    },
  ],
  checks: WATCHGUARD_CHECKS,
  async gather(ctx) {
    const { accountId, region } = ctx.connection.settings as { accountId?: string; region?: string };
    const test = await fetched(async () => testConnection(await ctx.resolve(), ctx.clientOptions));
    return {
      test,
      ...(accountId && region && region in WATCHGUARD_REGIONS
        ? { account: { accountId, region: region as WatchGuardRegion } }
        : {}),
    };
  },
});

export const rmmRecordsReadiness = defineReadinessGroup<RmmReadinessData>({
  id: 'watchguard-rmm-records',
  title: 'WatchGuard ↔ ConnectWise RMM plug-in: Records Per Request',
  source: SOURCES.watchguardRmm,
  kinds: ['cw-rmm'],
  inputs: [],
  checks: RMM_CHECKS,
  async gather(ctx) {
    const { recordsPerRequest } = ctx.connection.settings as { recordsPerRequest?: unknown };
    const listing = await fetched(async () => {
      const connection = await ctx.resolve();
      if (connection.vendor !== 'cw-rmm') throw new CommandError('This is not a ConnectWise RMM connection.');
      const client = createCwRmmClient(connection.config, ctx.clientOptions);
      let pages = 0;
      try {
        for await (const _page of client.companyPages({ signal: ctx.signal })) {
          pages += 1;
          if (pages >= 2) break;
        }
        return { status: 'succeeded' };
      } catch (error) {
        if (isVendorError(error) && error.kind === 'incomplete-listing') {
          return {
            status: 'incomplete',
            error: { kind: error.kind, message: error.message, nextStep: error.nextStep },
          };
        }
        throw error;
      }
    });
    return { recordsPerRequest, listing };
  },
});
