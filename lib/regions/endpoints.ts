import {
  CW_MANAGE_REGIONS,
  CW_RMM_REGIONS,
  type CwManageRegion,
  type CwRmmRegion,
  REGION_TABLES,
  REGIONAL_VENDOR_LABELS,
  REGIONAL_VENDORS,
  type RegionalVendor,
  type RegionByVendor,
  WATCHGUARD_REGIONS,
  type WatchGuardRegion,
} from './catalogue';
import { RegionError } from './errors';

interface EndpointsBase {
  label: string;
  sources: readonly string[];
  /** Set when a value is our inference rather than a vendor statement. */
  note?: string;
}

export interface WatchGuardEndpoints extends EndpointsBase {
  vendor: 'watchguard';
  region: WatchGuardRegion;
  portalUrl: string;
  authUrl: string;
  apiUrl: string;
  platformApiUrl: string;
}

export interface CwRmmEndpoints extends EndpointsBase {
  vendor: 'cw-rmm';
  region: CwRmmRegion;
  serverUrl: string;
  /** The web portal, where one is known (see the catalogue's note). */
  portalUrl?: string;
}

export interface CwManageEndpoints extends EndpointsBase {
  vendor: 'cw-manage';
  region: CwManageRegion;
  siteUrl: string;
  apiUrl: string;
}

export interface EndpointsByVendor {
  watchguard: WatchGuardEndpoints;
  'cw-rmm': CwRmmEndpoints;
  'cw-manage': CwManageEndpoints;
}
export type Endpoints = EndpointsByVendor[RegionalVendor];

export interface RegionOption<V extends RegionalVendor = RegionalVendor> {
  region: RegionByVendor[V];
  label: string;
}

export function isRegionalVendor(value: string): value is RegionalVendor {
  return (REGIONAL_VENDORS as readonly string[]).includes(value);
}

export function isRegionOf<V extends RegionalVendor>(vendor: V, region: string): region is RegionByVendor[V] {
  return Object.hasOwn(REGION_TABLES[vendor], region);
}

/** The regions of a vendor, in the order people expect them, with human labels. */
export function regions<V extends RegionalVendor>(vendor: V): RegionOption<V>[];
export function regions(vendor: string): RegionOption[];
export function regions(vendor: string): RegionOption[] {
  const checked = assertVendor(vendor);
  return Object.entries(REGION_TABLES[checked]).map(([region, data]) => ({
    region: region as RegionByVendor[RegionalVendor],
    label: data.label,
  }));
}

/** The exact URLs of one vendor region. Throws a `RegionError` for an unknown vendor or region. */
export function endpoints<V extends RegionalVendor>(
  vendor: V,
  region: RegionByVendor[V],
): EndpointsByVendor[V];
export function endpoints(vendor: string, region: string): Endpoints;
export function endpoints(vendor: string, region: string): Endpoints {
  const checked = assertVendor(vendor);
  if (!isRegionOf(checked, region)) {
    const known = regions(checked)
      .map((option) => `${option.region} (${option.label})`)
      .join(', ');
    throw new RegionError(
      'unknown-region',
      `${REGIONAL_VENDOR_LABELS[checked]} has no region "${region}". Choose one of: ${known}.`,
      checked,
      region,
    );
  }
  switch (checked) {
    case 'watchguard': {
      const key = region as WatchGuardRegion;
      const data = WATCHGUARD_REGIONS[key];
      return {
        vendor: 'watchguard',
        region: key,
        label: data.label,
        portalUrl: `https://${data.portalHost}`,
        authUrl: data.authUrl,
        apiUrl: data.apiUrl,
        platformApiUrl: data.platformApiUrl,
        sources: data.sources,
      };
    }
    case 'cw-rmm': {
      const key = region as CwRmmRegion;
      const data: (typeof CW_RMM_REGIONS)[CwRmmRegion] = CW_RMM_REGIONS[key];
      return {
        vendor: 'cw-rmm',
        region: key,
        label: data.label,
        serverUrl: data.serverUrl,
        sources: data.sources,
        ...('portalHost' in data ? { portalUrl: `https://${data.portalHost}` } : {}),
        ...('note' in data ? { note: data.note } : {}),
      };
    }
    case 'cw-manage': {
      const key = region as CwManageRegion;
      const data: (typeof CW_MANAGE_REGIONS)[CwManageRegion] = CW_MANAGE_REGIONS[key];
      return {
        vendor: 'cw-manage',
        region: key,
        label: data.label,
        siteUrl: data.siteUrl,
        apiUrl: data.apiUrl,
        sources: data.sources,
        ...('note' in data ? { note: data.note } : {}),
      };
    }
  }
}

export interface LabelledUrl {
  key: string;
  label: string;
  url: string;
}

/** The URLs of a region as a list for copy buttons, most asked-for first. */
export function listUrls(found: Endpoints): LabelledUrl[] {
  switch (found.vendor) {
    case 'watchguard':
      return [
        { key: 'authUrl', label: 'Authentication API URL', url: found.authUrl },
        { key: 'apiUrl', label: 'API URL (Endpoint Security)', url: found.apiUrl },
        { key: 'platformApiUrl', label: 'Platform API base', url: found.platformApiUrl },
        { key: 'portalUrl', label: 'Portal', url: found.portalUrl },
      ];
    case 'cw-rmm':
      return [
        { key: 'serverUrl', label: 'Server URL', url: found.serverUrl },
        ...(found.portalUrl ? [{ key: 'portalUrl', label: 'Portal', url: found.portalUrl }] : []),
      ];
    case 'cw-manage':
      return [
        { key: 'apiUrl', label: 'API URL', url: found.apiUrl },
        { key: 'siteUrl', label: 'Site URL', url: found.siteUrl },
      ];
  }
}

function assertVendor(vendor: string): RegionalVendor {
  if (isRegionalVendor(vendor)) return vendor;
  throw new RegionError(
    'unknown-vendor',
    `Unknown vendor "${vendor}". Known vendors: ${REGIONAL_VENDORS.map((v) => `${v} (${REGIONAL_VENDOR_LABELS[v]})`).join(', ')}.`,
    vendor,
  );
}
