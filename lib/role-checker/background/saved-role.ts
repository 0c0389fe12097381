import type { SenderInfo } from '../../messaging';
import { CommandError } from '../../messaging/errors';
import { readRoleSettings } from '../../permissions';
import type { SavedRole } from '../page-commands';
import { explainAuditFailure } from './audit-errors';
import type { RoleAuditDeps } from './deps';

/**
 * Runs in: the background. What the server holds for the role a ConnectWise page shows, for the
 * in-page checker's "unsaved changes". The page says only the role's name: the site is the
 * sender's own host, and only a saved connection to that very site is used, so a page can read
 * nothing through a connection to another site.
 */

/** Said when a read fails for a reason whose own text may not be shown (it may carry a URL). */
export const SAVED_ROLE_UNREADABLE =
  'ConnectWise did not answer as expected. Test the connection in Settings › Connections.';

/** A site's host (port included, as `location.host` has it), or null for no address. */
export function siteHost(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

/** The host of the page that sent a content-script command (the router has vetted its URL). */
export function senderSiteHost(sender: SenderInfo): string | null {
  return siteHost(sender.url ?? sender.tab?.url);
}

/** Role names compare as ConnectWise shows them to people: without case or surrounding spaces. */
export function sameRoleName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

export async function readSavedRole(
  deps: Pick<RoleAuditDeps, 'manageConnectionsAt' | 'manageReader'>,
  siteHost: string | null,
  roleName: string,
): Promise<SavedRole> {
  // Several connections for one site: the first by name, and the answer says which was read.
  const [connection] = siteHost ? await deps.manageConnectionsAt(siteHost) : [];
  if (!connection) return { status: 'no-connection' };
  const connectionName = connection.label;
  try {
    const reader = await deps.manageReader(connection.id);
    const role = (await reader.listRoles()).find((candidate) => sameRoleName(candidate.name, roleName));
    if (!role) return { status: 'not-found', connectionName };
    const settings = readRoleSettings(await reader.roleSettings(role.id));
    return { status: 'found', connectionName, roleName: role.name, settings };
  } catch (error) {
    const message =
      error instanceof CommandError
        ? error.message
        : (explainAuditFailure(error)?.message ?? SAVED_ROLE_UNREADABLE);
    return { status: 'failed', connectionName, message };
  }
}
