/**
 * ConnectWise Manage's codebase lookup (source: ConnectWise PSA Developer Guide, "Calling Company
 * Info" and "Cloud URLs", reference/vendor-apis.md §1.1–1.2): an unauthenticated
 * `GET https://{site}/login/companyinfo/{companyId}` answers with the codebase (e.g. `v2024_1/`,
 * trailing slash included); the API base is then `https://{apiHost}/{codebase}apis/3.0`. A cloud
 * site answers a versioned codebase and needs the `api-` host; an on-premise server answers
 * `v4_6_release/` and serves the API on its own host. No zod here: the region badge on every
 * portal page uses this file (the answer's schema is cw-manage-company-info.ts).
 */
import { CW_MANAGE_REGIONS } from './catalogue';
import { classifyUrl, parseLenient } from './detect';

export const DEFAULT_CODEBASE = 'v4_6_release/';

/** A codebase path segment with its trailing slash: `v4_6_release/`, `v2024_1/`. */
const CODEBASE_PATTERN = /^v\d+_\d+(_release)?\/$/;

/** The company-info lookup URL for a site (a known cloud site or an on-premise server). */
export function companyInfoUrl(siteUrl: string, companyId: string): string {
  const site = parseLenient(siteUrl);
  if (!site) throw new TypeError(`"${siteUrl}" is not a site address.`);
  const id = companyId.trim();
  if (!id) throw new TypeError('A company ID is needed for the company-info lookup.');
  return `https://${site.host}/login/companyinfo/${encodeURIComponent(id)}`;
}

/** Adds the trailing slash if missing; `null` when the text is not a codebase. */
export function normaliseCodebase(raw: string): string | null {
  const text = raw.trim().replace(/^\/+/, '');
  const withSlash = text.endsWith('/') ? text : `${text}/`;
  return CODEBASE_PATTERN.test(withSlash) ? withSlash : null;
}

/** The codebase a Manage page runs under, read from the first path segment of its address. */
export function codebaseFromPageUrl(pageUrl: string): string | null {
  const url = parseLenient(pageUrl);
  const first = url?.pathname.split('/').find(Boolean);
  return first ? normaliseCodebase(first) : null;
}

/**
 * The REST base for a site and codebase. A known cloud site maps to its `api-` host; an unknown
 * host with a versioned codebase gets the `api-` prefix (the vendor's rule for cloud); with
 * `v4_6_release/` the API is on the site's own host (on-premise).
 */
export function manageApiBaseUrl(siteUrl: string, codebase: string = DEFAULT_CODEBASE): string {
  const normalised = normaliseCodebase(codebase);
  if (!normalised) throw new TypeError(`"${codebase}" is not a codebase like v2024_1/.`);
  const site = parseLenient(siteUrl);
  if (!site) throw new TypeError(`"${siteUrl}" is not a site address.`);
  const known = classifyUrl(site.href);
  let apiOrigin: string;
  if (known?.vendor === 'cw-manage') {
    apiOrigin = CW_MANAGE_REGIONS[known.region].apiUrl;
  } else if (normalised !== DEFAULT_CODEBASE && !site.hostname.startsWith('api-')) {
    apiOrigin = `https://api-${site.host}`;
  } else {
    apiOrigin = `https://${site.host}`;
  }
  return `${apiOrigin}/${normalised}apis/3.0`;
}
