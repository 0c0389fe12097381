import type { WatchGuardConnectionInput } from '../../../../lib/vendors/watchguard';
import { createWatchGuardSimulator, type WatchGuardSimulatorOptions } from '../../../simulators/watchguard';
import { serve } from '../support';

/** A WatchGuard simulator on 127.0.0.1 and the read-write connection settings that reach it. */
export async function serveWatchGuardSettings(options: WatchGuardSimulatorOptions = {}) {
  const sim = createWatchGuardSimulator(options);
  const url = await serve(sim);
  const { data } = sim.state;
  const config = {
    authUrl: `${url}/oauth/token`,
    apiUrl: `${url}/rest/endpoint-security/management`,
    accountId: data.partner.accountId,
    accessId: data.readWrite.accessId,
    password: data.readWrite.password,
    apiKey: data.apiKey,
  } satisfies WatchGuardConnectionInput;
  return { sim, data, config };
}
