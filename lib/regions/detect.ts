import {
  CW_MANAGE_REGIONS,
  CW_RMM_REGIONS,
  type RegionalVendor,
  type RegionByVendor,
  VENDOR_DOMAINS,
  WATCHGUARD_REGIONS,
} from './catalogue';

export type DetectedRegion = {
  [V in RegionalVendor]: { vendor: V; region: RegionByVendor[V] };
}[RegionalVendor];

/**
 * What a URL is, beyond its region: a web portal, or which API. Lint uses it to tell "the API URL
 * pasted as the auth URL" from "a host the vendor does not use".
 */
export type UrlKind =
  | 'watchguard-portal'
  | 'watchguard-auth'
  | 'watchguard-endpoint-api'
  | 'watchguard-platform-api'
  | 'watchguard-api-other'
  | 'rmm-server'
  | 'rmm-portal'
  | 'manage-site'
  | 'manage-api';

export type UrlClassification = DetectedRegion & { kind: UrlKind; url: URL };

type HostRole =
  | 'watchguard-portal'
  | 'watchguard-api'
  | 'rmm-server'
  | 'rmm-portal'
  | 'manage-site'
  | 'manage-api';
type HostEntry = DetectedRegion & { role: HostRole };

const WATCHGUARD_ENDPOINT_API_PATH = '/rest/endpoint-security/management';
const WATCHGUARD_PLATFORM_PATH = '/rest/platform';
const WATCHGUARD_AUTH_PATH = '/oauth/token';

/** Every known host, lower-case, mapped to its vendor, region and role; built once from the catalogue. */
const HOSTS: ReadonlyMap<string, HostEntry> = buildHostIndex();

/** The vendor and region of a portal page or API URL, or `null` when it is neither. */
export function detectRegion(url: string): DetectedRegion | null {
  const found = classifyUrl(url);
  return found ? ({ vendor: found.vendor, region: found.region } as DetectedRegion) : null;
}

/** Like `detectRegion`, plus what kind of address it is. Accepts a bare host ("na.myconnectwise.net"). */
export function classifyUrl(input: string): UrlClassification | null {
  const url = parseLenient(input);
  if (!url) return null;
  const entry = HOSTS.get(url.hostname);
  if (!entry) return null;
  const base = { vendor: entry.vendor, region: entry.region, url } as DetectedRegion & { url: URL };
  if (entry.role !== 'watchguard-api') return { ...base, kind: entry.role };
  return { ...base, kind: watchGuardApiKind(url.pathname) };
}

/** The vendor whose domain a host sits under, even when the host itself is unknown. */
export function vendorOfDomain(hostname: string): RegionalVendor | null {
  const host = hostname.toLowerCase();
  for (const [vendor, domains] of Object.entries(VENDOR_DOMAINS) as [RegionalVendor, readonly string[]][]) {
    if (domains.some((domain) => host === domain || host.endsWith(`.${domain}`))) return vendor;
  }
  return null;
}

/** Parses an http(s) URL, adding `https://` to a bare host; `null` for anything else. */
export function parseLenient(input: string): URL | null {
  const text = input.trim();
  if (!text) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  try {
    const url = new URL(withScheme);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

function watchGuardApiKind(pathname: string): UrlKind {
  const path = pathname.replace(/\/+$/, '').toLowerCase();
  if (path === WATCHGUARD_AUTH_PATH) return 'watchguard-auth';
  if (isUnder(path, WATCHGUARD_ENDPOINT_API_PATH)) return 'watchguard-endpoint-api';
  if (isUnder(path, WATCHGUARD_PLATFORM_PATH) || path === '/rest') return 'watchguard-platform-api';
  return 'watchguard-api-other';
}

function isUnder(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`);
}

function buildHostIndex(): Map<string, HostEntry> {
  const index = new Map<string, HostEntry>();
  const add = (url: string, entry: HostEntry) => index.set(new URL(url).hostname, entry);
  for (const [region, data] of Object.entries(WATCHGUARD_REGIONS)) {
    const r = region as RegionByVendor['watchguard'];
    add(`https://${data.portalHost}`, { vendor: 'watchguard', region: r, role: 'watchguard-portal' });
    add(data.authUrl, { vendor: 'watchguard', region: r, role: 'watchguard-api' });
  }
  for (const [region, data] of Object.entries(CW_RMM_REGIONS)) {
    const r = region as RegionByVendor['cw-rmm'];
    add(data.serverUrl, { vendor: 'cw-rmm', region: r, role: 'rmm-server' });
    if ('portalHost' in data)
      add(`https://${data.portalHost}`, { vendor: 'cw-rmm', region: r, role: 'rmm-portal' });
  }
  for (const [region, data] of Object.entries(CW_MANAGE_REGIONS)) {
    const r = region as RegionByVendor['cw-manage'];
    add(data.siteUrl, { vendor: 'cw-manage', region: r, role: 'manage-site' });
    add(data.apiUrl, { vendor: 'cw-manage', region: r, role: 'manage-api' });
  }
  return index;
}

/** Every host in the catalogue; tests check each is covered by the manifest's host permissions. */
export function knownHosts(): string[] {
  return [...HOSTS.keys()];
}
