import { CommandError } from '../../messaging/errors';
import type { AuditConnection } from '../commands';
import type { AutomateUserClassReader, ManageRoleReader } from './api-audit';

/**
 * Runs in: the background. What the role-audit commands need from the rest of the background:
 * the saved connections and a reader for one of them (see readers.ts for readers over the vendor
 * clients). A reader factory throws a CommandError when the connection is unknown or of another
 * vendor. Apart from handlers.ts so saved-role.ts can take it without importing the handlers.
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
