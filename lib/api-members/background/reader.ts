import { manageRoleReader } from '../../role-checker/background/readers';
import type { CwManageClient } from '../../vendors/cw-manage';
import type { FleetReader } from './fleet-audit';

/**
 * Runs in: the background. The fleet audit's reads over a Manage client: the API members (every
 * page, navigable paging as the guide documents for this list) and the role reads the role
 * audits already use (lib/role-checker/background/readers.ts).
 */
export function fleetReader(client: CwManageClient, options: { pageSize?: number } = {}): FleetReader {
  const roles = manageRoleReader(client);
  return {
    listApiMembers: (signal) =>
      client.all(
        client.apiMembers({
          ...(signal ? { signal } : {}),
          ...(options.pageSize ? { pageSize: options.pageSize } : {}),
        }),
      ),
    listRoles: roles.listRoles,
    roleSettings: roles.roleSettings,
  };
}
