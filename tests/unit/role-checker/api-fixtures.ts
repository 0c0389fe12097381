import type { AutomateUserClassReader, ManageRoleReader } from '@/lib/role-checker/background/api-audit';
import { VendorError, type VendorErrorInit } from '@/lib/vendors/http';
import { FIXTURE_MODULES, type RoleLevels } from './role-pages';

/**
 * A role as `GET /system/securityRoles/{id}/settings` returns it: one row per function of the
 * fixture screen, with the same levels the fixture pages show (role-pages.ts).
 */
export function apiSettings(levels: RoleLevels) {
  let id = 1;
  return FIXTURE_MODULES.flatMap((module) =>
    module.functions.map((fn) => {
      const [add, edit, del, inquire] = levels[`${module.name} > ${fn.name}`] ?? [
        'None',
        'None',
        'None',
        'None',
      ];
      return {
        id: id++,
        moduleName: module.name,
        moduleFunctionName: fn.name,
        addLevel: add,
        editLevel: edit,
        deleteLevel: del,
        inquireLevel: inquire,
      };
    }),
  );
}

/** A Manage reader answering from fixture data, as a saved connection's client would. */
export function fixtureManageReader(
  roles: Record<number, { name: string; levels: RoleLevels }>,
  mine: RoleLevels,
) {
  const reader: ManageRoleReader = {
    listRoles: async () => Object.entries(roles).map(([id, role]) => ({ id: Number(id), name: role.name })),
    roleSettings: async (roleId) => apiSettings(roles[roleId]?.levels ?? {}),
    mySecurity: async () => apiSettings(mine),
  };
  return reader;
}

export function fixtureAutomateReader(
  permissions: Record<string, boolean>,
  user: { IsIntegrator?: boolean } | Error = { IsIntegrator: true },
): AutomateUserClassReader {
  return {
    listUserClasses: async () => [{ id: 4, name: 'Rewst Integration' }],
    userClass: async (id) => ({ id, name: 'Rewst Integration', permissions }),
    signedInUser: async () => {
      if (user instanceof Error) throw user;
      return { id: 12, name: 'rewst', record: { UserId: 12, Name: 'rewst', ...user } };
    },
  };
}

/** ConnectWise Manage's 403 on `endpoint`, naming the role function that grants it. */
export function forbiddenBy(
  endpoint: string,
  grantingFunction: VendorErrorInit['grantingFunction'] = {
    module: 'System',
    function: 'Security',
    level: 'Inquire',
    source: 'notes',
    inferred: false,
  },
): VendorError {
  return new VendorError({
    kind: 'forbidden',
    vendor: 'cw-manage',
    endpoint,
    status: 403,
    message: 'ConnectWise Manage refused the request.',
    nextStep: 'Grant the API member that right.',
    ...(grantingFunction ? { grantingFunction } : {}),
  });
}
