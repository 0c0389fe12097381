import type { FaultRegistry } from './faults';
import type { RequestStats, SimHandler } from './simulator';

/** What every vendor simulator returns from its `create…Simulator(options)`. */
export interface Simulator<State = unknown> {
  /** A plain Node request handler: host it with `listen()` or `vendorServer.handle(host, handler)`. */
  handler: SimHandler;
  /** The live data set (tests read and change it). */
  state: State;
  faults: FaultRegistry;
  stats: RequestStats;
}

/**
 * How the standalone command (tests/simulators/cli.ts) finds a simulator: a vendor module
 * exports `simulatorDefinition = defineSimulator({...})` from `tests/simulators/<vendor>/index.ts`.
 */
export interface SimulatorDefinition {
  /** Directory name, e.g. 'cw-manage'. */
  name: string;
  /** Real hostnames it stands in for (the E2E server routes these to it). */
  hosts: readonly string[];
  /** Builds a simulator with its default seeded data set (`size` scales the main collection). */
  create(options: { seed?: number; size?: number }): Simulator | Promise<Simulator>;
  /**
   * Printed by the CLI: the credentials the seeded data set accepts, and the connection settings
   * to type, given where the simulator listens (`server.url`, e.g. `http://127.0.0.1:4010`).
   */
  describe?(simulator: Simulator, server: { url: string }): string;
}

export function defineSimulator(definition: SimulatorDefinition): SimulatorDefinition {
  return definition;
}
