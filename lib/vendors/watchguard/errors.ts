/**
 * WatchGuard Cloud failures in words an admin can act on. WatchGuard's REST error body is not
 * documented (vendor-apis.md §4.4, NOT FOUND), so the wording comes from the status code, the
 * endpoint and what we know about the connection — never from the body, except the standard
 * OAuth `error` code of the token endpoint and a proxy's "SSL is required" text.
 *
 * Next steps follow the plug-in document's own troubleshooting list (seeds/000, "Connection
 * Troubleshooting"): API access enabled for the access ID, access ID and password of the right
 * account, the API key, the account ID, an account removed or merged — and the read-write access
 * ID rather than the read-only one.
 */
import type { ErrorContext, VendorErrorInit } from '../http';
import { oauthErrorSchema } from './schemas';
import type { WatchGuardApiRegion } from './urls';

export interface WatchGuardErrorScope {
  /** The account the service provider's credentials belong to (the configured Account ID). */
  homeAccountId: string;
  /** The account this call acts for (home, or a managed account through an audience token). */
  accountId: string;
  /** The configured Access ID is the one the portal labels read-only. */
  readOnly: boolean;
  region: WatchGuardApiRegion | undefined;
}

/** Endpoint labels, also used by the client, so errors and logs name calls the same way. */
export const WG_ENDPOINTS = {
  token: 'POST /oauth/token',
  children: 'GET /rest/platform/accounts/v1/accounts/{accountId}/children',
  audiences: 'POST /rest/platform/authorization/v1/audiences',
  devices: (endpointSecurityPath: string) =>
    `GET ${endpointSecurityPath}/api/v1/accounts/{accountId}/devices`,
} as const;

const MANAGED_ACCESS = 'Administration > Managed Access';
/** The next step of every error caused by the read-only Access ID (troubleshooting matches on it). */
export const READ_WRITE_FIX = `Enter the Access ID (Read-write) and its password from ${MANAGED_ACCESS}: the ConnectWise plug-ins need read-write API access.`;

export function describeWatchGuardTokenError(
  ctx: ErrorContext,
  scope: WatchGuardErrorScope,
): Partial<VendorErrorInit> | undefined {
  const ssl = sslRequired(ctx, 'authUrl', scope);
  if (ssl) return ssl;
  const oauth = oauthErrorSchema.safeParse(ctx.body);
  const code = oauth.success ? oauth.data.error : undefined;
  // The OAuth code is a short token from a fixed vocabulary: evidence, never a secret.
  const apiCode = code && /^[a-z_]{1,64}$/.test(code) ? { apiCode: code } : {};

  if (ctx.status === 401 || code === 'invalid_client') {
    return {
      ...apiCode,
      kind: 'auth',
      field: 'accessId,password',
      message: scope.readOnly
        ? 'WatchGuard Cloud did not accept the Access ID and Access Password — and the Access ID entered is the read-only one.'
        : 'WatchGuard Cloud did not accept the Access ID and Access Password.',
      nextStep: scope.readOnly
        ? READ_WRITE_FIX
        : `Copy the Access ID (Read-write) from ${MANAGED_ACCESS} and retype its password; check that API access is enabled and that both belong to account ${scope.homeAccountId}.`,
    };
  }
  if (ctx.status === 403) {
    return {
      ...apiCode,
      kind: 'forbidden',
      field: 'accessId',
      message: `WatchGuard Cloud refused to issue a token for this Access ID${scope.readOnly ? ' (the read-only one)' : ''}.`,
      nextStep: scope.readOnly
        ? READ_WRITE_FIX
        : `Check on ${MANAGED_ACCESS} that API access is enabled for the Access ID.`,
    };
  }
  if (ctx.status === 404 || ctx.status === 405) {
    return {
      kind: 'bad-url',
      field: 'authUrl',
      message: `The Authentication API URL does not lead to WatchGuard Cloud's token service (${ctx.status}).`,
      nextStep: `Copy the Authentication API URL from ${MANAGED_ACCESS}${scope.region ? `, e.g. ${scope.region.authUrl}` : ''}.`,
    };
  }
  if (ctx.status === 400 && code === 'unauthorized_client') {
    // OAuth's "this client may not use this grant": how API access switched off would read.
    return {
      ...apiCode,
      kind: 'forbidden',
      field: 'accessId',
      message:
        'WatchGuard Cloud accepted the Access ID and password but will not issue it a token (unauthorized_client).',
      nextStep: `Check on ${MANAGED_ACCESS} that API access is enabled for the Access ID.`,
    };
  }
  if (ctx.status === 400) {
    return {
      ...apiCode,
      kind: 'config',
      message: `WatchGuard Cloud refused the token request${code ? ` (${code})` : ''}${scope.accountId !== scope.homeAccountId ? ` for account ${scope.accountId}` : ''}.`,
      nextStep: `Check the Authentication API URL (${MANAGED_ACCESS}); if it is right, report this error.`,
    };
  }
  return undefined;
}

