export {
  findVendorTab,
  pickRecentVendorTab,
  type TabLike,
  type TabsLike,
} from './active-tab';
export {
  REGIONAL_VENDOR_LABELS,
  REGIONAL_VENDORS,
  type RegionalVendor,
  WATCHGUARD_REGIONS,
  type WatchGuardRegion,
} from './catalogue';
export { findInvisible, stripInvisibleAndWhitespace } from './characters';
export {
  codebaseFromPageUrl,
  companyInfoUrl,
  manageApiBaseUrl,
  normaliseCodebase,
} from './cw-manage-codebase';
export { companyInfoSchema } from './cw-manage-company-info';
export {
  classifyUrl,
  type DetectedRegion,
  detectRegion,
} from './detect';
export {
  endpoints,
  type LabelledUrl,
  listUrls,
  type RegionOption,
  regions,
} from './endpoints';
export { RegionError } from './errors';

export {
  type KnownAccessIds,
  type LintCode,
  type LintFinding,
  lintConnection,
} from './lint';
export { lintForm } from './page/form-lint';
export {
  accessIdPairOf,
  type ManagedAccessRow,
  managedAccessBlock,
  managedAccessDraft,
  managedAccessRows,
  regionWarning,
} from './page/managed-access-view';
export { pageBadgeFor } from './page/region-badge';
export {
  type FormField,
  type ManagedAccessKey,
  type ManagedAccessValues,
  readWatchGuardPage,
  type WatchGuardPageReading,
} from './page/watchguard-page-adapter';
export { formatParameterBlock } from './parameter-set';
