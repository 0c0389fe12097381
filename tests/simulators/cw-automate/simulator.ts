/**
 * ConnectWise Automate REST API simulator (`https://{server}/cwa/api/v1/…`) as one plain Node
 * request handler. Sources: the Automate REST API specification (reference/specs/automate) and
 * public clients' observed behaviour (vendor-apis.md §2).
 *
 * What it checks, and the strict readings where the sources are silent:
 * - `clientId` header on every call but the unauthenticated `GET /APIToken` (required since
 *   Automate 2020.11, §2.1). The answer to a missing or unknown one is NOT FOUND: 403 naming it.
 * - `POST /APIToken` (`TokenCredentials`, JSON only; property names in any case, §2.2). A user
 *   with two-factor login and no `TwoFactorPasscode` gets 200 with `IsTwoFactorRequired: true` and
 *   no `AccessToken` (a public client's retry loop only works if that answer is a success — the
 *   status is NOT FOUND). A wrong code gets the same answer. Wrong credentials: 401. Codes are
 *   checked against the user's secret with one 30 s step of tolerance.
 * - Tokens last `tokenTtlSeconds` (default one hour, the lifetime public clients cite); a refresh
 *   (`POST /APIToken/Refresh`, body = the token as a JSON string) issues a new one and revokes the
 *   old, never past the session's `AbsoluteExpirationDate` (NOT FOUND; default 8 h). Expired,
 *   revoked or unknown tokens: 401.
 * - Lists: `page`/`pageSize` (or the spec's `options.page`/`options.pageSize`), bare arrays, no
 *   Link header and no total. The server's page cap is NOT FOUND: the simulator serves at most
 *   `maxPageSize` (default 500) records whatever `pageSize` asks, silently — so a client that
 *   stops at the first short page loses records; only an empty page ends a list.
 * - Permissions (our reading of UserClassUserPermissions; no document maps them to endpoints):
 *   Clients need ClientRead and show all clients only with ClientsShowAll (else the user's primary
 *   clients); UserClasses need UserClassRead; Users need UserRead and UsersShowAll for others.
 *   SuperAdmin allows everything. A user's classes add up. Missing permission: 403.
 * - Error bodies are NOT FOUND: `{ Message }`, the ASP.NET Web API shape.
 */
import {
  createRng,
  createSimulatorHandler,
  FaultRegistry,
  header,
  isTls,
  json,
  parseBearer,
  queryParam,
  type RouteContext,
  Router,
  realSimClock,
  type SimClock,
  type SimResponse,
  type Simulator,
  type SparseRule,
  sparseRecord,
  TokenStore,
} from '../core';
import {
  type AutomateAccount,
  type AutomateDataOptions,
  type AutomateDataSet,
  type AutomateUserRecord,
  createAutomateData,
} from './data';
import { totpMatches } from './totp';

export const CW_AUTOMATE_HOST = 'automate.example-msp.com';

export const AUTOMATE_ROUTES = {
  authInfo: 'GET /apitoken',
  token: 'POST /apitoken',
  refresh: 'POST /apitoken/refresh',
  clients: 'GET /clients',
  client: 'GET /clients/:id',
  userClasses: 'GET /userclasses',
  userClass: 'GET /userclasses/:id',
  users: 'GET /users',
  user: 'GET /users/:id',
} as const;

export interface AutomateSimulatorOptions extends AutomateDataOptions {
  clock?: SimClock;
  tokenTtlSeconds?: number;
  absoluteTtlSeconds?: number;
  maxPageSize?: number;
  /** Refuse plain http (the E2E server is https). */
  requireTls?: boolean;
  /** List records as thin as the spec allows: only ids and names (it marks nothing required). */
  sparse?: boolean;
}

export interface AutomateTokenSubject {
  userId: number;
  /** End of the sign-in session, across refreshes. */
  absoluteExpiresAt: number;
}

export interface AutomateSimState {
  data: AutomateDataSet;
  tokens: TokenStore<AutomateTokenSubject>;
  /** A faulty server that answers every page with the first one (tests set it). */
  ignorePage?: boolean;
}

export type AutomateSimulator = Simulator<AutomateSimState>;

const DEFAULT_PAGE_SIZE = 50;
const SPARSE: SparseRule = { keep: new Set(['Id', 'Name', 'UserClassId', 'UserId']), nulls: false };

