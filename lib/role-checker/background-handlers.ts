import type { Commands, Handlers } from '../messaging';
import { CommandError } from '../messaging/errors';
import {
  type AutomateUserClassReader,
  auditApiMember,
  auditAutomateUserClass,
  auditManageRole,
  type ManageRoleReader,
} from './api-audit';
import { explainAuditFailure } from './audit-errors';
import type { AuditConnection } from './commands';
import { senderSiteHost } from './saved-role';
import { createSavedRoleReads } from './saved-role-reads';

/**
 * What the role-audit commands need from the rest of the background: the saved connections and
 * a reader for one of them (see readers.ts for readers over the vendor clients). A reader
 * factory throws a CommandError when the connection is unknown or of another vendor.
 */
export interface RoleAuditDeps {
  connections(): Promise<AuditConnection[]>;
  /**
   * The saved ConnectWise Manage connections to the site at `host` (its cloud site's or its
   * on-premise server's host, port included), sorted by name.
   */
  manageConnectionsAt(host: string): Promise<AuditConnection[]>;
  manageReader(connectionId: string): Promise<ManageRoleReader>;
  automateReader(connectionId: string): Promise<AutomateUserClassReader>;
  /** The integrations the organization's policy preselects (profile ids, any product). */
  preselectedProfiles(): Promise<string[]>;
  /** Subscribes to "forget credentials kept in memory" (vault locked, connection removed). */
  onForgetCredentials?(listener: () => void): () => void;
}

/** No connection at all (tests, or a background without the connections feature). */
export const NO_SAVED_CONNECTIONS: RoleAuditDeps = {
  connections: async () => [],
  manageConnectionsAt: async () => [],
  manageReader: async () => {
    throw new CommandError('No saved ConnectWise Manage connection: add one under Connections first.');
  },
  automateReader: async () => {
    throw new CommandError('No saved ConnectWise Automate connection: add one under Connections first.');
  },
  preselectedProfiles: async () => [],
};

type RoleCheckerCommand =
  | 'listAuditConnections'
  | 'listManageRoles'
  | 'auditManageRole'
  | 'auditApiMember'
  | 'listAutomateUserClasses'
  | 'auditAutomateUserClass'
  | 'readSavedRole'
  | 'roleCheckerDefaults';

/** The background side of the role-audit commands; the router has checked sender and schema. */
export function roleCheckerHandlers(
  deps: RoleAuditDeps,
): Required<Pick<Handlers<Commands>, RoleCheckerCommand>> {
  const savedRoles = createSavedRoleReads(deps);
  return {
    listAuditConnections: async () => ({ connections: await deps.connections() }),
    listManageRoles: ({ connectionId }) =>
      explained(async () => ({ roles: await (await deps.manageReader(connectionId)).listRoles() })),
    auditManageRole: ({ connectionId, roleId, profiles, mode }) =>
      explained(async () => auditManageRole(await deps.manageReader(connectionId), roleId, profiles, mode)),
    auditApiMember: ({ connectionId, profiles, mode }) =>
      explained(async () => ({
        report: await auditApiMember(await deps.manageReader(connectionId), profiles, mode),
      })),
    listAutomateUserClasses: ({ connectionId }) =>
      explained(async () => ({
        userClasses: await (await deps.automateReader(connectionId)).listUserClasses(),
      })),
    auditAutomateUserClass: ({ connectionId, userClassId, profiles }) =>
      explained(async () =>
        auditAutomateUserClass(await deps.automateReader(connectionId), userClassId, profiles),
      ),
    // Never fails: a failed read is an answer the page shows beside its verdict.
    readSavedRole: ({ roleName, fresh }, { sender }) =>
      savedRoles.read(senderSiteHost(sender), roleName, { fresh: fresh ?? false }),
    roleCheckerDefaults: async () => ({ profiles: await deps.preselectedProfiles() }),
  };
}

/** Audit failures a person can act on become their explained message; anything else stays generic. */
async function explained<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw explainAuditFailure(error) ?? error;
  }
}
