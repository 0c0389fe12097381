/**
 * The vendor simulators on 127.0.0.1 (closed when the test ends) with the connection settings
 * that reach them, so sync tests go through the real clients. Client and simulator share one
 * manual clock: tokens and TOTP codes agree, and retries do not wait.
 */

import type { VendorConnection } from '@/lib/vendors';
import { createManualClock } from '@/lib/vendors/http';
import { type AutomateSimulatorOptions, createAutomateSimulator } from '../../../simulators/cw-automate';
import { createManageSimulator, type ManageSimulatorOptions } from '../../../simulators/cw-manage';
import { type CwRmmSimulatorOptions, createCwRmmSimulator } from '../../../simulators/cw-rmm';
import type { WatchGuardSimulatorOptions } from '../../../simulators/watchguard';
import { serve } from '../../vendors/support';
import { serveWatchGuardSettings } from '../../vendors/watchguard/harness';

export function simulatorClock() {
  return createManualClock({ start: Date.UTC(2025, 0, 6, 9, 0, 0) });
}

export type SimulatorClock = ReturnType<typeof simulatorClock>;

/** What `sourcesFor` needs to reach a local simulator. */
export function clientOptions(clock: SimulatorClock) {
  return { allowInsecureHttp: true, clock };
}

export async function serveManage(options: ManageSimulatorOptions = {}) {
  const sim = createManageSimulator(options);
  const url = await serve(sim);
  const { data } = sim.state;
  const key = data.apiMembers.integration;
  const connection: VendorConnection = {
    vendor: 'cw-manage',
    config: {
      site: url,
      companyId: data.companyId,
      publicKey: key.publicKey,
      privateKey: key.privateKey,
      clientId: data.clientIds[0]!,
    },
  };
  return { sim, connection };
}

export async function serveWatchGuard(clock: SimulatorClock, options: WatchGuardSimulatorOptions = {}) {
  const { sim, config } = await serveWatchGuardSettings({ clock, devicesPerAccount: 0, ...options });
  const connection: VendorConnection = { vendor: 'watchguard', config };
  return { sim, connection };
}

export async function serveRmm(clock: SimulatorClock, options: CwRmmSimulatorOptions = {}) {
  const sim = createCwRmmSimulator({ clock, ...options });
  const url = await serve(sim);
  const { full } = sim.state.data.keys;
  const connection: VendorConnection = {
    vendor: 'cw-rmm',
    config: { serverUrl: url, clientId: full.clientId, clientSecret: full.clientSecret },
  };
  return { sim, connection };
}

export async function serveAutomate(clock: SimulatorClock, options: AutomateSimulatorOptions = {}) {
  const sim = createAutomateSimulator({ clock, ...options });
  const url = await serve(sim);
  const { data } = sim.state;
  const account = data.accounts.integrator;
  const connection: VendorConnection = {
    vendor: 'cw-automate',
    config: {
      server: url,
      username: account.user.Name,
      password: account.password,
      clientId: data.clientIds[0]!,
      ...(account.totpSecret ? { totpSecret: account.totpSecret } : {}),
    },
  };
  return { sim, connection };
}