export function createAutomateSimulator(options: AutomateSimulatorOptions = {}): AutomateSimulator {
  const data = createAutomateData(options);
  const clock = options.clock ?? realSimClock;
  const tokens = new TokenStore<AutomateTokenSubject>(createRng(data.seed).fork('tokens'), clock);
  const ttlMs = (options.tokenTtlSeconds ?? 3600) * 1000;
  const absoluteMs = (options.absoluteTtlSeconds ?? 8 * 3600) * 1000;
  const maxPageSize = options.maxPageSize ?? 500;
  const state: AutomateSimState = { data, tokens };
  const faults = new FaultRegistry();

  const router = new Router()
    .get('/apitoken', () =>
      json(200, {
        AllowDirect: true,
        AllowServiceRegistration: false,
        AutomateRedirectUri: '',
        Services: [],
      }),
    )
    .post('/apitoken', signIn)
    .post('/apitoken/refresh', refresh)
    .get('/clients', (ctx) => page(ctx, visibleClients(ctx)))
    .get('/clients/:id', (ctx) => one(visibleClients(ctx).find((client) => client.Id === ctx.params.id)))
    .get('/userclasses', (ctx) => page(ctx, data.userClasses))
    .get('/userclasses/:id', (ctx) =>
      one(data.userClasses.find((userClass) => userClass.UserClassId === Number(ctx.params.id))),
    )
    .get('/users', (ctx) => page(ctx, visibleUsers(ctx)))
    .get('/users/:id', (ctx) => one(visibleUsers(ctx).find((user) => user.UserId === Number(ctx.params.id))));

  async function signIn(ctx: RouteContext): Promise<SimResponse> {
    const body = await jsonObject(ctx);
    if (!body) return error(400, 'The body must be a JSON object.');
    const field = (name: string) => {
      const entry = Object.entries(body).find(([key]) => key.toLowerCase() === name.toLowerCase());
      return typeof entry?.[1] === 'string' ? entry[1] : undefined;
    };
    const username = field('Username');
    const password = field('Password');
    if (!username || !password) return error(400, 'Username and Password are required.');
    const account = data.account(username);
    if (!account || account.password !== password || account.user.IsLocked) {
      return error(401, 'The username or password is not valid.');
    }
    if (account.totpSecret) {
      const code = field('TwoFactorPasscode')?.replace(/\s/g, '');
      if (!code || !totpMatches(account.totpSecret, code, clock.now())) return twoFactorRequired();
    }
    return tokenResult(account, clock.now() + absoluteMs);
  }

  async function refresh(ctx: RouteContext): Promise<SimResponse> {
    let current: unknown;
    try {
      current = await ctx.json();
    } catch {
      return error(400, 'The body must be the token as a JSON string.');
    }
    if (typeof current !== 'string') return error(400, 'The body must be the token as a JSON string.');
    const verified = tokens.verify(current);
    if (typeof verified !== 'object' || clock.now() >= verified.subject.absoluteExpiresAt) {
      return error(401, 'Authorization has been denied for this request.');
    }
    const account = Object.values(data.accounts).find(
      (candidate) => candidate.user.UserId === verified.subject.userId,
    );
    if (!account) return error(401, 'Authorization has been denied for this request.');
    tokens.revoke(current);
    return tokenResult(account, verified.subject.absoluteExpiresAt);
  }

  function tokenResult(account: AutomateAccount, absoluteExpiresAt: number): SimResponse {
    const ttl = Math.min(ttlMs, absoluteExpiresAt - clock.now());
    const issued = tokens.issue({ userId: account.user.UserId, absoluteExpiresAt }, ttl);
    return json(200, {
      AccessToken: issued.token,
      TokenType: 'Bearer',
      ExpirationDate: new Date(issued.expiresAt).toISOString(),
      AbsoluteExpirationDate: new Date(absoluteExpiresAt).toISOString(),
      UserId: String(account.user.UserId),
      InternalUserName: account.user.Name,
      IsTwoFactorRequired: false,
      IsInternalTwoFactorRequired: false,
      SSOAccessToken: null,
    });
  }

  function twoFactorRequired(): SimResponse {
    return json(200, {
      AccessToken: null,
      TokenType: null,
      ExpirationDate: null,
      AbsoluteExpirationDate: null,
      UserId: null,
      InternalUserName: null,
      IsTwoFactorRequired: true,
      IsInternalTwoFactorRequired: false,
      SSOAccessToken: null,
    });
  }

  function callerOf(ctx: RouteContext): AutomateUserRecord | undefined {
    const verified = tokens.verify(parseBearer(header(ctx.req, 'authorization')));
    if (typeof verified !== 'object') return undefined;
    return data.users.find((user) => user.UserId === verified.subject.userId);
  }

  /** The union of the caller's user classes' permissions. */
  function can(ctx: RouteContext, field: string): boolean {
    const caller = callerOf(ctx);
    const classes = data.userClasses.filter((userClass) =>
      caller?.UserClasses.some((ref) => ref.UserClassId === userClass.UserClassId),
    );
    return classes.some(
      (userClass) =>
        userClass.Permissions.SuperAdmin ||
        (userClass.Permissions as Record<string, boolean>)[field] === true,
    );
  }

  function visibleClients(ctx: RouteContext) {
    if (can(ctx, 'ClientsShowAll')) return data.clients;
    const own = new Set(callerOf(ctx)?.PrimaryClients.map((ref) => String(ref.ClientId)));
    return data.clients.filter((client) => own.has(client.Id));
  }

  function visibleUsers(ctx: RouteContext) {
    if (can(ctx, 'UsersShowAll')) return data.users;
    return data.users.filter((user) => user.UserId === callerOf(ctx)?.UserId);
  }

  function page(ctx: RouteContext, records: readonly unknown[]): SimResponse {
    const number = intParam(ctx.url, ['page', 'options.page'], 1);
    const size = intParam(ctx.url, ['pageSize', 'options.pageSize'], DEFAULT_PAGE_SIZE);
    if (number === null || size === null || number < 1 || size < 1) {
      return error(400, 'page and pageSize must be whole numbers from 1.');
    }
    if (queryParam(ctx.url, 'condition', 'options.condition') !== null) {
      // Not modelled: refuse rather than answer as if the filter had been applied.
      return error(400, 'This simulator does not evaluate conditions.');
    }
    const served = Math.min(size, maxPageSize);
    const from = state.ignorePage ? 0 : (number - 1) * served;
    const rows = records.slice(from, from + served);
    return json(200, options.sparse ? rows.map((row) => sparseRecord(row as object, SPARSE)) : rows);
  }

  function guard(ctx: RouteContext): SimResponse | undefined {
    if (options.requireTls && !isTls(ctx.req)) return error(403, 'SSL is required.');
    if (ctx.route === AUTOMATE_ROUTES.authInfo) return undefined;
    const clientId = header(ctx.req, 'clientid')?.trim().toLowerCase();
    if (!clientId || !data.clientIds.some((known) => known.toLowerCase() === clientId)) {
      return error(403, 'A registered ClientID is required for API access.');
    }
    if (ctx.route === AUTOMATE_ROUTES.token || ctx.route === AUTOMATE_ROUTES.refresh) {
      return /^(application|text)\/json\b/i.test(header(ctx.req, 'content-type') ?? '')
        ? undefined
        : error(415, 'The body must be JSON.');
    }
    if (!callerOf(ctx)) return error(401, 'Authorization has been denied for this request.');
    const needs = PERMISSION_BY_ROUTE[ctx.route];
    if (needs && !can(ctx, needs)) return error(403, 'The user class does not allow this request.');
    return undefined;
  }

  const { handler, stats } = createSimulatorHandler({
    router,
    faults,
    guard,
    resolvePath: (url) => {
      const match = /^\/cwa\/api\/v1(\/.*)$/i.exec(url.pathname);
      return match ? match[1]! : error(404, 'No HTTP resource was found that matches the request URI.');
    },
    onExpireToken: () => tokens.expireAll(),
    faultResponse: (kind) => {
      const status = Number(kind) || 500;
      return error(
        status,
        status === 429 ? 'Too many requests.' : 'The server could not complete the request.',
      );
    },
    notFound: () => error(404, 'No HTTP resource was found that matches the request URI.'),
    methodNotAllowed: () => error(405, 'The requested resource does not support this method.'),
  });

  return { handler, state, faults, stats };
}

