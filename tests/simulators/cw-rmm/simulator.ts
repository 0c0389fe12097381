/**
 * ConnectWise RMM (Asio platform) API simulator: the token service and the v1 company/site
 * listings, as one plain Node request handler for the OpenAPI host
 * (openapi.service.itsupport247.net and the EU/AU servers).
 *
 * What it checks, and where the rule comes from (Asio OpenAPI description unless marked;
 * vendor-apis.md §3.2–§3.4):
 * - `POST /v1/token`: JSON body `{grant_type: client_credentials, client_id, client_secret, scope}`;
 *   answers `{access_token, scope, token_type: Bearer, expires_in: 3599}`. Errors use the spec's
 *   `Error` body `{error, description}`: bad body 400, unknown key or wrong secret 401. NOT FOUND
 *   what a missing `scope` or a scope the key lacks gets; strict reading: no scope → 400, a scope
 *   the key lacks → 403 (third-party clients report 400/401/403 for these).
 * - A key that asks for several tokens at once is locked (third-party report of HTTP 423). How
 *   long, and whether its existing tokens still work, is NOT FOUND; strict reading: the key's
 *   token requests and API calls all answer 423 for `lockSeconds`, without Retry-After.
 * - Every API call: `Authorization: Bearer` (401 with the spec's example body when missing,
 *   unknown or expired) and the scope of the route (`platform.companies.read`,
 *   `platform.sites.read`) in the token, else 403. An `Accept` that excludes JSON → 406.
 * - Paging: the v1 company/site listings declare no paging parameters, and the plug-in's
 *   "Records Per Request" setting is NOT FOUND in any API source. The simulator applies the rules
 *   the same API documents for its ticket listing: `pageSize` + `pageNum` (1-based) go together
 *   (one without the other → 400), a negative value is ignored along with its partner (→ the
 *   whole list), a page past the end is an empty array. The largest page is NOT FOUND; strict
 *   reading: above `maxPageSize` → 400. Without paging parameters the whole list comes back, a
 *   bare array as the spec says.
 * - Faulty modes for the sync's proof-of-end rules: `paging.cap` (pages hold at most N, counted by
 *   that size) and `paging.ignorePageNum` (every page is the first); `sparse` sends only ids and
 *   names, as the spec allows (it marks no property required).
 * - 429 is `text/plain` "Too Many Requests" (spec); 5xx use the spec's `Error` body.
 */
import {
  createRng,
  createSimulatorHandler,
  type FaultKind,
  FaultRegistry,
  header,
  isTls,
  json,
  parseBearer,
  type RouteContext,
  Router,
  realSimClock,
  type SimClock,
  type SimResponse,
  type Simulator,
  type SparseRule,
  sparseRecord,
  TokenStore,
  text,
} from '../core';
import {
  type CwRmmDataOptions,
  type CwRmmDataSet,
  createCwRmmData,
  RMM_SCOPES,
  type RmmApiKey,
} from './data';

export const CW_RMM_API_HOSTS = [
  'openapi.service.itsupport247.net',
  'openapi.service.euplatform.connectwise.com',
  'openapi.service.auplatform.connectwise.com',
] as const;

export const RMM_ROUTES = {
  token: 'POST /v1/token',
  companies: 'GET /api/platform/v1/company/companies',
  company: 'GET /api/platform/v1/company/companies/:companyId',
  companySites: 'GET /api/platform/v1/company/companies/:companyId/sites',
  sites: 'GET /api/platform/v1/company/sites',
  site: 'GET /api/platform/v1/company/sites/:siteId',
} as const;

/** The scope each API route needs (spec `security` of each operation). */
const ROUTE_SCOPES: Record<string, string> = {
  [RMM_ROUTES.companies]: RMM_SCOPES.companiesRead,
  [RMM_ROUTES.company]: RMM_SCOPES.companiesRead,
  [RMM_ROUTES.companySites]: RMM_SCOPES.sitesRead,
  [RMM_ROUTES.sites]: RMM_SCOPES.sitesRead,
  [RMM_ROUTES.site]: RMM_SCOPES.sitesRead,
};

export interface RmmTokenSubject {
  clientId: string;
  scopes: readonly string[];
}

export interface CwRmmSimulatorOptions extends CwRmmDataOptions {
  clock?: SimClock;
  /** Token lifetime in seconds (default 3599, the spec example's `expires_in`). */
  tokenTtlSeconds?: number;
  /** Answer 403 "SSL is required" to plain-http requests (the E2E server is https). */
  requireTls?: boolean;
  /** Largest `pageSize` accepted (default 1000). */
  maxPageSize?: number;
  /** How long a key that asked for tokens at once stays locked (default 60 s, simulator clock). */
  lockSeconds?: number;
  /** Records as thin as the spec allows: only ids and names (the spec marks nothing nullable). */
  sparse?: boolean;
  /** A server that breaks the paging pair (can be changed later through `state.paging`). */
  paging?: RmmPagingFault;
  /**
   * Real milliseconds a token request is held before it is answered, so that requests sent at
   * the same time overlap and the lock can see them (default 5).
   */
  tokenLatencyMs?: number;
}

