/**
 * How the sandbox sets the extension up before anyone looks: its connections (simulator
 * credentials only; nothing real) and its settings, through the extension's own named commands
 * sent from an extension page, so the background validates, encrypts and stores them as it
 * would a person's.
 *
 * A connection or setting joins the sandbox by one `setupStep({...})` entry in SANDBOX_SETUP.
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
import { manageConnectionRequest } from '../e2e/support/manage-connection';
import type { AutomateSimState } from '../simulators/cw-automate';
import type { ManageSimState } from '../simulators/cw-manage';
import type { CwRmmSimState } from '../simulators/cw-rmm';
import type { WatchGuardSimState } from '../simulators/watchguard';
import type { MountedSimulator } from './simulators';

type CommandName = keyof Commands;
type Simulators = ReadonlyMap<string, MountedSimulator>;

export interface SetupStep<Name extends CommandName = CommandName> {
  /** What was done, in a person's words (the landing page lists it). */
  done: string;
  command: Name;
  payload: (simulators: Simulators) => z.input<Commands[Name]['request']>;
}

/** Type-checks one step's payload against its command's request schema. */
export function setupStep<Name extends CommandName>(step: SetupStep<Name>): SetupStep {
  return step as unknown as SetupStep;
}

/** A simulator's live state; throws when the sandbox does not run that simulator. */
export function simulatorState<State>(simulators: Simulators, name: string): State {
  const mounted = simulators.get(name);
  if (!mounted) throw new Error(`The sandbox runs no "${name}" simulator.`);
  return mounted.simulator.state as State;
}

/** Connection names, also what scenarios look for on the Connections screen and in the popup. */
export const SANDBOX_CONNECTION_NAMES = {
  watchguard: 'Sandbox WatchGuard Cloud',
  manage: 'Sandbox ConnectWise Manage',
  manageLimited: 'Sandbox Manage (limited role)',
  rmm: 'Sandbox ConnectWise RMM',
  automate: 'Sandbox Automate for Rewst',
} as const;

/** Tags of the sandbox's API members (tests/simulators/cw-manage/api-members.ts), by member id. */
export const SANDBOX_API_MEMBER_TAGS: Record<string, string[]> = {
  '901': ['watchguard-cloud-psa'],
  '904': ['ninjaone-psa'],
  '905': ['threatlocker-psa'],
  '906': ['watchguard-cloud-psa'],
  '908': ['kaseya-quote-manager-psa'],
};

const saved = (name: string) => `Saved the connection “${name}”.`;

function manageConnection(member: 'integration' | 'limited', name: string) {
  return setupStep({
    done: saved(name),
    command: 'saveConnection',
    payload: (simulators) => {
      const { data } = simulatorState<ManageSimState>(simulators, 'cw-manage');
      // A passed test then audits the member's rights against WatchGuard Cloud's table.
      return manageConnectionRequest(data, {
        name,
        member,
        integrations: ['watchguard-cloud-psa'],
        // Settings › API members: the simulator's directory, some members already tagged.
        ...(member === 'integration' ? { apiMemberTags: SANDBOX_API_MEMBER_TAGS } : {}),
      });
    },
  });
}

// ConnectWise Automate's simulator stands for a partner's own server, which would need a host
// permission only a person can grant (the browser's prompt): the sandbox serves it at a host the
// manifest grants (tests/sandbox/simulators.ts).
export const SANDBOX_SETUP: readonly SetupStep[] = [
  // A never-synced connection's scheduled sync starts a minute after it is saved; off, every
  // sandbox run shows the same "Never synced" starting point, and Sync now does the rest.
  setupStep({
    done: 'Turned scheduled syncs off (Settings → Sync turns them on): Sync now in the popup runs one.',
    command: 'setSyncSchedule',
    payload: () => ({ enabled: false, defaultIntervalMinutes: 1440, connections: {} }),
  }),
  setupStep({
    done: saved(SANDBOX_CONNECTION_NAMES.watchguard),
    command: 'saveConnection',
    payload: (simulators) => {
      const { data } = simulatorState<WatchGuardSimState>(simulators, 'watchguard');
      const { authUrl, apiUrl } = WATCHGUARD_REGIONS.na;
      return {
        vendor: 'watchguard',
        name: SANDBOX_CONNECTION_NAMES.watchguard,
        settings: {
          region: 'na',
          authUrl,
          apiUrl,
          accountId: data.partner.accountId,
          accessId: data.readWrite.accessId,
          readOnlyAccessId: data.readOnly.accessId,
        },
        secrets: { password: data.readWrite.password, apiKey: data.apiKey },
      };
    },
  }),
  manageConnection('integration', SANDBOX_CONNECTION_NAMES.manage),
  manageConnection('limited', SANDBOX_CONNECTION_NAMES.manageLimited),
  setupStep({
    done: saved(SANDBOX_CONNECTION_NAMES.rmm),
    command: 'saveConnection',
    payload: (simulators) => {
      const { full } = simulatorState<CwRmmSimState>(simulators, 'cw-rmm').data.keys;
      return {
        vendor: 'cw-rmm',
        name: SANDBOX_CONNECTION_NAMES.rmm,
        settings: { region: 'na', serverUrl: CW_RMM_REGIONS.na.serverUrl, clientId: full.clientId },
        secrets: { clientSecret: full.clientSecret },
      };
    },
  }),
  setupStep({
    done: saved(SANDBOX_CONNECTION_NAMES.automate),
    command: 'saveConnection',
    payload: (simulators) => {
      const { data } = simulatorState<AutomateSimState>(simulators, 'cw-automate');
      // Rewst's user, its class set up without Clients Read (the Readiness panel's failing check).
      const { user, password, totpSecret } = data.accounts.rewstNoClients;
      const host = simulators.get('cw-automate')?.hosts[0];
      return {
        vendor: 'cw-automate',
        name: SANDBOX_CONNECTION_NAMES.automate,
        settings: { serverUrl: `https://${host}`, username: user.Name, clientId: data.clientIds[0]! },
        secrets: { password, ...(totpSecret ? { totpSecret } : {}) },
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
 * Runs every step from the settings page, as the settings screens would. Resolves to what was
 * done; throws with the step and the extension's own message when one is refused.
 */
export async function setUpExtension(
  openExtensionPage: (pagePath: string) => Promise<Page>,
  simulators: Simulators,
  steps: readonly SetupStep[] = SANDBOX_SETUP,
): Promise<string[]> {
  if (steps.length === 0) return [];
  const settings = await openExtensionPage('options.html');
  try {
    const transport = pageTransport(settings);
    for (const step of steps) {
      // Widened: the step's own payload type was checked where it was written (setupStep).
      const command: CommandDefinition<string, z.ZodType, z.ZodType> = commands[step.command];
      const result = await sendCommand(transport, command, step.payload(simulators));
      if (!result.ok) throw new Error(`Sandbox set-up “${step.done}” refused: ${result.error.message}`);
    }
    return steps.map((step) => step.done);
  } finally {
    await settings.close();
  }
}
