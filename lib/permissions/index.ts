/**
 * Permission catalogue and audit engine: pure TypeScript, no DOM and no extension APIs, so the
 * background, the in-page checker, tests and benchmarks all run the same code.
 */
export { type AuditRoleOptions, auditRole } from './audit-role';
export { type AuditUserClassOptions, auditUserClass } from './audit-user-class';
export {
  AUTOMATE_SCOPES,
  type AutomateScope,
  COMPUTER_PERMISSION_FIELDS,
  USER_CLASS_PERMISSION_FIELDS,
  USER_FLAG_FIELDS,
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
  type BoardReadinessInput,
  threatLockerBoardReadiness,
  WATCHGUARD_RMM_API_PARAMETERS,
  type WatchGuardRmmConnectionInput,
  type WatchGuardRmmParameter,
  watchGuardRmmConnectionReadiness,
} from './checks';
export {
  PermissionsInputError,
  type PermissionsInputErrorCode,
  type PermissionsInputErrorDetail,
} from './errors';
export {
  escapeMarkdown,
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
  LEVEL_FIELDS,
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
  AutomateRequirement,
  IntegrationKind,
  ManageProfile,
  ManageRequirement,
  ManualCheckDefinition,
  OptionalFeature,
  Product,
  Profile,
  ProfileInput,
  RmmProfile,
  Strictness,
} from './schema';
export { readRoleSettings } from './settings';
export { formatSource, SOURCES, type SourceRef } from './sources';
export type {
  AuditMode,
  AuditReport,
  AuditSummary,
  CheckResult,
  Finding,
  FindingStatus,
  ManualCheck,
  RequiredFunction,
  RequiredLevel,
  RequiredRole,
  RoleAuditReport,
  RoleFinding,
  UserClassAuditReport,
  UserClassFinding,
} from './types';
