import { z } from 'zod';
import { manageApiBaseUrl, normaliseCodebase } from '../../regions/cw-manage-codebase';
import { resolveBaseUrl, VendorError } from '../http';

/**
 * A ConnectWise Manage connection: the site people log in to, the login company ID and an API
 * member's key pair (developer guide, "Authentication"), plus the integration's `clientId`
 * (a GUID registered with ConnectWise, required on every call — §1.3).
 */
export const cwManageConfigSchema = z.object({
  /** The web UI address, e.g. `https://na.myconnectwise.net` or an on-premise host. */
  site: z.string(),
  companyId: z.string(),
  publicKey: z.string(),
  privateKey: z.string(),
  clientId: z.string(),
  /** API origin override (on-premise proxies, tests). Default: derived from the site + codebase. */
  apiUrl: z.string().optional(),
  /**
   * On-premise: origins besides the site the user granted. The API host an on-premise server's
   * codebase answer leads to (`https://api-<site host>`) gets the keys only when it is listed.
   */
  grantedOrigins: z.array(z.string()).optional(),
  /** Skip the codebase lookup with a known codebase such as `v2025_1/`. */
  codebase: z.string().optional(),
  /** Value of `version=` in the Accept header (default 2025.1). */
  apiVersion: z.string().optional(),
});
export type CwManageConfig = z.infer<typeof cwManageConfigSchema>;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FIELD_LABELS: Record<string, string> = {
  site: 'Site',
  companyId: 'Company ID',
  publicKey: 'Public key',
  privateKey: 'Private key',
  clientId: 'Client ID',
};

/** Rejects incomplete settings before any request, naming the field. */
export function checkManageConfig(config: CwManageConfig): void {
  for (const field of ['site', 'companyId', 'publicKey', 'privateKey', 'clientId'] as const) {
    if (!config[field]?.trim()) throw configError(field, `${FIELD_LABELS[field]} is empty.`);
  }
  if (!GUID.test(config.clientId.trim())) {
    throw configError(
      'clientId',
      'Client ID is not a GUID (ConnectWise issues client IDs like 1a2b3c4d-…).',
      'Copy the client ID from developer.connectwise.com › Client IDs.',
    );
  }
  if (config.codebase?.trim() && !normaliseCodebase(config.codebase)) {
    throw configError('codebase', `Codebase "${config.codebase}" does not look like v2025_1/.`);
  }
}

function configError(field: string, problem: string, nextStep?: string): VendorError {
  return new VendorError({
    kind: 'config',
    vendor: 'cw-manage',
    field,
    message: `ConnectWise Manage connection: ${problem}`,
    nextStep: nextStep ?? `Fill in ${FIELD_LABELS[field] ?? field} in the connection settings.`,
  });
}

/** The site origin the codebase lookup goes to. */
export function siteOrigin(config: CwManageConfig, allowInsecureHttp: boolean): URL {
  return resolveBaseUrl(config.site, 'cw-manage', { allowInsecureHttp });
}

/**
 * The REST root `https://{apiHost}/{codebase}apis/3.0/`. Cloud sites get their `api-` host (the
 * vendor's rule, via lib/regions); an explicit `apiUrl`, or an http site in test mode, keeps the
 * given origin.
 */
export function apiBaseUrl(config: CwManageConfig, codebase: string, allowInsecureHttp: boolean): URL {
  const site = siteOrigin(config, allowInsecureHttp);
  if (config.apiUrl?.trim()) {
    const origin = resolveBaseUrl(config.apiUrl, 'cw-manage', { allowInsecureHttp }).origin;
    return resolveBaseUrl(`${origin}/${codebase}apis/3.0/`, 'cw-manage', { allowInsecureHttp });
  }
  if (site.protocol === 'http:') {
    return resolveBaseUrl(`${site.origin}/${codebase}apis/3.0/`, 'cw-manage', { allowInsecureHttp });
  }
  return resolveBaseUrl(manageApiBaseUrl(site.origin, codebase), 'cw-manage', { allowInsecureHttp });
}
