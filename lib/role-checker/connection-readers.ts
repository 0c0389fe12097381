import type { ConnectionsFeature } from '../connections';
import { CommandError } from '../messaging/errors';
import type { VendorConnection } from '../vendors';
import { createCwAutomateClient } from '../vendors/cw-automate';
import { createCwManageClient } from '../vendors/cw-manage';
import { VENDOR_LABELS } from '../vendors/http';
import type { RoleAuditDeps } from './background-handlers';
import { automateUserClassReader, manageRoleReader } from './readers';

/**
 * Runs in: the background. Role audits read through the saved connections: their list (names
 * only) and, per audit, the connection resolved with its secrets into a vendor client. The
 * connection itself never leaves this module.
 */
export function connectionAuditDeps(
  connections: Pick<ConnectionsFeature, 'store' | 'resolveConnection'>,
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
    manageReader: async (id) => manageRoleReader(clients.manage((await resolve(id, 'cw-manage')).config)),
    automateReader: async (id) =>
      automateUserClassReader(clients.automate((await resolve(id, 'cw-automate')).config)),
  };
}