export function describeWatchGuardApiError(
  ctx: ErrorContext,
  scope: WatchGuardErrorScope,
): Partial<VendorErrorInit> | undefined {
  const ssl = sslRequired(ctx, 'apiUrl', scope);
  if (ssl) return ssl;
  const managed = scope.accountId !== scope.homeAccountId;

  if (ctx.status === 401) {
    // The client has already fetched a fresh token and retried once, so the token is not the
    // problem: of what goes with every call, only the API key is left.
    return {
      field: 'apiKey',
      message: `WatchGuard Cloud issued a token but refused the API call (${ctx.endpoint}): the API Key does not match.`,
      nextStep: `Copy the API Key from ${MANAGED_ACCESS}; it must belong to the same account as the Access ID (${scope.homeAccountId}).`,
    };
  }
  if (ctx.status === 403) {
    if (scope.readOnly) {
      return {
        field: 'accessId',
        message: `WatchGuard Cloud refused ${ctx.endpoint}: the Access ID entered is the read-only one.`,
        nextStep: READ_WRITE_FIX,
      };
    }
    if (ctx.endpoint === WG_ENDPOINTS.audiences || managed) {
      return {
        message: `WatchGuard Cloud will not let account ${scope.homeAccountId} act for account ${scope.accountId} (${ctx.endpoint}).`,
        nextStep: `Pick one of the accounts that ${scope.homeAccountId} manages (its managed accounts list), or check the Account ID.`,
      };
    }
    return {
      field: 'accountId',
      message: `The Access ID does not grant access to account ${scope.homeAccountId} (${ctx.endpoint}).`,
      nextStep:
        'Check that the Account ID (Administration > My Account) and the Access ID and API Key (Administration > Managed Access) come from the same WatchGuard Cloud account.',
    };
  }
  if (ctx.status === 404) {
    if (ctx.endpoint === WG_ENDPOINTS.audiences) {
      return {
        message: `WatchGuard Cloud has no account ${scope.accountId} (${ctx.endpoint}).`,
        nextStep: 'Check the account ID; the account may have been removed or merged with another one.',
      };
    }
    // The audience was granted, so the account exists: the Endpoint Security path is wrong.
    return managed
      ? {
          message: `WatchGuard Cloud has no account ${scope.accountId} at this API URL (${ctx.endpoint}).`,
          nextStep: `Check the managed account still exists, and that the API URL ends with /rest/endpoint-security/management.`,
        }
      : {
          field: 'accountId',
          message: `WatchGuard Cloud has no account ${scope.homeAccountId} (${ctx.endpoint}).`,
          nextStep:
            'Copy the Account ID from Administration > My Account; the account may have been removed or merged with another one.',
        };
  }
  return undefined;
}

/** A proxy or front end that refuses plain http says "SSL is required": the URL needs https://. */
function sslRequired(
  ctx: ErrorContext,
  field: 'authUrl' | 'apiUrl',
  scope: WatchGuardErrorScope,
): Partial<VendorErrorInit> | undefined {
  if (typeof ctx.body !== 'string' || !/SSL is required/i.test(ctx.body)) return undefined;
  const example = scope.region
    ? field === 'authUrl'
      ? scope.region.authUrl
      : scope.region.apiUrl
    : undefined;
  return {
    kind: 'bad-url',
    field,
    message: `WatchGuard Cloud answered "SSL is required" (${ctx.endpoint}): the ${field === 'authUrl' ? 'Authentication API URL' : 'API URL'} must use https://.`,
    nextStep: example
      ? `Use ${example}.`
      : `Copy the URL from ${MANAGED_ACCESS}; it starts with https://api.`,
  };
}
