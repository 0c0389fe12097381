/**
 * The vendor simulators the sandbox serves at the vendors' real API hostnames. Every entry has a
 * fixed seed, so each run (and each README screenshot) shows the same tenants, and a size that
 * fills a screen and pages a few times without slowing the tour down.
 *
 * A vendor's simulator joins the sandbox by one entry in SANDBOX_SIMULATORS.
 */

import type { VendorServer } from '../e2e/support/vendor-server';
import type { Simulator, SimulatorDefinition } from '../simulators/core';
import { simulatorDefinition as watchguard } from '../simulators/watchguard';

export interface SandboxSimulator {
  definition: SimulatorDefinition;
  seed: number;
  /** Size of the vendor's main collection (managed accounts, companies, clients…). */
  size: number;
  /**
   * Hosts the simulator shares with fixture portal pages, and the path it answers there (e.g. the
   * Manage site host serves the portal, but `/login/` is the API's codebase lookup).
   */
  pathPrefixes?: Readonly<Record<string, string>>;
}

export const SANDBOX_SIMULATORS: readonly SandboxSimulator[] = [
  // 40 managed accounts: two pages of the children listing; account 25 carries 3,200 devices.
  { definition: watchguard, seed: 9, size: 40 },
];

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
  entries: readonly SandboxSimulator[] = SANDBOX_SIMULATORS,
): Promise<Map<string, MountedSimulator>> {
  const mounted = new Map<string, MountedSimulator>();
  for (const { definition, seed, size, pathPrefixes = {} } of entries) {
    const simulator = await definition.create({ seed, size });
    for (const host of definition.hosts) {
      const pathPrefix = pathPrefixes[host];
      server.handle(host, simulator.handler, pathPrefix ? { pathPrefix } : {});
    }
    mounted.set(definition.name, {
      name: definition.name,
      hosts: definition.hosts,
      simulator,
      description: definition.describe?.(simulator) ?? '',
    });
  }
  return mounted;
}
