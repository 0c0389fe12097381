import {
  type AuditMode,
  auditRole,
  auditUserClass,
  type RoleAuditReport,
  type UserClassAuditReport,
} from '../../permissions';
import { isVendorError } from '../../vendors/http/errors';

/**
 * Role audits through the vendors' APIs, behind small reader interfaces: the background wires
 * them to the ConnectWise clients of a saved connection (readers.ts), tests to fixture data.
 * Everything here returns an audit report or throws (a reader's VendorError, or the audit
 * engine's PermissionsInputError); there is no partial pass.
 */

export interface ManageRoleSummary {
  id: number;
  name: string;
  adminFlag?: boolean;
}

/** ConnectWise Manage, read through one connection's API member. */
export interface ManageRoleReader {
  /** `GET /system/securityRoles` */
  listRoles(signal?: AbortSignal): Promise<ManageRoleSummary[]>;
  /** `GET /system/securityRoles/{id}/settings`, as the API returns it. */
  roleSettings(roleId: number, signal?: AbortSignal): Promise<unknown>;
  /** `GET /system/mySecurity`: the API member's own effective rights. */
  mySecurity(signal?: AbortSignal): Promise<unknown>;
}

export interface UserClassSummary {
  id: number;
  name: string;
}

/** ConnectWise Automate, read through one connection. */
export interface AutomateUserClassReader {
  /** `GET /UserClasses` */
  listUserClasses(signal?: AbortSignal): Promise<UserClassSummary[]>;
  /** `GET /UserClasses/{id}`: its name and its `Permissions` object. */
  userClass(id: number, signal?: AbortSignal): Promise<{ id: number; name: string; permissions: unknown }>;
  /**
   * The connection's own user (`GET /Users/{id}` of the signed-in user): the integration's user,
   * whose flags (IsIntegrator) are checked on the record itself.
   */
  signedInUser(signal?: AbortSignal): Promise<{ id: number; name: string; record: unknown }>;
}

export async function auditManageRole(
  reader: ManageRoleReader,
  roleId: number,
  profiles: readonly string[],
  mode: AuditMode,
  signal?: AbortSignal,
): Promise<{ role: ManageRoleSummary; report: RoleAuditReport }> {
  const [roles, settings] = await Promise.all([
    reader.listRoles(signal),
    reader.roleSettings(roleId, signal),
  ]);
  const role = roles.find((candidate) => candidate.id === roleId) ?? { id: roleId, name: `Role ${roleId}` };
  return { role, report: auditRole(settings, profiles, { mode }) };
}

/**
 * The API member's own rights against the integrations it serves: run after a connection test
 * succeeds, this is what catches the 403 before a sync meets it.
 */
export async function auditApiMember(
  reader: ManageRoleReader,
  profiles: readonly string[],
  mode: AuditMode,
  signal?: AbortSignal,
): Promise<RoleAuditReport> {
  return auditRole(await reader.mySecurity(signal), profiles, { mode });
}

export interface AutomateUserClassAudit {
  userClass: UserClassSummary;
  /** The user whose own settings were checked, or why they could not be read. */
  user: { id: number; name: string } | { problem: string };
  report: UserClassAuditReport;
}

export async function auditAutomateUserClass(
  reader: AutomateUserClassReader,
  userClassId: number,
  profiles: readonly string[],
  signal?: AbortSignal,
): Promise<AutomateUserClassAudit> {
  const userClass = await reader.userClass(userClassId, signal);
  // The user's record is read apart: refused or unreadable, its settings stay a manual check.
  const user = await reader.signedInUser(signal).catch((error: unknown) => ({ problem: problemOf(error) }));
  return {
    userClass: { id: userClass.id, name: userClass.name },
    user: 'problem' in user ? user : { id: user.id, name: user.name },
    report: auditUserClass(userClass.permissions, profiles, 'problem' in user ? {} : { user: user.record }),
  };
}

function problemOf(error: unknown): string {
  if (isVendorError(error)) return `${error.message} ${error.nextStep}`;
  return error instanceof Error && error.name === 'SignedInUserUnknown'
    ? error.message
    : 'The user record could not be read.';
}
