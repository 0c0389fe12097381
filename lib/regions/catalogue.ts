/**
 * Every regional endpoint the product knows for each vendor, as our own data. Each entry names the
 * document it comes from; where a value is our inference rather than a vendor statement, the entry
 * says so in `note`, and the UI shows that note next to the URL.
 */

import type { VendorId } from '../vendor-ids';

/** Documents the facts below come from: vendor + title, with the public page where we have one. */
export const REGION_SOURCES = {
  watchGuardRmmPlugin:
    'WatchGuard: Configure the WatchGuard Cloud and ConnectWise RMM Connection (https://www.watchguard.com/help/docs/help-center/en-us/Content/en-US/Endpoint-Security/plugins/connectwise-rmm/configure_plugin.html) — Authentication API URL, API URL and ConnectWise RMM server URL per region',
  watchGuardApiRequests:
    'WatchGuard API docs: Make requests (https://watchguard.com/help/docs/API/Content/en-US/api_get_started/make_requests.html) — base API URL per region',
  cwManageDeveloperGuide:
    'ConnectWise PSA Developer Guide: Authentication and Cloud URLs (reference/vendor-apis.md §1.1, §1.2)',
  threatLockerManage:
    'ThreatLocker: ConnectWise Manage Custom Integration (https://threatlocker.kb.help/connectwise-manage-custom-integration) — North American, European and Australian cloud servers',
  cwManageThirdPartyClients:
    'Public ConnectWise Manage client code (reference/vendor-apis.md §1.1, "alternative AU API spellings")',
  cwRmmWebAppClientCode:
    'Public ConnectWise RMM client code that links tickets to the platform web app at control.itsupport247.net (North America only)',
} as const;

/** The vendors with cloud regions (Automate is on-premise only): a subset of VendorId. */
export const REGIONAL_VENDORS = ['watchguard', 'cw-rmm', 'cw-manage'] as const satisfies readonly VendorId[];
export type RegionalVendor = (typeof REGIONAL_VENDORS)[number];

/** How the region helper names them: Manage as the portals' integration pages spell it, "(PSA)". */
export const REGIONAL_VENDOR_LABELS: Record<RegionalVendor, string> = {
  watchguard: 'WatchGuard Cloud',
  'cw-rmm': 'ConnectWise RMM',
  'cw-manage': 'ConnectWise Manage (PSA)',
};

export interface WatchGuardRegionData {
  label: string;
  /** The WatchGuard Cloud web portal host of the region. */
  portalHost: string;
  authUrl: string;
  /** Endpoint Security management API base, the "API URL" of the ConnectWise plug-ins. */
  apiUrl: string;
  /** Base of the platform APIs (accounts, authorization) under the region's REST root. */
  platformApiUrl: string;
  sources: readonly string[];
  note?: string;
}

export interface CwRmmRegionData {
  label: string;
  serverUrl: string;
  /** The web portal technicians use, where one is known. */
  portalHost?: string;
  sources: readonly string[];
  note?: string;
}

export interface CwManageRegionData {
  label: string;
  /** The web UI ("site") address people log in to. */
  siteUrl: string;
  /** The cloud API host: the site host with the `api-` prefix the vendor requires. */
  apiUrl: string;
  sources: readonly string[];
  note?: string;
}

/** The WatchGuard Cloud regions: usa = NA/Americas, deu = EMEA, jpn = APAC. */
export const WATCHGUARD_REGIONS = {
  na: {
    label: 'NA / Americas',
    portalHost: 'usa.cloud.watchguard.com',
    authUrl: 'https://api.usa.cloud.watchguard.com/oauth/token',
    apiUrl: 'https://api.usa.cloud.watchguard.com/rest/endpoint-security/management',
    platformApiUrl: 'https://api.usa.cloud.watchguard.com/rest/platform',
    sources: [REGION_SOURCES.watchGuardRmmPlugin, REGION_SOURCES.watchGuardApiRequests],
  },
  emea: {
    label: 'EMEA',
    portalHost: 'deu.cloud.watchguard.com',
    authUrl: 'https://api.deu.cloud.watchguard.com/oauth/token',
    apiUrl: 'https://api.deu.cloud.watchguard.com/rest/endpoint-security/management',
    platformApiUrl: 'https://api.deu.cloud.watchguard.com/rest/platform',
    sources: [REGION_SOURCES.watchGuardRmmPlugin, REGION_SOURCES.watchGuardApiRequests],
  },
  apac: {
    label: 'APAC',
    portalHost: 'jpn.cloud.watchguard.com',
    authUrl: 'https://api.jpn.cloud.watchguard.com/oauth/token',
    apiUrl: 'https://api.jpn.cloud.watchguard.com/rest/endpoint-security/management',
    platformApiUrl: 'https://api.jpn.cloud.watchguard.com/rest/platform',
    sources: [REGION_SOURCES.watchGuardRmmPlugin, REGION_SOURCES.watchGuardApiRequests],
  },
} as const satisfies Record<string, WatchGuardRegionData>;

