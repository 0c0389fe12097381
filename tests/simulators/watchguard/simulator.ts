/**
 * WatchGuard Cloud API simulator: the OAuth token service, the Accounts API children listing, the
 * Authorization API audiences call and the Endpoint Security Management API devices listing, as
 * one plain Node request handler for the API host (api.usa|deu|jpn.cloud.watchguard.com).
 *
 * What it checks, and where the rule comes from (WatchGuard API docs unless marked):
 * - Token (`POST /oauth/token`, "Authentication"): form-encoded body, Basic `accessId:password`,
 *   `grant_type=client_credentials`, `scope=api-access` (the value every public client sends),
 *   optional `audience` issued by the Authorization API. Errors use the OAuth 2.0 error body
 *   (RFC 6749 §5.2) — WatchGuard's own token error body is NOT FOUND.
 * - Every REST call ("Request Headers" of each API page): `Authorization: Bearer`,
 *   `WatchGuard-API-Key`, `Accept: application/json`, `Content-Type: application/json`. The docs
 *   say "must include", so the strict reading is enforced: missing → 406/415; a wrong or missing
 *   API key → 401 (what WatchGuard answers is NOT FOUND; an unauthenticated request is a 401).
 * - Read-only access ID: its token "allows read-only access". NOT FOUND which calls that blocks;
 *   the simulator refuses every non-GET (including the audiences POST, so a read-only credential
 *   cannot act for managed accounts) and any route listed in `protectedReads`, with 403.
 * - Managed accounts need an audience token ("Authentication": a service provider requests a
 *   token with `audience` to call APIs for an account it manages); a token reaches only its own
 *   account: another known account → 403, an unknown one → 404.
 * - Devices: `$top`/`$skip`/`$count`; each response holds at most 3,000 records (the vendor's
 *   "limited to 3,000 records"); a larger `$top` is capped, not refused.
 * - Children listing: `offset`/`limit` (`-1` = all, per public clients). The server's page cap is
 *   NOT FOUND; strict reading: every page (including `-1`) is capped at `maxAccountsPageSize`, so
 *   a client must follow `totalItems` rather than trust one big page.
 * - Error bodies of the REST APIs are NOT FOUND: the simulator sends `{ status, message }`, a shape
 *   we made up on purpose — the client must word its errors from the status code alone.
 */
import {
  createRng,
  createSimulatorHandler,
  FaultRegistry,
  header,
  isTls,
  json,
  parseBasicAuth,
  parseBearer,
  type RouteContext,
  Router,
  realSimClock,
  type SimClock,
  type SimResponse,
  type Simulator,
  TokenStore,
  text,
} from '../core';
import { createWatchGuardData, type WatchGuardDataOptions, type WatchGuardDataSet } from './data';

export const WATCHGUARD_API_HOSTS = [
  'api.usa.cloud.watchguard.com',
  'api.deu.cloud.watchguard.com',
  'api.jpn.cloud.watchguard.com',
] as const;

export const WG_ROUTES = {
  token: 'POST /oauth/token',
  children: 'GET /rest/platform/accounts/v1/accounts/:accountId/children',
  audiences: 'POST /rest/platform/authorization/v1/audiences',
  devices: 'GET /rest/endpoint-security/management/api/v1/accounts/:accountId/devices',
} as const;

/** Most records one devices response holds (Endpoint Security Management API, Devices). */
export const WG_DEVICES_RESPONSE_CAP = 3_000;

export interface WgTokenSubject {
  credential: 'readwrite' | 'readonly';
  /** The one account this token may act on (own account, or the audience's account). */
  accountId: string;
}

export interface WatchGuardSimulatorOptions extends WatchGuardDataOptions {
  clock?: SimClock;
  /** Token lifetime in seconds (default 3600: the documented one-hour expiry). */
  tokenTtlSeconds?: number;
  /** Answer 403 "SSL is required" to plain-http requests (the E2E server is https). */
  requireTls?: boolean;
  /** Page cap of the children listing (default 1000). */
  maxAccountsPageSize?: number;
  /** Route keys (see WG_ROUTES) a read-only token may not GET either. */
  protectedReads?: readonly string[];
  /**
   * Records with only the ids and names (no WatchGuard response schema is published, so the
   * sparsest answer our client must still read is what it requires).
   */
  sparse?: boolean;
  /** Faults of the children listing (can be changed later through `state.accountsListing`). */
  accountsListing?: WgListingFault;
  /**
   * API access switched off for the account's access IDs (Managed Access). WatchGuard's answer is
   * NOT FOUND; the OAuth 2.0 one (RFC 6749 §5.2) is 400 `unauthorized_client`, sent here.
   */
  apiAccessDisabled?: boolean;
}

/** `omitTotal`: answers carry no `totalItems`; `emptyFrom`: every page from that offset is empty. */
export interface WgListingFault {
  omitTotal?: boolean;
  emptyFrom?: number;
}

