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
  findCatalogueProblems,
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
export { customizeCheck, profileChecks } from './profile-checks';
export { requiredRole } from './required-role';
export { findRmmScope, RMM_SCOPES, type RmmScope } from './rmm-scopes';
export {
  type AutomateProfile,
  type AutomateRequirement,
  type CustomizeList,
  INTEGRATION_KINDS,
  type IntegrationKind,
  type ManageProfile,
  type ManageRequirement,
  type ManualCheckDefinition,
  type OptionalFeature,
  type Product,
  type Profile,
  type ProfileInput,
  type RmmProfile,
  type RmmScopeRequirement,
  type Strictness,
} from './schema';
export { readRoleSettings } from './settings';
export { formatSource, PAGES_READ_ON, SOURCES, type SourceRef, vendorPage } from './sources';
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
