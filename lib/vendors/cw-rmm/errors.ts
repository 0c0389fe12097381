/**
 * ConnectWise RMM failures in words an admin can act on. Error bodies follow the spec's
 * `Error {error, description}` (429 is plain text); the wording relies on the status and the
 * endpoint, quoting the vendor's description only where it explains a refused token request.
 */
import type { ErrorContext, GrantingFunction, VendorErrorInit } from '../http';
import { rmmErrorSchema } from './schemas';
import type { RmmServer } from './urls';

/** The scopes this product asks for, and which API call needs which (spec `security`, §3.3). */
export const CW_RMM_SCOPES = {
  companies: 'platform.companies.read',
  sites: 'platform.sites.read',
} as const;
export const RMM_REQUESTED_SCOPES = [CW_RMM_SCOPES.companies, CW_RMM_SCOPES.sites] as const;

export const RMM_ENDPOINTS = {
  token: 'POST /v1/token',
  companies: 'GET /api/platform/v1/company/companies',
  company: 'GET /api/platform/v1/company/companies/{companyId}',
  companySites: 'GET /api/platform/v1/company/companies/{companyId}/sites',
  sites: 'GET /api/platform/v1/company/sites',
} as const;

const SCOPE_OF_ENDPOINT: Record<string, string> = {
  [RMM_ENDPOINTS.companies]: CW_RMM_SCOPES.companies,
  [RMM_ENDPOINTS.company]: CW_RMM_SCOPES.companies,
  [RMM_ENDPOINTS.companySites]: CW_RMM_SCOPES.sites,
  [RMM_ENDPOINTS.sites]: CW_RMM_SCOPES.sites,
};

const SPEC_SOURCE =
  'ConnectWise Asio OpenAPI description, operation security scopes (reference/vendor-apis.md §3.3)';
const API_KEYS = 'the API key in ConnectWise RMM (Integrations › API keys)';

export function describeRmmError(ctx: ErrorContext, server: RmmServer): Partial<VendorErrorInit> | undefined {
  if (typeof ctx.body === 'string' && /SSL is required/i.test(ctx.body)) {
    return {
      kind: 'bad-url',
      field: 'serverUrl',
      message: `ConnectWise RMM answered "SSL is required" (${ctx.endpoint}): the Server URL must use https://.`,
      nextStep: `Use ${server.region?.serverUrl ?? server.origin.href.replace(/^http:/, 'https:')} as the Server URL.`,
    };
  }
  if (ctx.status === 423) {
    // Third-party report (vendor-apis.md §3.2): a key that asks for many tokens at once is locked.
    return {
      message: `ConnectWise RMM locked the API key (${ctx.endpoint}): it received several token requests at once.`,
      nextStep:
        'Wait a few minutes before trying again, and check that no other tool uses the same Client ID at the same moment.',
    };
  }
  return ctx.endpoint === RMM_ENDPOINTS.token ? describeTokenError(ctx, server) : describeApiError(ctx);
}

function describeTokenError(ctx: ErrorContext, server: RmmServer): Partial<VendorErrorInit> | undefined {
  const parsed = rmmErrorSchema.safeParse(ctx.body);
  const description = parsed.success ? parsed.data.description : undefined;
  if (ctx.status === 401) {
    return {
      field: 'clientId,clientSecret',
      message: 'ConnectWise RMM did not accept the Client ID and Client Secret.',
      nextStep: `Copy both from ${API_KEYS}; if the secret was not kept, generate a new one there.`,
    };
  }
  if (ctx.status === 403) {
    const scopes = RMM_REQUESTED_SCOPES.join(' and ');
    return {
      field: 'clientId',
      message: `The ConnectWise RMM API key may not use the scopes this extension needs (${scopes}).`,
      nextStep: `Allow ${scopes} on ${API_KEYS}, then test again.`,
    };
  }
  if (ctx.status === 404 || ctx.status === 405) {
    return {
      kind: 'bad-url',
      field: 'serverUrl',
      message: `${server.origin.host} has no ConnectWise RMM token service (${ctx.status}).`,
      nextStep:
        'Enter the ConnectWise RMM server of your region, e.g. https://openapi.service.itsupport247.net.',
    };
  }
  if (ctx.status === 400) {
    return {
      kind: 'config',
      message: `ConnectWise RMM refused the token request${description ? `: ${description}` : ''}.`,
      nextStep: `Check the Client ID and the scopes allowed on ${API_KEYS}; if they are right, report this error.`,
    };
  }
  return undefined;
}

function describeApiError(ctx: ErrorContext): Partial<VendorErrorInit> | undefined {
  if (ctx.status === 401) {
    // The client already fetched a fresh token and retried once: the key itself was refused.
    return {
      field: 'clientSecret',
      message: `ConnectWise RMM refused a freshly issued access token (${ctx.endpoint}).`,
      nextStep: `Check that ${API_KEYS} is still enabled; if it is, generate a new client secret and save it.`,
    };
  }
  if (ctx.status === 403) {
    const scope = SCOPE_OF_ENDPOINT[ctx.endpoint];
    const granting: GrantingFunction | undefined = scope
      ? { module: 'API key scope', function: scope, source: SPEC_SOURCE, inferred: false }
      : undefined;
    return {
      ...(granting ? { grantingFunction: granting } : {}),
      message: scope
        ? `The ConnectWise RMM API key may not call ${ctx.endpoint}: it needs the ${scope} scope.`
        : `The ConnectWise RMM API key may not call ${ctx.endpoint}.`,
      nextStep: scope
        ? `Allow ${scope} on ${API_KEYS}, then test again.`
        : `Review the scopes allowed on ${API_KEYS}, then test again.`,
    };
  }
  if (
    ctx.status === 404 &&
    ctx.endpoint !== RMM_ENDPOINTS.companies &&
    ctx.endpoint !== RMM_ENDPOINTS.sites
  ) {
    return {
      message: `ConnectWise RMM has no such company (${ctx.endpoint}); it may have been deleted.`,
      nextStep: 'Refresh the list of companies and try again.',
    };
  }
  return undefined;
}
