/**
 * The vendor simulators the sandbox serves at the vendors' real API hostnames: every simulator
 * under tests/simulators/ (found as the standalone command finds them), each with the sandbox's
 * fixed seed, so each run (and each README screenshot) shows the same tenants, and a size that
 * fills a screen and pages a few times without slowing the tour down.
 */
import type { VendorServer } from '../e2e/support/vendor-server';
import type { Simulator, SimulatorDefinition } from '../simulators/core';
import type { ManageSimulator } from '../simulators/cw-manage';
import { discoverSimulators } from '../simulators/discover';

/** One seed for every vendor: WatchGuard and ConnectWise RMM then share their customers' names. */
export const SANDBOX_SEED = 9;

export interface SandboxSimulatorSettings {
  /** Size of the vendor's main collection (managed accounts, companies, clients…). */
  size?: number;
  /**
   * Hosts to serve it at instead of the simulator's own: for a server that is per partner, a
   * host the manifest already grants, since only a person can answer the browser's prompt.
   */
  hosts?: readonly string[];
  /**
   * Hosts the simulator shares with fixture portal pages, and the only path it answers there
   * (the Manage site host serves the portal pages; its `/login/` is the API's codebase lookup).
   */
  pathPrefixes?: Readonly<Record<string, string>>;
  /** Changes the seeded data set for a scenario (the simulators' state is live). */
  prepare?: (simulator: Simulator) => void;
}

/**
 * The "403 turned into a role-audit hint" scenario: the limited API member's role cannot read
 * System › My Company either, so Test connection, which reads /system/info after the codebase
 * lookup, meets the 403 a real member without that right gets.
 */
function limitedRoleWithoutMyCompany(simulator: Simulator): void {
  const { data } = (simulator as ManageSimulator).state;
  const role = data.roles.find((candidate) => candidate.id === data.apiMembers.limited.securityRoleId);
  const row = role?.settings.find(
    (setting) => setting.moduleName === 'System' && setting.moduleFunctionName === 'My Company',
  );
  if (!row) throw new Error('The Manage simulator no longer seeds System › My Company on the limited role.');
  row.inquireLevel = 'None';
}

/** Per-vendor settings; a simulator not listed here joins with its own defaults. */
export const SANDBOX_SIMULATORS: Readonly<Record<string, SandboxSimulatorSettings>> = {
  // Two pages of the children listing; account 25 carries 3,200 devices (the response cap).
  watchguard: { size: 40 },
  'cw-manage': {
    size: 60,
    pathPrefixes: { 'na.myconnectwise.net': '/login/' },
    prepare: limitedRoleWithoutMyCompany,
  },
  'cw-rmm': { size: 40 },
  // Automate servers are the partner's own (on-premise or hosted): the sandbox's stands at a
  // host under `*.connectwisedev.com`, which the manifest grants, so no prompt is needed.
  'cw-automate': { size: 30, hosts: ['automate.connectwisedev.com'] },
};

export interface MountedSimulator {
  name: string;
  hosts: readonly string[];
  simulator: Simulator;
  /** The credentials its data set accepts (simulator values only), for the landing page. */
  description: string;
}

/** Builds each simulator and routes its hosts (or path prefixes) on the vendor server. */
export async function mountSimulators(
  server: VendorServer,
  definitions?: readonly SimulatorDefinition[],
): Promise<Map<string, MountedSimulator>> {
  const mounted = new Map<string, MountedSimulator>();
  for (const definition of definitions ?? (await discoverSimulators())) {
    const {
      size,
      pathPrefixes = {},
      prepare,
      hosts = definition.hosts,
    } = SANDBOX_SIMULATORS[definition.name] ?? {};
    const simulator = await definition.create({
      seed: SANDBOX_SEED,
      ...(size !== undefined ? { size } : {}),
    });
    prepare?.(simulator);
    for (const host of hosts) {
      const pathPrefix = pathPrefixes[host];
      server.handle(host, simulator.handler, pathPrefix ? { pathPrefix } : {});
    }
    mounted.set(definition.name, {
      name: definition.name,
      hosts,
      simulator,
      // The sandbox serves every host over https at its real name; the first is the default region.
      description: definition.describe?.(simulator, { url: `https://${hosts[0]}` }) ?? '',
    });
  }
  return mounted;
}
