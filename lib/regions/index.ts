export {
  findVendorTab,
  pickRecentVendorTab,
  type TabLike,
  type TabsLike,
  type VendorTab,
} from './active-tab';
export {
  CW_MANAGE_REGIONS,
  CW_RMM_REGIONS,
  type CwManageRegion,
  type CwRmmRegion,
  REGION_SOURCES,
  REGIONAL_VENDOR_LABELS,
  REGIONAL_VENDORS,
  type RegionalVendor,
  type RegionByVendor,
  WATCHGUARD_REGIONS,
  type WatchGuardRegion,
} from './catalogue';
export { findInvisible, stripInvisibleAndWhitespace } from './characters';
export {
  type CompanyInfo,
  codebaseFromPageUrl,
  companyInfoSchema,
  companyInfoUrl,
  DEFAULT_CODEBASE,
  manageApiBaseUrl,
  normaliseCodebase,
} from './cw-manage-codebase';
export {
  classifyUrl,
  type DetectedRegion,
  detectRegion,
  type UrlClassification,
  type UrlKind,
} from './detect';
export {
  type CwManageEndpoints,
  type CwRmmEndpoints,
  type Endpoints,
  type EndpointsByVendor,
  endpoints,
  isRegionalVendor,
  isRegionOf,
  type LabelledUrl,
  listUrls,
  type RegionOption,
  regions,
  type WatchGuardEndpoints,
} from './endpoints';
export { RegionError, type RegionErrorCode } from './errors';
export { type ConnectionFields, FIELD_SPECS, type FieldsByVendor, fieldSpec, type Severity } from './fields';
export {
  type KnownAccessIds,
  type LintCode,
  type LintFinding,
  type LintOptions,
  lintConnection,
} from './lint';
export { type FormBoxValue, type FormLintOptions, lintForm } from './page/form-lint';
export {
  accessIdPairOf,
  type ManagedAccessRow,
  managedAccessBlock,
  managedAccessDraft,
  managedAccessRows,
  regionWarning,
} from './page/managed-access-view';
export { type PageBadge, pageBadgeFor } from './page/region-badge';
export {
  type FormField,
  type FormVendor,
  MANAGED_ACCESS_KEYS,
  type ManagedAccessKey,
  type ManagedAccessValues,
  readWatchGuardPage,
  type WatchGuardPageReading,
} from './page/watchguard-page-adapter';
export { formatParameterBlock, type WatchGuardParameters } from './parameter-set';
export {
  type AccessIdPair,
  accessIdPairSchema,
  type StoredAccessIdPair,
  type StoredConnectionDraft,
  type WatchGuardConnectionDraft,
  watchGuardConnectionDraftSchema,
} from './schemas';
