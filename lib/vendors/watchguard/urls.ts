/**
 * WatchGuard Cloud regions and the checks that turn the two URLs a user pastes (Authentication
 * API URL, API URL) into the token endpoint and the API origin — or into an error that says which
 * field is wrong and what to paste instead. The common mistakes it names: the portal host used as
 * the API host, the two URLs swapped, an unknown region host, http://, and regions that differ.
 */
import { WATCHGUARD_REGIONS as REGION_CATALOGUE } from '../../regions/catalogue';
import { resolveBaseUrl, VendorError } from '../http';

export type WatchGuardRegionId = 'usa' | 'deu' | 'jpn';

export interface WatchGuardApiRegion {
  id: WatchGuardRegionId;
  label: string;
  authUrl: string;
  apiUrl: string;
  source: string;
}

const ENDPOINT_SECURITY_PATH = '/rest/endpoint-security/management';

/** The client's short region ids (the API hosts' own prefixes) and labels, per catalogue region. */
const CLIENT_REGIONS = {
  na: { id: 'usa', label: 'NA/Americas' },
  emea: { id: 'deu', label: 'EMEA' },
  apac: { id: 'jpn', label: 'APAC' },
} as const satisfies Record<keyof typeof REGION_CATALOGUE, { id: WatchGuardRegionId; label: string }>;

/** Per-region URLs, from the region catalogue (lib/regions), which cites the vendor documents. */
export const WATCHGUARD_API_REGIONS: readonly WatchGuardApiRegion[] = Object.entries(CLIENT_REGIONS).map(
  ([key, { id, label }]) => {
    const region = REGION_CATALOGUE[key as keyof typeof REGION_CATALOGUE];
    return { id, label, authUrl: region.authUrl, apiUrl: region.apiUrl, source: region.sources.join('; ') };
  },
);

export interface WatchGuardEndpoints {
  /** The token endpoint, exactly as it will be called. */
  tokenUrl: URL;
  /** Origin of the REST APIs (Accounts, Authorization, Endpoint Security). */
  apiOrigin: URL;
  /**
   * Path of the Endpoint Security management API under the origin, without a trailing slash:
   * the API URL's own path when it names one (the Aether variant lives elsewhere), else the
   * standard `/rest/endpoint-security/management`.
   */
  endpointSecurityPath: string;
  /** The region, when the hosts are WatchGuard's own. */
  region: WatchGuardApiRegion | undefined;
}

export interface WatchGuardUrlOptions {
  /**
   * Test mode (unit tests, local simulators): http:// and non-WatchGuard hosts are accepted.
   * Outside it, credentials only ever go to *.cloud.watchguard.com over https.
   */
  allowInsecureHttp?: boolean;
}

type UrlField = 'authUrl' | 'apiUrl';

export function resolveWatchGuardEndpoints(
  urls: { authUrl: string; apiUrl: string },
  options: WatchGuardUrlOptions = {},
): WatchGuardEndpoints {
  const auth = parse(urls.authUrl, 'authUrl', options);
  const api = parse(urls.apiUrl, 'apiUrl', options);
  const authRegion = regionOfHost(auth, 'authUrl', options);
  const apiRegion = regionOfHost(api, 'apiUrl', options);

  const authPath = trimSlash(auth.pathname);
  if (authPath !== '/oauth/token') {
    const suggestion = `${auth.origin}/oauth/token`;
    throw badUrl(
      'authUrl',
      authPath.startsWith('/rest')
        ? 'The Authentication API URL field holds the API URL.'
        : 'The Authentication API URL must end with /oauth/token.',
      `Enter ${suggestion} (Administration > Managed Access shows it).`,
    );
  }

  const apiPath = trimSlash(api.pathname);
  if (apiPath === '/oauth/token') {
    throw badUrl(
      'apiUrl',
      'The API URL field holds the Authentication API URL.',
      `Enter ${api.origin}/rest/endpoint-security/management as the API URL.`,
    );
  }
  if (apiPath !== '' && apiPath !== '/rest' && !apiPath.startsWith('/rest/')) {
    throw badUrl(
      'apiUrl',
      'The API URL must be the WatchGuard API base, ending with /rest/endpoint-security/management.',
      `Enter ${api.origin}/rest/endpoint-security/management as the API URL.`,
    );
  }

  if (authRegion && apiRegion && authRegion.id !== apiRegion.id) {
    throw badUrl(
      'apiUrl',
      `The Authentication API URL is for ${authRegion.label} but the API URL is for ${apiRegion.label}.`,
      'Use both URLs of your account’s region, as shown on Administration > Managed Access.',
    );
  }

  return {
    tokenUrl: new URL(authPath, auth.origin),
    apiOrigin: new URL(api.origin),
    endpointSecurityPath: /^\/rest\/(aether-)?endpoint-security\//.test(`${apiPath}/`)
      ? apiPath
      : ENDPOINT_SECURITY_PATH,
    region: apiRegion ?? authRegion,
  };
}

function parse(input: string, field: UrlField, options: WatchGuardUrlOptions): URL {
  try {
    return resolveBaseUrl(input, 'watchguard', options);
  } catch (error) {
    throw error instanceof VendorError
      ? error.with({ field, message: `${label(field)}: ${error.message}` })
      : error;
  }
}

/**
 * The region of a WatchGuard API host, or an error for a WatchGuard host that is not an API host
 * (the portal `usa.cloud.watchguard.com`, made-up `api.eu.…` hosts). Other hosts: only in test mode.
 */
function regionOfHost(
  url: URL,
  field: UrlField,
  options: WatchGuardUrlOptions,
): WatchGuardApiRegion | undefined {
  const host = url.hostname.toLowerCase();
  const api = /^api\.([a-z]+)\.cloud\.watchguard\.com$/.exec(host);
  const region = WATCHGUARD_API_REGIONS.find((candidate) => candidate.id === api?.[1]);
  if (region) return region;
  const portal = /^([a-z]+)\.cloud\.watchguard\.com$/.exec(host);
  const portalRegion = WATCHGUARD_API_REGIONS.find((candidate) => candidate.id === portal?.[1]);
  if (portalRegion) {
    throw badUrl(
      field,
      `${host} is the WatchGuard Cloud web portal, not the API.`,
      `Enter ${field === 'authUrl' ? portalRegion.authUrl : portalRegion.apiUrl} (note the "api." prefix).`,
    );
  }
  if (host === 'watchguard.com' || host.endsWith('.watchguard.com')) {
    throw badUrl(
      field,
      `${host} is not a WatchGuard Cloud API server.`,
      `Use the ${label(field)} of your region: ${WATCHGUARD_API_REGIONS.map((r) => `${r.label} ${field === 'authUrl' ? r.authUrl : r.apiUrl}`).join('; ')}.`,
    );
  }
  if (options.allowInsecureHttp) return undefined;
  throw badUrl(
    field,
    `${host} is not a WatchGuard Cloud server; the access password and API key are only sent to WatchGuard.`,
    `Use the ${label(field)} shown on Administration > Managed Access in WatchGuard Cloud.`,
  );
}

function badUrl(field: UrlField, message: string, nextStep: string): VendorError {
  return new VendorError({ kind: 'bad-url', vendor: 'watchguard', field, message, nextStep });
}

function label(field: UrlField): string {
  return field === 'authUrl' ? 'Authentication API URL' : 'API URL';
}

function trimSlash(path: string): string {
  return path.replace(/\/+$/, '');
}
