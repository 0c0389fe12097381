import type { ConnectionsFeature } from '../../connections';
import { manageSiteUrl } from '../../connections/kinds/cw-manage';
import { CommandError } from '../../messaging/errors';
import { VENDOR_LABELS } from '../../vendor-ids';
import type { VendorConnection } from '../../vendors';
import { createCwAutomateClient } from '../../vendors/cw-automate';
import { createCwManageClient } from '../../vendors/cw-manage';
import type { RoleAuditDeps } from './deps';
import { automateUserClassReader, manageRoleReader } from './readers';
import { siteHost } from './saved-role';

/** What the role audits use of the connections feature. */
export type AuditConnectionsSource = Pick<ConnectionsFeature, 'store' | 'resolveConnection' | 'readPolicy'> &
  Partial<Pick<ConnectionsFeature, 'onForgetCredentials'>> & {
    service: Pick<ConnectionsFeature['service'], 'list'>;
  };

/**
 * Runs in: the background. Role audits read through the saved connections: their list (names
 * only) and, per audit, the connection resolved with its secrets into a vendor client. The
 * connection itself never leaves this module.
 */
export function connectionAuditDeps(
  connections: AuditConnectionsSource,
  clients = { manage: createCwManageClient, automate: createCwAutomateClient },
): RoleAuditDeps {
  const resolve = async <V extends VendorConnection['vendor']>(id: string, vendor: V) => {
    const connection = await connections.resolveConnection(id);
    if (connection.vendor !== vendor) {
      throw new CommandError(`This connection is not a ${VENDOR_LABELS[vendor]} connection.`);
    }
    return connection as Extract<VendorConnection, { vendor: V }>;
  };
  return {
    async connections() {
      const { records } = await connections.store.list();
      return records.flatMap((record) =>
        record.vendor === 'cw-manage' || record.vendor === 'cw-automate'
          ? [{ id: record.id, label: record.name, vendor: record.vendor }]
          : [],
      );
    },
    async manageConnectionsAt(host) {
      // The list with the policy's pinned settings applied: a pinned connection's site is the policy's.
      const all = await connections.service.list();
      return all
        .flatMap((connection) =>
          connection.vendor === 'cw-manage' && siteHost(manageSiteUrl(connection.settings)) === host
            ? [{ id: connection.id, label: connection.name, vendor: connection.vendor }]
            : [],
        )
        .sort((a, b) => a.label.localeCompare(b.label));
    },
    manageReader: async (id) => manageRoleReader(clients.manage((await resolve(id, 'cw-manage')).config)),
    automateReader: async (id) =>
      automateUserClassReader(clients.automate((await resolve(id, 'cw-automate')).config)),
    preselectedProfiles: async () => (await connections.readPolicy()).policy.roleCheckerIntegrations ?? [],
    ...(connections.onForgetCredentials
      ? {
          onForgetCredentials: (listener: () => void) =>
            connections.onForgetCredentials?.(listener) ?? (() => {}),
        }
      : {}),
  };
}
