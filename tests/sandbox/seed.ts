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
import { CW_RMM_REGIONS, WATCHGUARD_REGIONS } from '../../lib/regions/catalogue';
import { sendCommandFromPage } from '../e2e/support/extension-messaging';
import type { Simulator } from '../simulators/core';
import type { ManageSimulator } from '../simulators/cw-manage';
import type { CwRmmSimulator } from '../simulators/cw-rmm';
import type { WatchGuardSimulator } from '../simulators/watchguard';
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

/** Connection names, also what scenarios look for on the Connections screen. */
export const SANDBOX_CONNECTION_NAMES = {
  watchguard: 'Sandbox WatchGuard Cloud',
  manage: 'Sandbox ConnectWise Manage',
  manageLimited: 'Sandbox Manage (limited role)',
  rmm: 'Sandbox ConnectWise RMM',
} as const;

const watchguardNa = WATCHGUARD_REGIONS.na;

// ConnectWise Automate is left out: its simulator stands for an on-premise server, which needs a
// host permission that only a person can grant (the browser's own prompt).
export const SANDBOX_CONNECTIONS: readonly SandboxConnection[] = [
  sandboxConnection({
    label: SANDBOX_CONNECTION_NAMES.watchguard,
    simulator: 'watchguard',
    command: 'saveConnection',
    payload: (simulator) => {
      const { data } = (simulator as WatchGuardSimulator).state;
      return {
        vendor: 'watchguard',
        name: SANDBOX_CONNECTION_NAMES.watchguard,
        settings: {
          region: 'na',
          authUrl: watchguardNa.authUrl,
          apiUrl: watchguardNa.apiUrl,
          accountId: data.partner.accountId,
          accessId: data.readWrite.accessId,
          readOnlyAccessId: data.readOnly.accessId,
        },
        secrets: { password: data.readWrite.password, apiKey: data.apiKey },
      };
    },
  }),
  ...(['integration', 'limited'] as const).map((member) =>
    sandboxConnection({
      label:
        member === 'integration' ? SANDBOX_CONNECTION_NAMES.manage : SANDBOX_CONNECTION_NAMES.manageLimited,
      simulator: 'cw-manage',
      command: 'saveConnection',
      payload: (simulator) => {
        const { data } = (simulator as ManageSimulator).state;
        const { publicKey, privateKey } = data.apiMembers[member];
        return {
          vendor: 'cw-manage',
          name:
            member === 'integration'
              ? SANDBOX_CONNECTION_NAMES.manage
              : SANDBOX_CONNECTION_NAMES.manageLimited,
          settings: {
            hosting: 'cloud',
            region: 'na',
            onPremUrl: '',
            companyId: data.companyId,
            publicKey,
            clientId: data.clientIds[0]!,
          },
          secrets: { privateKey },
        };
      },
    }),
  ),
  sandboxConnection({
    label: SANDBOX_CONNECTION_NAMES.rmm,
    simulator: 'cw-rmm',
    command: 'saveConnection',
    payload: (simulator) => {
      const { full } = (simulator as CwRmmSimulator).state.data.keys;
      return {
        vendor: 'cw-rmm',
        name: SANDBOX_CONNECTION_NAMES.rmm,
        settings: { region: 'na', serverUrl: CW_RMM_REGIONS.na.serverUrl, clientId: full.clientId },
        secrets: { clientSecret: full.clientSecret },
      };
    },
  }),
];

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
