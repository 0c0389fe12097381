import { type AuditRoleOptions, auditRoleProfiles } from './audit-profiles';
import { CATALOGUE_VERSION, resolveProfiles } from './catalogue';
import { readMode } from './mode';
import type { RoleAuditReport } from './types';

/**
 * Audits a ConnectWise Manage security role (the settings array from
 * `GET /system/securityRoles/{id}/settings` or `/system/mySecurity`) against the selected Manage
 * profiles of the catalogue. A function absent from the settings counts as None. Bad input throws
 * a PermissionsInputError rather than returning a report.
 */
export function auditRole(
  settings: unknown,
  profileIds: readonly string[],
  options?: AuditRoleOptions,
): RoleAuditReport {
  // A bad mode is reported before the profiles, as it always was.
  readMode(options);
  return auditRoleProfiles(settings, resolveProfiles(profileIds, 'manage'), CATALOGUE_VERSION, options);
}
