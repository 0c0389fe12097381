/**
 * Starts simulators on local ports: what the standalone command (cli.ts) runs, usable from any
 * script that wants the vendor APIs without a browser.
 */
import { type Listening, listen, type Simulator, type SimulatorDefinition } from './core';

export interface StartOptions {
  /** Names to start (default: all). */
  only?: readonly string[];
  seed?: number;
  /** Size of each simulator's main collection (accounts, companies…). */
  size?: number;
  host?: string;
  /** First port; the next simulators take the following ones. 0 (default) = any free port. */
  port?: number;
}

export interface RunningSimulator {
  definition: SimulatorDefinition;
  simulator: Simulator;
  server: Listening;
  /** The definition's `describe()` for this server (credentials, settings to type). */
  description: string;
}

export async function startSimulators(
  definitions: readonly SimulatorDefinition[],
  options: StartOptions = {},
): Promise<RunningSimulator[]> {
  const unknown = (options.only ?? []).filter((name) => !definitions.some((d) => d.name === name));
  if (unknown.length > 0) {
    throw new Error(
      `Unknown simulator ${unknown.join(', ')}; available: ${definitions.map((d) => d.name).join(', ')}.`,
    );
  }
  const chosen = options.only?.length
    ? definitions.filter((definition) => options.only?.includes(definition.name))
    : definitions;
  const running: RunningSimulator[] = [];
  try {
    for (const [index, definition] of chosen.entries()) {
      const simulator = await definition.create({
        ...(options.seed !== undefined ? { seed: options.seed } : {}),
        ...(options.size !== undefined ? { size: options.size } : {}),
      });
      const server = await listen(simulator.handler, {
        ...(options.host ? { host: options.host } : {}),
        port: options.port ? options.port + index : 0,
      });
      const description = definition.describe?.(simulator, { url: server.url }) ?? '';
      running.push({ definition, simulator, server, description });
    }
  } catch (error) {
    await stopSimulators(running);
    throw error;
  }
  return running;
}

export async function stopSimulators(running: readonly RunningSimulator[]): Promise<void> {
  await Promise.all(running.map((entry) => entry.server.close()));
}
