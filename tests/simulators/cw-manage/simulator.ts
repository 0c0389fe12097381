/**
 * ConnectWise Manage simulator: the site host's codebase lookup and the REST API under
 * `/{codebase}apis/3.0/`, as one plain Node request handler. In E2E it is mounted on the site
 * host for `/login/` and on the `api-` host for everything; in unit tests one listener serves
 * both (the client keeps an http site's origin for the API).
 *
 * What it checks, and where the rule comes from (ConnectWise PSA developer guide unless marked;
 * reference/vendor-apis.md §1):
 * - Codebase lookup `GET /login/companyinfo/{companyId}`, unauthenticated (§1.2). An unknown
 *   company's answer is NOT FOUND; strict reading: 404.
 * - REST paths must carry the tenant's codebase (`/v2025_1/apis/3.0/…`); another codebase (e.g.
 *   `v4_6_release/` on cloud) gets the web server's 404 page, not a JSON body (§1.1 vendor note).
 * - "SSL is required" `{code: "Security"}` (§1.1) for plain http when `requireTls`, and for API
 *   paths on a UI host (no `api-` prefix) listed in `state.uiHosts`. Its status is NOT FOUND;
 *   strict reading: 403.
 * - Basic `companyId+publicKey:privateKey` (§1.3): 401 `{code: "Unauthorized"}` otherwise.
 * - `clientId` header (§1.3, "required for all API calls"): the reaction to a missing one is NOT
 *   FOUND; strict reading: 401 naming the clientId, also for an unregistered GUID.
 * - `Accept: application/vnd.connectwise.com+json; version=…` (§1.3): no version = latest; a
 *   version newer than the server's, or not `YYYY.N`, is NOT FOUND; strict reading: 406.
 * - Security role (§1.6 "403 improper security role settings"): each route needs Inquire on one
 *   module function (ROUTE_FUNCTIONS — our reading, the vendor maps none); None → 403.
 * - Paging, conditions, fields: see listing.ts. Rate limiting: only as an injected fault (the
 *   guide names no hard limit), answered with the documented 429 body.
 */
import {
  createSimulatorHandler,
  FaultRegistry,
  header,
  isTls,
  json,
  parseBasicAuth,
  type RouteContext,
  Router,
  type SimResponse,
  type Simulator,
  type SparseRule,
  sparseRecord,
  text,
} from '../core';
import {
  API_MEMBER_ROUTE_FUNCTIONS,
  type ApiMemberListing,
  addApiMemberRoutes,
  seedApiMemberDirectory,
} from './api-members';
import {
  type ApiMemberRecord,
  createManageData,
  type ManageDataOptions,
  type ManageDataSet,
  type SecurityRoleRecord,
} from './data';
import { manageError, rateLimitBody } from './errors';
import { listResponse } from './listing';
import {
  addReadinessRoutes,
  createReadinessData,
  type ManageReadinessData,
  READINESS_ROUTE_FUNCTIONS,
} from './readiness';

/** The cloud site and API hosts it stands in for (NA region; the others differ only in name). */
export const CW_MANAGE_SITE_HOST = 'na.myconnectwise.net';
export const CW_MANAGE_API_HOST = 'api-na.myconnectwise.net';

export const MANAGE_ROUTES = {
  companyInfo: 'GET /login/companyinfo/:companyId',
  systemInfo: 'GET /system/info',
  companies: 'GET /company/companies',
  company: 'GET /company/companies/:id',
  companyStatuses: 'GET /company/companies/statuses',
  companyTypes: 'GET /company/companies/types',
  securityRoles: 'GET /system/securityroles',
  securityRole: 'GET /system/securityroles/:id',
  roleSettings: 'GET /system/securityroles/:id/settings',
  mySecurity: 'GET /system/mysecurity',
  members: 'GET /system/members',
  boards: 'GET /service/boards',
  boardStatuses: 'GET /service/boards/:id/statuses',
  agreements: 'GET /finance/agreements',
  additions: 'GET /finance/agreements/:id/additions',
} as const;