/**
 * How a faulty server pages: `cap` sends at most that many records per page (counting pages by
 * its own size), `ignorePageNum` answers every page with the first one.
 */
export interface RmmPagingFault {
  cap?: number;
  ignorePageNum?: boolean;
}

const SPARSE: SparseRule = { keep: new Set(['id', 'name', 'company']), nulls: false };

export interface CwRmmSimState {
  data: CwRmmDataSet;
  /** Paging faults; tests may change them between syncs. */
  paging: RmmPagingFault;
  tokens: TokenStore<RmmTokenSubject>;
  /** clientId → simulator time until which the key is locked. */
  lockedUntil: Map<string, number>;
}

export type CwRmmSimulator = Simulator<CwRmmSimState>;

export function createCwRmmSimulator(options: CwRmmSimulatorOptions = {}): CwRmmSimulator {
  const data = createCwRmmData(options);
  const clock = options.clock ?? realSimClock;
  const tokens = new TokenStore<RmmTokenSubject>(createRng(data.seed).fork('rmm-tokens'), clock);
  const ttlSeconds = options.tokenTtlSeconds ?? 3599;
  const maxPageSize = options.maxPageSize ?? 1000;
  const lockMs = (options.lockSeconds ?? 60) * 1000;
  const latencyMs = options.tokenLatencyMs ?? 5;
  const lockedUntil = new Map<string, number>();
  const tokenRequestsInFlight = new Map<string, number>();
  const keys: RmmApiKey[] = [data.keys.full, data.keys.companiesOnly];
  const state: CwRmmSimState = { data, tokens, lockedUntil, paging: { ...options.paging } };
  const faults = new FaultRegistry();

  const router = new Router()
    .post('/v1/token', issueToken)
    .get('/api/platform/v1/company/companies', (ctx) => page(ctx, data.companies))
    .get('/api/platform/v1/company/companies/:companyId', (ctx) => {
      const company = findCompany(ctx);
      return 'status' in company ? company : json(200, present([company.record])[0]);
    })
    .get('/api/platform/v1/company/companies/:companyId/sites', (ctx) => {
      const company = findCompany(ctx);
      return 'status' in company ? company : page(ctx, data.sites(company.record.id));
    })
    .get('/api/platform/v1/company/sites', (ctx) => page(ctx, data.allSites()))
    .get('/api/platform/v1/company/sites/:siteId', (ctx) => {
      const siteId = ctx.params.siteId ?? '';
      if (!UUID.test(siteId)) return rmmError(400, 'bad request', 'invalid input data');
      const site = data.allSites().find((candidate) => candidate.id === siteId);
      return site ? json(200, site) : rmmError(404, 'not found', 'site does not exist');
    });

  async function issueToken(ctx: RouteContext): Promise<SimResponse> {
    if (!/^application\/json\b/i.test(header(ctx.req, 'content-type') ?? '')) {
      return rmmError(415, 'unsupported media type', 'Content-Type must be application/json');
    }
    let body: Record<string, unknown>;
    try {
      const parsed = await ctx.json();
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
        throw new SyntaxError('not an object');
      body = parsed as Record<string, unknown>;
    } catch {
      return rmmError(400, 'bad request', 'invalid input data');
    }
    if (body.grant_type !== 'client_credentials') {
      return rmmError(400, 'bad request', 'grant_type must be client_credentials');
    }
    const key = keys.find((candidate) => candidate.clientId === body.client_id);
    if (!key || body.client_secret !== key.clientSecret) {
      return rmmError(401, 'unauthorized request', 'invalid client credentials');
    }
    if (isLocked(key.clientId)) return locked();
    const inFlight = (tokenRequestsInFlight.get(key.clientId) ?? 0) + 1;
    tokenRequestsInFlight.set(key.clientId, inFlight);
    try {
      if (inFlight > 1) {
        lockedUntil.set(key.clientId, clock.now() + lockMs);
        return locked();
      }
      await new Promise((resolve) => setTimeout(resolve, latencyMs));
      const requested = typeof body.scope === 'string' ? body.scope.split(/\s+/).filter(Boolean) : [];
      if (requested.length === 0) return rmmError(400, 'bad request', 'scope is required');
      const missing = requested.filter((scope) => !key.scopes.includes(scope));
      if (missing.length > 0) {
        return rmmError(403, 'forbidden', `scope not allowed for this client: ${missing.join(' ')}`);
      }
      const issued = tokens.issue({ clientId: key.clientId, scopes: requested }, ttlSeconds * 1000);
      return json(200, {
        access_token: issued.token,
        scope: requested.join(' '),
        token_type: 'Bearer',
        expires_in: ttlSeconds,
      });
    } finally {
      tokenRequestsInFlight.set(key.clientId, (tokenRequestsInFlight.get(key.clientId) ?? 1) - 1);
    }
  }

  function isLocked(clientId: string): boolean {
    return (lockedUntil.get(clientId) ?? 0) > clock.now();
  }

  function findCompany(
    ctx: RouteContext,
  ): { record: NonNullable<ReturnType<CwRmmDataSet['company']>> } | SimResponse {
    const companyId = ctx.params.companyId ?? '';
    if (!UUID.test(companyId)) return rmmError(400, 'bad request', 'invalid input data');
    const record = data.company(companyId);
    return record ? { record } : rmmError(404, 'not found', 'company does not exist');
  }

  /** One page of a listing, by the paging rules in the header comment. */
  function page<T extends object>(ctx: RouteContext, records: readonly T[]): SimResponse {
    const size = ctx.url.searchParams.get('pageSize');
    const number = ctx.url.searchParams.get('pageNum');
    if (size === null && number === null) return json(200, present(records));
    if (size === null || number === null) {
      return rmmError(400, 'bad request', 'pageSize and pageNum must be sent together');
    }
    if (!/^-?\d+$/.test(size) || !/^-?\d+$/.test(number))
      return rmmError(400, 'bad request', 'invalid input data');
    const pageSize = Number(size);
    const pageNum = Number(number);
    // "If number is negative, it is ignored", and then so is its partner.
    if (pageSize < 0 || pageNum < 0) return json(200, present(records));
    if (pageSize === 0 || pageNum === 0 || pageSize > maxPageSize) {
      return rmmError(
        400,
        'bad request',
        `pageSize must be between 1 and ${maxPageSize}; pageNum starts at 1`,
      );
    }
    const servedSize = Math.min(pageSize, state.paging.cap ?? pageSize);
    const start = state.paging.ignorePageNum ? 0 : (pageNum - 1) * servedSize;
    return json(200, present(records.slice(start, start + servedSize)));
  }

  function present<T extends object>(records: readonly T[]): readonly object[] {
    return options.sparse ? records.map((record) => sparseRecord(record, SPARSE)) : records;
  }

  function guard(ctx: RouteContext): SimResponse | undefined {
    if (options.requireTls && !isTls(ctx.req)) return text(403, 'SSL is required');
    if (ctx.route === RMM_ROUTES.token) return undefined;
    const accept = header(ctx.req, 'accept');
    if (accept && !/application\/json|\*\/\*|application\/\*/i.test(accept)) {
      return rmmError(406, 'not acceptable', 'responses are application/json');
    }
    const verified = tokens.verify(parseBearer(header(ctx.req, 'authorization')));
    if (typeof verified !== 'object') return unauthorized();
    if (isLocked(verified.subject.clientId)) return locked();
    const needed = ROUTE_SCOPES[ctx.route];
    if (needed && !verified.subject.scopes.includes(needed)) {
      return rmmError(403, 'forbidden', `the access token does not have the ${needed} scope`);
    }
    return undefined;
  }

  const { handler, stats } = createSimulatorHandler({
    router,
    faults,
    guard,
    onExpireToken: () => tokens.expireAll(),
    faultResponse: faultBody,
    notFound: () => rmmError(404, 'not found', 'resource not found'),
    methodNotAllowed: () => rmmError(405, 'method not allowed', 'method not allowed'),
  });

  return { handler, state, faults, stats };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function rmmError(status: number, error: string, description: string): SimResponse {
  return json(status, { error, description });
}

function unauthorized(): SimResponse {
  return rmmError(
    401,
    'unauthorized request',
    'The access token provided is expired, revoked, malformed, or invalid for other reasons.',
  );
}

function locked(): SimResponse {
  return rmmError(423, 'locked', 'too many token requests at once; the client is locked');
}

/** The vendor's answer for an injected status fault. */
function faultBody(kind: FaultKind): SimResponse {
  switch (kind) {
    case '429':
      return text(429, 'Too Many Requests');
    case '423':
      return locked();
    case '502':
      return rmmError(502, 'bad gateway', 'bad gateway');
    case '503':
      return rmmError(503, 'service unavailable', 'service unavailable');
    case '504':
      return rmmError(504, 'gateway timeout', 'gateway timeout');
    default:
      return rmmError(500, 'internal server error', 'internal error');
  }
}
