/**
 * The sandbox's connections, configured the way a person's are: through the extension's own named
 * commands, sent from an extension page, so the background validates, encrypts and stores them as
 * it would any other. Only simulator credentials appear here; nothing real.
 *
 * A connection joins the sandbox by one `sandboxConnection({...})` entry in SANDBOX_CONNECTIONS.
 */
import type { Page } from '@playwright/test';
import type { z } from 'zod';
import {
  type CommandDefinition,
  type Commands,
  commands,
  sendCommand,
  type Transport,
} from '../../lib/messaging';
import type { RequestEnvelope } from '../../lib/messaging/envelope';
import { sendCommandFromPage } from '../e2e/support/extension-messaging';
import type { Simulator } from '../simulators/core';
import type { MountedSimulator } from './simulators';

type CommandName = keyof Commands;

export interface SandboxConnection<Name extends CommandName = CommandName> {
  /** Shown in the start-up log and the landing page. */
  label: string;
  /** The simulator whose seeded credentials the connection uses (SANDBOX_SIMULATORS name). */
  simulator: string;
  /** The extension command that saves a connection, and its payload from the simulator's data. */
  command: Name;
  payload: (simulator: Simulator) => z.input<Commands[Name]['request']>;
}

/** Type-checks one entry's payload against its command's request schema. */
export function sandboxConnection<Name extends CommandName>(
  connection: SandboxConnection<Name>,
): SandboxConnection {
  return connection as unknown as SandboxConnection;
}

// LEAD: no entries until the connections feature (saveConnection-style command) is in main.
export const SANDBOX_CONNECTIONS: readonly SandboxConnection[] = [];

/** The product's typed client (schemas checked both ways) over an extension page's messaging. */
function pageTransport(page: Page): Transport {
  return (message) => {
    const { command, payload } = message as RequestEnvelope;
    return sendCommandFromPage(page, command, payload);
  };
}

/**
 * Saves every sandbox connection from the settings page, as the settings form would. Throws with
 * the connection's label and the extension's own message when one is refused.
 */
export async function seedConnections(
  openExtensionPage: (pagePath: string) => Promise<Page>,
  simulators: ReadonlyMap<string, MountedSimulator>,
  connections: readonly SandboxConnection[] = SANDBOX_CONNECTIONS,
): Promise<string[]> {
  if (connections.length === 0) return [];
  const settings = await openExtensionPage('options.html');
  try {
    return await sendEach(pageTransport(settings), simulators, connections);
  } finally {
    await settings.close();
  }
}

async function sendEach(
  transport: Transport,
  simulators: ReadonlyMap<string, MountedSimulator>,
  connections: readonly SandboxConnection[],
): Promise<string[]> {
  const seeded: string[] = [];
  for (const connection of connections) {
    const mounted = simulators.get(connection.simulator);
    if (!mounted)
      throw new Error(`Sandbox connection "${connection.label}": no "${connection.simulator}" simulator.`);
    // Widened: the entry's own payload type was checked where it was written (sandboxConnection).
    const command: CommandDefinition<string, z.ZodType, z.ZodType> = commands[connection.command];
    const result = await sendCommand(transport, command, connection.payload(mounted.simulator));
    if (!result.ok)
      throw new Error(`Sandbox connection "${connection.label}" refused: ${result.error.message}`);
    seeded.push(connection.label);
  }
  return seeded;
}