/**
 * The module function each route needs at Inquire level. No vendor document maps API paths to
 * role functions; this is the simulator's reading of the integration guides (seeds 001–003).
 */
const ROUTE_FUNCTIONS: Record<string, readonly [string, string] | null> = {
  [MANAGE_ROUTES.systemInfo]: ['System', 'My Company'],
  [MANAGE_ROUTES.companies]: ['Companies', 'Company Maintenance'],
  [MANAGE_ROUTES.company]: ['Companies', 'Company Maintenance'],
  [MANAGE_ROUTES.companyStatuses]: ['System', 'Table Setup'],
  [MANAGE_ROUTES.companyTypes]: ['System', 'Table Setup'],
  [MANAGE_ROUTES.securityRoles]: ['System', 'Security'],
  [MANAGE_ROUTES.securityRole]: ['System', 'Security'],
  [MANAGE_ROUTES.roleSettings]: ['System', 'Security'],
  // Any member may read its own rights.
  [MANAGE_ROUTES.mySecurity]: null,
  [MANAGE_ROUTES.members]: ['System', 'Member Maintenance'],
  [MANAGE_ROUTES.boards]: ['System', 'Table Setup'],
  [MANAGE_ROUTES.boardStatuses]: ['System', 'Table Setup'],
  [MANAGE_ROUTES.agreements]: ['Finance', 'Agreements'],
  [MANAGE_ROUTES.additions]: ['Finance', 'Agreements'],
  ...READINESS_ROUTE_FUNCTIONS,
  ...API_MEMBER_ROUTE_FUNCTIONS,
};

export interface ManageSimulatorOptions extends ManageDataOptions {
  /** Answer "SSL is required" to plain-http API requests (the E2E server is https). */
  requireTls?: boolean;
  /**
   * Records as thin as the 2025.1 model allows: only ids and names, flags `null`, references with
   * a `null` id (the model marks them nullable; tests/fixtures/specs/cw-manage-2025.1.json).
   */
  sparse?: boolean;
}

const SPARSE: SparseRule = {
  keep: new Set(['id', 'identifier', 'name', 'moduleName', 'moduleFunctionName', 'version', 'member']),
  nulls: true,
};

export interface ManageSimState {
  data: ManageDataSet;
  /**
   * Hosts (`name` or `name:port`) that are the web UI, not the API: API paths there answer
   * "SSL is required". Defaults to the cloud UI hosts; tests add a local listener.
   */
  uiHosts: Set<string>;
  /** Board teams, configuration types and configurations (readiness.ts). */
  readiness: ManageReadinessData;
  /** `GET /system/apiMembers` (api-members.ts); tests may change it in place. */
  apiMemberDirectory: ApiMemberListing[];
}

export type ManageSimulator = Simulator<ManageSimState>;