const PERMISSION_BY_ROUTE: Record<string, string> = {
  [AUTOMATE_ROUTES.clients]: 'ClientRead',
  [AUTOMATE_ROUTES.client]: 'ClientRead',
  [AUTOMATE_ROUTES.userClasses]: 'UserClassRead',
  [AUTOMATE_ROUTES.userClass]: 'UserClassRead',
  [AUTOMATE_ROUTES.users]: 'UserRead',
  [AUTOMATE_ROUTES.user]: 'UserRead',
};

function error(status: number, message: string): SimResponse {
  return json(status, { Message: message });
}

function one(record: unknown): SimResponse {
  return record === undefined ? error(404, 'No record has this id.') : json(200, record);
}

async function jsonObject(ctx: RouteContext): Promise<Record<string, unknown> | undefined> {
  try {
    const body = await ctx.json();
    if (body && typeof body === 'object' && !Array.isArray(body)) return body as Record<string, unknown>;
  } catch {
    // Not JSON: the caller answers 400.
  }
  return undefined;
}

/** A whole-number query parameter (any of `names`, any case); null when present but not one. */
function intParam(url: URL, names: readonly string[], fallback: number): number | null {
  const raw = queryParam(url, ...names);
  if (raw === null) return fallback;
  return /^\d{1,9}$/.test(raw.trim()) ? Number(raw.trim()) : null;
}
