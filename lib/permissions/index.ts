/**
 * Permission catalogue and audit engine: pure TypeScript, no DOM and no extension APIs, so the
 * background, the in-page checker, tests and benchmarks all run the same code.
 */
export { auditRole } from './audit-role';
export { auditUserClass } from './audit-user-class';
export {
  COMPUTER_PERMISSION_FIELDS,
  USER_CLASS_PERMISSION_FIELDS,
} from './automate-fields';
export {
  automateProfiles,
  CATALOGUE_VERSION,
  catalogue,
  featureKey,
  findUnknownCatalogueNames,
  getProfile,
  manageProfiles,
  parseCatalogue,
  profileDigest,
  profilesFor,
} from './catalogue';
export {
  threatLockerBoardReadiness,
  WATCHGUARD_RMM_API_PARAMETERS,
  watchGuardRmmConnectionReadiness,
} from './checks';
export { PermissionsInputError } from './errors';
export {
  reportToCsv,
  reportToJson,
  reportToMarkdown,
  requiredRoleToCsv,
  requiredRoleToJson,
  requiredRoleToMarkdown,
} from './export';
export {
  ACTION_LABELS,
  ACTIONS,
  type Action,
  LEVELS,
  type Level,
  levelRank,
  parseLevel,
} from './levels';
export {
  canonicalFunctionKey,
  findManageFunction,
  isSensitiveManageFunction,
  MANAGE_MODULES,
  manageFunctionsFor,
} from './manage-modules';
export { functionKey, normaliseName, parseFunctionPath } from './normalise';
export { customizeCheck } from './profile-checks';
export { requiredRole } from './required-role';
export type {
  AutomateProfile,
  Profile,
  ProfileInput,
} from './schema';
export { readRoleSettings } from './settings';
export { SOURCES, type SourceRef } from './sources';
export type {
  AuditMode,
  AuditReport,
  RequiredRole,
  RoleAuditReport,
  RoleFinding,
  UserClassAuditReport,
} from './types';