export function createManageSimulator(options: ManageSimulatorOptions = {}): ManageSimulator {
  const data = createManageData(options);
  const state: ManageSimState = {
    data,
    uiHosts: new Set(['na.myconnectwise.net', 'eu.myconnectwise.net', 'au.myconnectwise.net']),
    readiness: createReadinessData(data),
    apiMemberDirectory: seedApiMemberDirectory(data),
  };
  const faults = new FaultRegistry();
  const serverVersion = /^v(\d{4}\.\d+)/.exec(data.version)?.[1] ?? '2025.1';
  const list =
    <T extends { id: number }>(records: readonly T[], spec?: { arrayFields?: string[] }) =>
    (ctx: RouteContext) =>
      listResponse(ctx, records, {
        ...spec,
        ...(options.sparse ? { present: (row: object) => sparseRecord(row, SPARSE) } : {}),
      });
  const one =
    <T>(find: (id: number) => T | undefined) =>
    (ctx: RouteContext) => {
      const record = find(Number(ctx.params.id));
      return record ? json(200, record) : manageError(404, 'NotFound', 'No record has this id.');
    };
  const roleOf = (id: number) => data.roles.find((role) => role.id === id);
  const roleRecord = ({ settings: _settings, ...role }: SecurityRoleRecord) => role;
  const boardRecord = ({ statuses: _statuses, ...board }: (typeof data.boards)[number]) => board;

  const present = options.sparse ? (row: object) => sparseRecord(row, SPARSE) : undefined;
  const router = addReadinessRoutes(new Router(), data, () => state.readiness, present)
    .get('/login/companyinfo/:companyId', companyInfo)
    .get('/system/info', () =>
      json(200, {
        version: data.version,
        isCloud: true,
        serverTimeZone: 'Eastern Standard Time',
        licenseBits: [{ name: 'ServiceDesk', activeFlag: true }],
        cloudRegion: 'NA',
        maxWorkFlowRecordsAllowed: 500,
      }),
    )
    // Fixed paths before `:id` so `statuses` is not read as an id.
    .get('/company/companies/statuses', list(data.statuses))
    .get('/company/companies/types', list(data.types))
    .get('/company/companies', list(data.companies, { arrayFields: ['types'] }))
    .get(
      '/company/companies/:id',
      one((id) => data.companies.find((company) => company.id === id)),
    )
    // Read at each request: tests and the bench add roles to the live data set.
    .get('/system/securityroles', (ctx) => list(data.roles.map(roleRecord))(ctx))
    .get(
      '/system/securityroles/:id',
      one((id) => (roleOf(id) ? roleRecord(roleOf(id)!) : undefined)),
    )
    .get('/system/securityroles/:id/settings', (ctx) => {
      const role = roleOf(Number(ctx.params.id));
      return role
        ? listResponse(ctx, role.settings)
        : manageError(404, 'NotFound', 'No security role has this id.');
    })
    .get('/system/mysecurity', (ctx) => {
      const caller = callerOf(ctx);
      const role = caller && roleOf(caller.securityRoleId);
      const member = caller && { id: caller.id, identifier: caller.identifier, name: caller.identifier };
      return listResponse(
        ctx,
        (role?.settings ?? []).map((setting) => ({ ...setting, member })),
      );
    })
    .get('/system/members', list(data.members))
    .get('/service/boards', list(data.boards.map(boardRecord)))
    .get('/service/boards/:id/statuses', (ctx) => {
      const board = data.boards.find((candidate) => candidate.id === Number(ctx.params.id));
      return board
        ? listResponse(ctx, board.statuses)
        : manageError(404, 'NotFound', 'No board has this id.');
    })
    .get('/finance/agreements', list(data.agreements))
    .get('/finance/agreements/:id/additions', (ctx) => {
      const id = Number(ctx.params.id);
      if (!data.agreements.some((agreement) => agreement.id === id)) {
        return manageError(404, 'NotFound', 'No agreement has this id.');
      }
      return listResponse(ctx, data.additions(id));
    });
  addApiMemberRoutes(
    router,
    () => state.apiMemberDirectory,
    options.sparse ? (row) => sparseRecord(row, SPARSE) : undefined,
  );

  function companyInfo(ctx: RouteContext): SimResponse {
    if (ctx.params.companyId?.toLowerCase() !== data.companyId.toLowerCase()) {
      return json(404, { message: 'Company not found' });
    }
    return json(200, {
      CompanyName: data.companyName,
      Codebase: data.codebase,
      VersionCode: data.version.split('.').slice(0, 2).join('.'),
      VersionNumber: 'v4.6.104422',
      CompanyID: data.companyId,
      IsCloud: 'True',
      SiteUrl: ctx.req.headers.host ?? CW_MANAGE_SITE_HOST,
    });
  }

  /** The API member whose key pair signs the request (undefined when the pair is wrong). */
  function callerOf(ctx: RouteContext): ApiMemberRecord | undefined {
    const basic = parseBasicAuth(header(ctx.req, 'authorization'));
    if (!basic) return undefined;
    const plus = basic.user.indexOf('+');
    const company = basic.user.slice(0, plus);
    const publicKey = basic.user.slice(plus + 1);
    if (plus < 0 || company.toLowerCase() !== data.companyId.toLowerCase()) return undefined;
    return Object.values(data.apiMembers).find(
      (member) => member.publicKey === publicKey && member.privateKey === basic.password,
    );
  }

  /** Maps `/{codebase}apis/3.0/x` to `/x`; refuses the wrong codebase, host or scheme. */
  function resolvePath(url: URL, req: RouteContext['req']): string | SimResponse {
    const path = url.pathname;
    if (/^\/login\//i.test(path)) return path;
    const api = /^\/([^/]+\/)apis\/3\.0(\/.*)?$/i.exec(path);
    if (!api) return manageError(404, 'ConnectWiseApi', 'No endpoint matches this path.');
    const host = (req.headers.host ?? '').toLowerCase();
    if (
      (options.requireTls && !isTls(req)) ||
      state.uiHosts.has(host) ||
      state.uiHosts.has(host.replace(/:\d+$/, ''))
    ) {
      return manageError(403, 'Security', 'SSL is required.');
    }
    if (api[1]!.toLowerCase() !== data.codebase.toLowerCase()) {
      return {
        ...text(404, '<html><body><h1>404 - Not Found</h1></body></html>'),
        headers: { 'content-type': 'text/html' },
      };
    }
    const rest = api[2] ?? '/';
    // The lookup lives on the site root only.
    if (/^\/login\//i.test(rest)) return manageError(404, 'ConnectWiseApi', 'No endpoint matches this path.');
    return rest;
  }

  function guard(ctx: RouteContext): SimResponse | undefined {
    if (ctx.route === MANAGE_ROUTES.companyInfo) return undefined;
    const clientId = header(ctx.req, 'clientid')?.trim().toLowerCase();
    if (!clientId || !data.clientIds.some((known) => known.toLowerCase() === clientId)) {
      return manageError(
        401,
        'Unauthorized',
        'The clientId header is missing or not a registered client id.',
      );
    }
    const caller = callerOf(ctx);
    if (!caller) return manageError(401, 'Unauthorized', 'The supplied authentication is not valid.');
    const version = /application\/vnd\.connectwise\.com\+json\s*;\s*version=([^,;\s]+)/i.exec(
      header(ctx.req, 'accept') ?? '',
    )?.[1];
    if (version !== undefined && (!/^\d{4}\.\d+$/.test(version) || newer(version, serverVersion))) {
      return manageError(406, 'InvalidVersion', `API version ${version} is not available on this server.`);
    }
    const needs = ROUTE_FUNCTIONS[ctx.route];
    if (needs && !allows(roleOf(caller.securityRoleId), needs)) {
      return manageError(403, 'Forbidden', 'The security role of this member does not allow this request.');
    }
    return undefined;
  }

  const { handler, stats } = createSimulatorHandler({
    router,
    faults,
    resolvePath,
    guard,
    faultResponse: (kind, fault) => {
      const status = Number(kind) || 500;
      if (status === 429) {
        const seconds = typeof fault.retryAfter === 'number' ? fault.retryAfter : 30;
        return json(429, rateLimitBody(seconds));
      }
      return manageError(
        status,
        'ConnectWiseApi',
        status >= 500 ? 'The server could not complete the request.' : 'The record is locked.',
      );
    },
    notFound: () => manageError(404, 'ConnectWiseApi', 'No endpoint matches this path.'),
    methodNotAllowed: () => manageError(405, 'ConnectWiseApi', 'This method is not allowed here.'),
  });

  return { handler, state, faults, stats };
}

function allows(role: SecurityRoleRecord | undefined, [module, fn]: readonly [string, string]): boolean {
  const setting = role?.settings.find((row) => row.moduleName === module && row.moduleFunctionName === fn);
  // A function missing from the role is None (the UI's default).
  return setting !== undefined && setting.inquireLevel !== 'None';
}

function newer(version: string, server: string): boolean {
  const [year = 0, minor = 0] = version.split('.').map(Number);
  const [serverYear = 0, serverMinor = 0] = server.split('.').map(Number);
  return year > serverYear || (year === serverYear && minor > serverMinor);
}