export interface WatchGuardSimState {
  data: WatchGuardDataSet;
  tokens: TokenStore<WgTokenSubject>;
  /** audience value → managed account id. */
  audiences: Map<string, string>;
  accountsListing: WgListingFault;
  apiAccessDisabled: boolean;
}

export type WatchGuardSimulator = Simulator<WatchGuardSimState>;

export function createWatchGuardSimulator(options: WatchGuardSimulatorOptions = {}): WatchGuardSimulator {
  const data = createWatchGuardData(options);
  const clock = options.clock ?? realSimClock;
  const rng = createRng(data.seed).fork('tokens');
  const tokens = new TokenStore<WgTokenSubject>(rng, clock);
  const audiences = new Map<string, string>();
  const audienceOf = new Map<string, string>();
  const ttlMs = (options.tokenTtlSeconds ?? 3600) * 1000;
  const maxAccountsPage = options.maxAccountsPageSize ?? 1000;
  const protectedReads = new Set((options.protectedReads ?? []).map((route) => route.toLowerCase()));
  const state: WatchGuardSimState = {
    data,
    tokens,
    audiences,
    accountsListing: { ...options.accountsListing },
    apiAccessDisabled: options.apiAccessDisabled ?? false,
  };
  const faults = new FaultRegistry();

  const router = new Router()
    .post('/oauth/token', issueToken)
    .get('/rest/platform/accounts/v1/accounts/:accountId/children', listChildren)
    .post('/rest/platform/authorization/v1/audiences', createAudience)
    .get('/rest/endpoint-security/management/api/v1/accounts/:accountId/devices', listDevices);

  async function issueToken(ctx: RouteContext): Promise<SimResponse> {
    if (!/^application\/x-www-form-urlencoded\b/i.test(header(ctx.req, 'content-type') ?? '')) {
      return oauthError(400, 'invalid_request', 'Content-Type must be application/x-www-form-urlencoded');
    }
    const basic = parseBasicAuth(header(ctx.req, 'authorization'));
    if (!basic) return oauthError(401, 'invalid_client', 'Client authentication failed');
    const form = new URLSearchParams(await ctx.body());
    if (form.get('grant_type') !== 'client_credentials') {
      return oauthError(400, 'unsupported_grant_type', 'grant_type must be client_credentials');
    }
    if (form.get('scope') !== 'api-access') return oauthError(400, 'invalid_scope', 'Unknown scope');
    const credential =
      basic.user === data.readWrite.accessId && basic.password === data.readWrite.password
        ? 'readwrite'
        : basic.user === data.readOnly.accessId && basic.password === data.readOnly.password
          ? 'readonly'
          : undefined;
    if (!credential) return oauthError(401, 'invalid_client', 'Client authentication failed');
    if (state.apiAccessDisabled) return oauthError(400, 'unauthorized_client', 'API access is not enabled');
    let accountId = data.partner.accountId;
    const audience = form.get('audience');
    if (audience) {
      const target = audiences.get(audience);
      if (!target) return oauthError(400, 'invalid_request', 'Unknown audience');
      accountId = target;
    }
    const issued = tokens.issue({ credential, accountId }, ttlMs);
    return json(
      200,
      {
        access_token: issued.token,
        token_type: 'Bearer',
        expires_in: Math.round(ttlMs / 1000),
        scope: 'api-access',
      },
      { 'cache-control': 'no-store' },
    );
  }

  function listChildren(ctx: RouteContext): SimResponse {
    const refused = ownAccountOnly(ctx);
    if (refused) return refused;
    const offset = intParam(ctx.url, 'offset', 0);
    const limit = intParam(ctx.url, 'limit', 100, { allowMinusOne: true });
    const type = intParam(ctx.url, 'type', 0);
    if (offset === null || limit === null || type === null || type > 2 || limit === 0) {
      return restError(400, 'Invalid query parameter');
    }
    const delegated = ctx.url.searchParams.get('includeDelegatedAccounts') === 'true';
    const parent = ctx.params.accountId;
    const children = data.accounts.filter((account) => account.parentAccountId === parent);
    const listed = delegated ? children : children.filter((account) => !account.delegated);
    const all = type === 0 ? listed : listed.filter((account) => account.type === type);
    const size = limit === -1 ? maxAccountsPage : Math.min(limit, maxAccountsPage);
    const fault = state.accountsListing;
    const end = fault.emptyFrom !== undefined && offset >= fault.emptyFrom ? offset : offset + size;
    const items = all.slice(offset, end).map((account) =>
      options.sparse
        ? { accountId: account.accountId, name: account.name }
        : {
            accountId: account.accountId,
            name: account.name,
            type: account.type,
            // Fields we do not model pass through the client's loose schema.
            parentAccountId: account.parentAccountId,
            status: 'active',
          },
    );
    return json(200, { items, limit: size, offset, ...(fault.omitTotal ? {} : { totalItems: all.length }) });
  }

  async function createAudience(ctx: RouteContext): Promise<SimResponse> {
    if (!/^application\/json\b/i.test(header(ctx.req, 'content-type') ?? '')) {
      return restError(415, 'Content-Type must be application/json');
    }
    let body: unknown;
    try {
      body = await ctx.json();
    } catch {
      return restError(400, 'Malformed JSON body');
    }
    const accountId = (body as { accountId?: unknown } | null)?.accountId;
    if (typeof accountId !== 'string') return restError(400, 'accountId is required');
    const target = data.account(accountId);
    const caller = subjectOf(ctx);
    if (!target) return restError(404, 'Account not found');
    if (!caller || target.parentAccountId !== caller.accountId) {
      return restError(403, 'The account is not managed by this account');
    }
    let audience = audienceOf.get(accountId);
    if (!audience) {
      audience = `aud-${rng.hex(32)}`;
      audienceOf.set(accountId, audience);
      audiences.set(audience, accountId);
    }
    return json(200, { audience });
  }

  function listDevices(ctx: RouteContext): SimResponse {
    const refused = ownAccountOnly(ctx);
    if (refused) return refused;
    const top = intParam(ctx.url, '$top', WG_DEVICES_RESPONSE_CAP);
    const skip = intParam(ctx.url, '$skip', 0);
    const count = ctx.url.searchParams.get('$count');
    if (top === null || skip === null || top === 0 || (count !== null && !/^(true|false)$/.test(count))) {
      return restError(400, 'Invalid query parameter');
    }
    const devices = data.devices(ctx.params.accountId ?? '');
    const page = devices.slice(skip, skip + Math.min(top, WG_DEVICES_RESPONSE_CAP));
    const shown = options.sparse
      ? page.map((device) => ({ device_id: device.device_id, host_name: device.host_name }))
      : page;
    return json(200, { total_items: count === 'true' ? devices.length : null, data: shown });
  }

  /** Token scope: a token acts only on its own account (see the header comment). */
  function ownAccountOnly(ctx: RouteContext): SimResponse | undefined {
    const accountId = ctx.params.accountId ?? '';
    if (!data.account(accountId)) return restError(404, 'Account not found');
    if (subjectOf(ctx)?.accountId !== accountId) {
      return restError(403, 'This token does not grant access to the account');
    }
    return undefined;
  }

  function subjectOf(ctx: RouteContext): WgTokenSubject | undefined {
    const verified = tokens.verify(parseBearer(header(ctx.req, 'authorization')));
    return typeof verified === 'object' ? verified.subject : undefined;
  }

  function guard(ctx: RouteContext): SimResponse | undefined {
    if (options.requireTls && !isTls(ctx.req)) return text(403, 'SSL is required');
    if (ctx.route === WG_ROUTES.token) return undefined;
    if (!/application\/json/i.test(header(ctx.req, 'accept') ?? '')) {
      return restError(406, 'Accept must include application/json');
    }
    if (!/^application\/json\b/i.test(header(ctx.req, 'content-type') ?? '')) {
      return restError(415, 'Content-Type must be application/json');
    }
    const verified = tokens.verify(parseBearer(header(ctx.req, 'authorization')));
    if (verified === 'missing') return restError(401, 'Invalid access token');
    if (verified === 'expired') return restError(401, 'Access token expired');
    if (header(ctx.req, 'watchguard-api-key') !== data.apiKey) return restError(401, 'Invalid API key');
    if (verified.subject.credential === 'readonly') {
      const method = ctx.req.method?.toUpperCase() ?? 'GET';
      if (method !== 'GET' || protectedReads.has(ctx.route.toLowerCase())) {
        return restError(403, 'The read-only access ID cannot perform this operation');
      }
    }
    return undefined;
  }

  const { handler, stats } = createSimulatorHandler({
    router,
    faults,
    guard,
    onExpireToken: () => tokens.expireAll(),
    faultResponse: (kind) => {
      const status = Number(kind) || 500;
      return restError(status, status === 429 ? 'Too many requests' : 'Service unavailable');
    },
    notFound: () => restError(404, 'Resource not found'),
    methodNotAllowed: () => restError(405, 'Method not allowed'),
  });

  return { handler, state, faults, stats };
}

function restError(status: number, message: string): SimResponse {
  return json(status, { status, message });
}

function oauthError(status: number, error: string, description: string): SimResponse {
  const headers: Record<string, string> = { 'cache-control': 'no-store' };
  if (status === 401) headers['www-authenticate'] = 'Basic realm="api-access"';
  return json(status, { error, error_description: description }, headers);
}

/** A non-negative integer query parameter; `null` when present but not one. */
function intParam(
  url: URL,
  name: string,
  fallback: number,
  options: { allowMinusOne?: boolean } = {},
): number | null {
  const raw = url.searchParams.get(name);
  if (raw === null) return fallback;
  if (options.allowMinusOne && raw === '-1') return -1;
  return /^\d{1,9}$/.test(raw) ? Number(raw) : null;
}