/**
 * ConnectWise RMM OpenAPI servers; the WatchGuard document calls the third one "Asia". No vendor
 * document lists the web portals: only North America's is known, from public client code.
 */
export const CW_RMM_REGIONS = {
  na: {
    label: 'North America',
    serverUrl: 'https://openapi.service.itsupport247.net',
    portalHost: 'control.itsupport247.net',
    sources: [REGION_SOURCES.watchGuardRmmPlugin, REGION_SOURCES.cwRmmWebAppClientCode],
    note: 'Portal host from public client code, not from a vendor document.',
  },
  eu: {
    label: 'Europe',
    serverUrl: 'https://openapi.service.euplatform.connectwise.com',
    sources: [REGION_SOURCES.watchGuardRmmPlugin],
  },
  asia: {
    label: 'Asia',
    serverUrl: 'https://openapi.service.auplatform.connectwise.com',
    sources: [REGION_SOURCES.watchGuardRmmPlugin],
  },
} as const satisfies Record<string, CwRmmRegionData>;

/**
 * ConnectWise Manage cloud sites. The developer guide lists the UI hosts (na, eu, au, aus, za,
 * staging) and the API hosts of na, eu, au and staging; it also says a cloud API host is the site
 * host with `api-` in front, which is how the aus and za API hosts below are derived.
 */
export const CW_MANAGE_REGIONS = {
  na: {
    label: 'North America',
    siteUrl: 'https://na.myconnectwise.net',
    apiUrl: 'https://api-na.myconnectwise.net',
    sources: [REGION_SOURCES.cwManageDeveloperGuide, REGION_SOURCES.threatLockerManage],
  },
  eu: {
    label: 'Europe',
    siteUrl: 'https://eu.myconnectwise.net',
    apiUrl: 'https://api-eu.myconnectwise.net',
    sources: [REGION_SOURCES.cwManageDeveloperGuide, REGION_SOURCES.threatLockerManage],
  },
  au: {
    label: 'Australia',
    siteUrl: 'https://au.myconnectwise.net',
    apiUrl: 'https://api-au.myconnectwise.net',
    sources: [REGION_SOURCES.cwManageDeveloperGuide, REGION_SOURCES.threatLockerManage],
  },
  aus: {
    label: 'Australia (aus site)',
    siteUrl: 'https://aus.myconnectwise.net',
    apiUrl: 'https://api-aus.myconnectwise.net',
    sources: [REGION_SOURCES.cwManageDeveloperGuide, REGION_SOURCES.cwManageThirdPartyClients],
    note: 'API host from public client code and the vendor’s api- prefix rule, not from a vendor table.',
  },
  za: {
    label: 'South Africa',
    siteUrl: 'https://za.myconnectwise.net',
    apiUrl: 'https://api-za.myconnectwise.net',
    sources: [REGION_SOURCES.cwManageDeveloperGuide],
    note: 'API host derived from the vendor’s api- prefix rule; no vendor table lists it.',
  },
  staging: {
    label: 'Staging (ConnectWise developers)',
    siteUrl: 'https://staging.connectwisedev.com',
    apiUrl: 'https://api-staging.connectwisedev.com',
    sources: [REGION_SOURCES.cwManageDeveloperGuide],
  },
} as const satisfies Record<string, CwManageRegionData>;

export type WatchGuardRegion = keyof typeof WATCHGUARD_REGIONS;
export type CwRmmRegion = keyof typeof CW_RMM_REGIONS;
export type CwManageRegion = keyof typeof CW_MANAGE_REGIONS;

export interface RegionByVendor {
  watchguard: WatchGuardRegion;
  'cw-rmm': CwRmmRegion;
  'cw-manage': CwManageRegion;
}

export const REGION_TABLES = {
  watchguard: WATCHGUARD_REGIONS,
  'cw-rmm': CW_RMM_REGIONS,
  'cw-manage': CW_MANAGE_REGIONS,
} as const;

/**
 * Parent domains each vendor serves from: a host under one of them that is not in the tables
 * above is "a host the vendor does not use" (e.g. the `api.eu.cloud.watchguard.com` of an
 * unofficial OpenAPI mirror), not a foreign host.
 */
export const VENDOR_DOMAINS: Record<RegionalVendor, readonly string[]> = {
  watchguard: ['cloud.watchguard.com'],
  'cw-rmm': ['itsupport247.net', 'euplatform.connectwise.com', 'auplatform.connectwise.com'],
  'cw-manage': ['myconnectwise.net', 'connectwisedev.com'],
};
