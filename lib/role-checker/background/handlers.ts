import { createMemoryStorageArea, type StorageAreaLike } from '../../extension/storage-area';
import type { Commands, Handlers } from '../../messaging';
import { CATALOGUE_VERSION, manageProfiles } from '../../permissions/catalogue';
import { auditApiMember, auditAutomateUserClass, auditManageRole } from './api-audit';
import { explainAuditFailure } from './audit-errors';
import { deliverManageCatalogue } from './catalogue-delivery';
import type { RoleAuditDeps } from './deps';
import { senderSiteHost } from './saved-role';
import { createSavedRoleReads } from './saved-role-reads';

type RoleCheckerCommand =
  | 'listAuditConnections'
  | 'listManageRoles'
  | 'auditManageRole'
  | 'auditApiMember'
  | 'listAutomateUserClasses'
  | 'auditAutomateUserClass'
  | 'readSavedRole'
  | 'roleCheckerDefaults'
  | 'roleCheckerCatalogue';

/**
 * The background side of the role-audit commands; the router has checked sender and schema.
 * `catalogueArea`: where the page script reads the catalogue (storage.local; in memory in tests).
 */
export function roleCheckerHandlers(
  deps: RoleAuditDeps,
  catalogueArea: StorageAreaLike = createMemoryStorageArea(),
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
    roleCheckerCatalogue: () =>
      deliverManageCatalogue(catalogueArea, manageProfiles, CATALOGUE_VERSION, true),
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
