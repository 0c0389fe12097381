import type { CwAutomateClient } from '../../vendors/cw-automate';
import type { CwManageClient } from '../../vendors/cw-manage';
import type { AutomateUserClassReader, ManageRoleReader } from './api-audit';

/**
 * Runs in: the background. The role audit readers over the real vendor clients: what the
 * background wires once a saved connection gives it a client.
 */

export function manageRoleReader(client: CwManageClient): ManageRoleReader {
  return {
    async listRoles(signal) {
      const roles = await client.all(client.securityRoles({ signal }));
      return roles.map((role) => ({
        id: role.id,
        name: role.name,
        ...(typeof role.adminFlag === 'boolean' ? { adminFlag: role.adminFlag } : {}),
      }));
    },
    roleSettings: (roleId, signal) => client.all(client.securityRoleSettings(roleId, { signal })),
    mySecurity: (signal) => client.all(client.mySecurity({ signal })),
  };
}

export function automateUserClassReader(client: CwAutomateClient): AutomateUserClassReader {
  return {
    async listUserClasses(signal) {
      const classes: { id: number; name: string }[] = [];
      for await (const userClass of client.userClasses({ signal })) {
        classes.push({ id: userClass.UserClassId, name: userClass.Name });
      }
      return classes;
    },
    async userClass(id, signal) {
      const userClass = await client.userClass(id, signal);
      // A class without a Permissions object grants nothing; the audit then lists what it lacks.
      return { id: userClass.UserClassId, name: userClass.Name, permissions: userClass.Permissions ?? {} };
    },
    async signedInUser(signal) {
      const { userId } = await client.signIn(signal);
      const id = Number(userId);
      if (userId === undefined || !Number.isInteger(id)) {
        const error = new Error('Automate did not say which user signed in, so its settings were not read.');
        error.name = 'SignedInUserUnknown';
        throw error;
      }
      const user = await client.user(id, signal);
      return { id: user.UserId, name: user.Name, record: user };
    },
  };
}
