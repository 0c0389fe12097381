/**
 * Every vendor host the extension knows, in one place: the manifest, the content-script
 * `matches`, the messaging layer's sender check and the region helpers all read from here, so a
 * host added for one of them cannot be forgotten by the others.
 */

/** ConnectWise Manage cloud UI and API hosts (na, eu, au, aus, za, staging…). */
export const CW_MANAGE_MATCHES = ['https://*.myconnectwise.net/*', 'https://*.connectwisedev.com/*'] as const;

/** WatchGuard Cloud portals (usa/deu/jpn.cloud.watchguard.com) and its API hosts (api.*). */
export const WATCHGUARD_MATCHES = ['https://*.cloud.watchguard.com/*'] as const;

/**
 * ConnectWise RMM (Asio) OpenAPI servers, one per region, as listed in the WatchGuard ↔
 * ConnectWise RMM plug-in document (shared/seeds/000, "ConnectWise RMM server URL").
 */
export const CW_RMM_API_MATCHES = [
  'https://openapi.service.itsupport247.net/*',
  'https://openapi.service.euplatform.connectwise.com/*',
  'https://openapi.service.auplatform.connectwise.com/*',
] as const;

/**
 * The ConnectWise RMM web portal. No vendor document lists it; North America's host comes from
 * public client code (see lib/regions/catalogue.ts). Other regions' portals are not known yet.
 */
export const CW_RMM_PORTAL_MATCHES = ['https://control.itsupport247.net/*'] as const;

/**
 * Hosts granted at install: the cloud services the background calls and the portals we overlay.
 * Portal hosts are here, not only in content-script matches, so the popup may read a vendor
 * tab's URL (to pre-select its region) without the broad `tabs` permission.
 */
export const CLOUD_HOST_PERMISSIONS: string[] = [
  ...CW_MANAGE_MATCHES,
  ...WATCHGUARD_MATCHES,
  ...CW_RMM_API_MATCHES,
  ...CW_RMM_PORTAL_MATCHES,
];

/**
 * On-premise ConnectWise Manage and Automate servers live on hosts we cannot list in advance; the
 * user grants one origin at a time at run time (see the connections feature).
 */
export const OPTIONAL_HOST_PERMISSIONS: string[] = ['https://*/*'];

/**
 * The ThreatLocker portal, for the opt-in ConnectWise setup-form lint: never granted at install.
 * Only the login host is cited (api-evangelist's ThreatLocker catalogue, apis.yml "Login",
 * https://github.com/api-evangelist/threatlocker, dated 2026-08-02, read 2026-12-01). The same
 * catalogue says ThreatLocker runs per-instance deployments (A–H, AE1, AU1, CA1, EU1, SA1,
 * FedRAMP) with per-instance API hosts (portalapi.<instance>.threatlocker.com); no source we could
 * read names per-instance portal hosts, so none is listed.
 */
export const THREATLOCKER_PORTAL_MATCHES = ['https://portal.threatlocker.com/*'] as const;

/**
 * What the manifest lets the user grant later. The any-https-host pattern covers the ThreatLocker portal;
 * it is named so the opt-in is visible in the manifest (Chrome merges the two).
 */
export const OPTIONAL_HOSTS_IN_MANIFEST: string[] = [
  ...THREATLOCKER_PORTAL_MATCHES,
  ...OPTIONAL_HOST_PERMISSIONS,
];

/**
 * Where content scripts run, by portal. ThreatLocker's script is registered at run time, only
 * once the user grants the portal's host (lib/connections/host-access.ts).
 */
export const CONTENT_SCRIPT_MATCHES = {
  cwManage: [...CW_MANAGE_MATCHES],
  watchguard: [...WATCHGUARD_MATCHES],
  cwRmm: [...CW_RMM_PORTAL_MATCHES],
  threatlocker: [...THREATLOCKER_PORTAL_MATCHES],
} as const;

/** A vendor portal our content scripts run on; each content-script command names its own. */
export type Portal = keyof typeof CONTENT_SCRIPT_MATCHES;

/**
 * Tests whether a URL matches a Chrome match pattern of the `https://*.host/*` or
 * `https://host/*` form, the only forms this product uses.
 */
export function matchesPattern(url: string, pattern: string): boolean {
  const parsed = safeUrl(url);
  const match = /^(https|\*):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!parsed || !match) return false;
  const [, scheme, hostPattern = ''] = match;
  if (scheme !== '*' && parsed.protocol !== `${scheme}:`) return false;
  if (hostPattern === '*') return true;
  if (hostPattern.startsWith('*.')) {
    const base = hostPattern.slice(2);
    return parsed.hostname === base || parsed.hostname.endsWith(`.${base}`);
  }
  return parsed.hostname === hostPattern;
}

export function matchesAny(url: string, patterns: readonly string[]): boolean {
  return patterns.some((pattern) => matchesPattern(url, pattern));
}

function safeUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}
