import type { z } from 'zod';
import { normaliseCodebase } from '../../regions/cw-manage-codebase';
import type { CompanyInfo } from '../../regions/cw-manage-company-info';
import { classifyUrl } from '../../regions/detect';
import {
  arrayOf,
  base64Utf8,
  createHttpClient,
  firstLinkTarget,
  type HttpClient,
  type HttpResponse,
  isVendorError,
  listingIncomplete,
  paginatePages,
  parseLinkHeader,
  type RequestOptions,
  transportOptions,
  type VendorClientOptions,
  VendorError,
} from '../http';
import { companyInfoLookup } from './company-info';
import { allOf, anyOf } from './conditions';
import { apiBaseUrl, type CwManageConfig, checkManageConfig, siteOrigin } from './config';
import { describeManageError } from './errors';
import {
  type Addition,
  type Agreement,
  type ApiMember,
  additionSchema,
  agreementSchema,
  apiMemberSchema,
  type Board,
  type BoardStatus,
  type BoardTeam,
  boardSchema,
  boardStatusSchema,
  boardTeamSchema,
  type Company,
  type CompanyStatus,
  type CompanyType,
  type ConfigurationType,
  companySchema,
  companyStatusSchema,
  companyTypeSchema,
  configurationTypeSchema,
  countSchema,
  type Member,
  type MySecurity,
  memberSchema,
  mySecuritySchema,
  type SecurityRole,
  type SecurityRoleSetting,
  type SystemInfo,
  securityRoleSchema,
  securityRoleSettingSchema,
  systemInfoSchema,
} from './schemas';

/** Options for the client itself (not user settings). Manage uses no token, so no token caches. */
export type CwClientOptions = Omit<VendorClientOptions, 'tokenCaches'>;

/**
 * `navigable` follows `Link: rel="next"` with `page`/`pageSize`; `forward-only` sends
 * `pagination-type: forward-only` and follows the `pageId` in `Link` (ordered by id, no orderBy)
 * — developer guide, "Pagination" (reference/vendor-apis.md §1.5).
 */
export type ManagePaging = 'navigable' | 'forward-only';

export interface ListOptions {
  signal?: AbortSignal;
  /** 1–1,000 (the server maximum); default 1,000 to keep request counts low. */
  pageSize?: number;
  conditions?: string;
  /** Conditions on array fields, e.g. `types/name="Client"` (the guide's "search arrays" parameter). */
  childConditions?: string;
  /** Partial response, e.g. `['id', 'name', 'status/name']`. */
  fields?: readonly string[];
  paging?: ManagePaging;
}

export interface CompanyFilter extends ListOptions {
  /** Status names to include, e.g. `['Active']` (ThreatLocker maps companies by status and type). */
  statuses?: readonly string[];
  /** Company type names, e.g. `['Client']`. */
  types?: readonly string[];
}

const DEFAULT_API_VERSION = '2025.1';
/** No version: the server answers with its own latest (developer guide, "Versioning"; §1.3). */
const FALLBACK_ACCEPT = 'application/json';
/**
 * Connections whose server refused our versioned Accept with 406 (an on-premise server older
 * than the version we ask for): they use FALLBACK_ACCEPT from then on, for the worker's life.
 */
const refusedVersion = new Set<string>();

/** Forgets which connections fell back (tests). */
export function resetManageVersionFallbacks(): void {
  refusedVersion.clear();
}
const MAX_PAGE_SIZE = 1000;

export type CwManageClient = ReturnType<typeof createCwManageClient>;

/**
 * ConnectWise Manage REST client (background only). Looks the codebase up once per client
 * (`/login/companyinfo/{companyId}`), then calls `https://{api host}/{codebase}apis/3.0/…` with
 * Basic `companyId+publicKey:privateKey`, the `clientId` header and a versioned Accept header.
 * Lists are async iterators; pass a signal to stop them.
 */
export function createCwManageClient(config: CwManageConfig, options: CwClientOptions = {}) {
  checkManageConfig(config);
  const insecure = options.allowInsecureHttp ?? false;
  const site = siteOrigin(config, insecure);
  const companyId = config.companyId.trim();
  const basic = base64Utf8(`${companyId}+${config.publicKey.trim()}:${config.privateKey.trim()}`);
  const secrets = () => [config.privateKey, basic];
  const common = {
    vendor: 'cw-manage' as const,
    secrets,
    ...transportOptions(options),
  };

  const lookUp = companyInfoLookup(site, companyId, common);

  let lookup: Promise<CompanyInfo> | undefined;
  let api: Promise<{ http: HttpClient; codebase: string }> | undefined;

  /** The codebase lookup; unauthenticated, cached per client. */
  function companyInfo(signal?: AbortSignal): Promise<CompanyInfo> {
    lookup ??= lookUp(signal);
    lookup.catch(() => {
      lookup = undefined;
    });
    return lookup;
  }

  function apiClient(signal?: AbortSignal): Promise<{ http: HttpClient; codebase: string }> {
    api ??= (async () => {
      const forced = config.codebase?.trim() ? normaliseCodebase(config.codebase) : null;
      const codebase = forced ?? (await companyInfo(signal)).Codebase;
      const baseUrl = apiBaseUrl(config, codebase, insecure);
      refuseUngrantedApiHost(baseUrl);
      const expectedApiBase = safeExpectedApi(codebase);
      const http = createHttpClient({
        ...common,
        baseUrl,
        headers: {
          Accept: `application/vnd.connectwise.com+json; version=${config.apiVersion ?? DEFAULT_API_VERSION}`,
          clientId: config.clientId.trim(),
          Authorization: `Basic ${basic}`,
        },
        describeError: (ctx) =>
          describeManageError(ctx, {
            companyId,
            siteOrigin: site.origin,
            codebase,
            codebaseFromConfig: forced !== null,
            expectedApiBase,
          }),
      });
      return { http, codebase };
    })();
    api.catch(() => {
      api = undefined;
    });
    return api;
  }

  /**
   * The server's own answer chose the API host: a cloud site's comes from our region table, an
   * explicit `apiUrl` from the connection, but an on-premise server may lead elsewhere, and the
   * keys go only to origins the user granted.
   */
  function refuseUngrantedApiHost(baseUrl: URL): void {
    if (config.apiUrl?.trim() || baseUrl.origin === site.origin) return;
    if (classifyUrl(site.href)?.vendor === 'cw-manage') return;
    if (config.grantedOrigins?.includes(baseUrl.origin)) return;
    throw new VendorError({
      kind: 'config',
      vendor: 'cw-manage',
      field: 'site',
      message: `${site.host} says its API is at ${baseUrl.host}, which the extension was not allowed to reach; the keys were not sent there.`,
      nextStep: `Allow the extension to reach ${baseUrl.origin} too (the browser's site access for the extension), then test again.`,
    });
  }

  function safeExpectedApi(codebase: string): string {
    try {
      return apiBaseUrl({ ...config, apiUrl: undefined }, codebase, false).href;
    } catch {
      return `https://api-${site.host}/${codebase}apis/3.0/`;
    }
  }

  const versionKey = [
    site.origin,
    companyId.toLowerCase(),
    config.apiUrl ?? '',
    config.apiVersion ?? '',
  ].join('|');

  /** A request with the versioned Accept, falling back once (and for good) on a 406. */
  async function versioned<S extends z.ZodType>(
    http: HttpClient,
    req: RequestOptions<S>,
  ): Promise<HttpResponse<z.output<S>>> {
    const send = (fallback: boolean) =>
      http.request({
        ...req,
        ...(fallback ? { headers: { ...req.headers, Accept: FALLBACK_ACCEPT } } : {}),
      }) as Promise<HttpResponse<z.output<S>>>;
    if (refusedVersion.has(versionKey)) return send(true);
    try {
      return await send(false);
    } catch (error) {
      if (!isVendorError(error) || error.status !== 406) throw error;
      refusedVersion.add(versionKey);
      return send(true);
    }
  }

  async function get<S extends z.ZodType>(
    path: string,
    schema: S,
    signal?: AbortSignal,
  ): Promise<z.output<S>> {
    const { http } = await apiClient(signal);
    const response = await versioned(http, {
      path: path.replace(/^\//, ''),
      schema,
      endpoint: `GET ${templateOf(path)}`,
      ...(signal ? { signal } : {}),
    });
    return response.data as z.output<S>;
  }

  interface Cursor {
    path: string;
    searchParams?: Record<string, string | number>;
  }

  /** Every page of a list, following the Link header in the chosen paging style. */
  function listPages<S extends z.ZodType>(path: string, schema: S, opts: ListOptions = {}) {
    const paging = opts.paging ?? 'navigable';
    const pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, opts.pageSize ?? MAX_PAGE_SIZE));
    const endpoint = `GET ${templateOf(path)}`;
    const searchParams: Record<string, string | number> = { pageSize };
    if (paging === 'navigable') searchParams.page = 1;
    if (opts.conditions) searchParams.conditions = opts.conditions;
    if (opts.childConditions) searchParams.childConditions = opts.childConditions;
    if (opts.fields?.length) searchParams.fields = opts.fields.join(',');
    const listSchema = arrayOf(schema);
    return paginatePages<z.output<S>, Cursor>({
      vendor: 'cw-manage',
      endpoint,
      first: { path: path.replace(/^\//, ''), searchParams },
      ...(opts.signal ? { signal: opts.signal } : {}),
      fetchPage: async (cursor, signal) => {
        const { http } = await apiClient(signal);
        const response = await versioned(http, {
          path: cursor.path,
          ...(cursor.searchParams ? { searchParams: cursor.searchParams } : {}),
          schema: listSchema,
          endpoint,
          ...(paging === 'forward-only' ? { headers: { 'pagination-type': 'forward-only' } } : {}),
          ...(signal ? { signal } : {}),
        });
        const items = response.data as z.output<S>[];
        if (items.length === 0) return { items, next: undefined };
        const link = response.headers.get('link');
        const next = paging === 'forward-only' ? firstLinkTarget(link) : parseLinkHeader(link).next;
        if (next === undefined) {
          // Navigable paging leaves `next` out on the last page (the guide says so). Forward-only
          // "always" sends a Link, so a full page without one proves nothing.
          if (paging === 'forward-only' && items.length >= pageSize) {
            throw listingIncomplete('cw-manage', endpoint, {
              message: `ConnectWise Manage sent a full page of ${items.length} without a link to the next one (${endpoint}), so the list may go on. What was read is kept; nothing was marked removed.`,
              nextStep:
                'Sync again; if it keeps happening, check for a proxy in front of the Manage server that drops the Link header.',
            });
          }
          return { items, next: undefined };
        }
        if (new URL(next, http.baseUrl).origin !== http.baseUrl.origin) {
          throw listingIncomplete('cw-manage', endpoint, {
            message: `ConnectWise Manage pointed the next page at another server (${new URL(next, http.baseUrl).host}); credentials are not sent there, so the list was not read to its end. Nothing was marked removed.`,
            nextStep:
              'Check the server address in the connection settings, or the proxy in front of the Manage server.',
          });
        }
        return { items, next: { path: next } };
      },
    });
  }

  async function* list<S extends z.ZodType>(path: string, schema: S, opts: ListOptions = {}) {
    for await (const page of listPages(path, schema, opts)) yield* page;
  }

  /** `GET {path}/count` with the list's conditions: `{count}` (the `Count` model). */
  async function count(path: string, opts: ListOptions = {}): Promise<number> {
    const { http } = await apiClient(opts.signal);
    const searchParams: Record<string, string> = {};
    if (opts.conditions) searchParams.conditions = opts.conditions;
    if (opts.childConditions) searchParams.childConditions = opts.childConditions;
    const response = await versioned(http, {
      path: `${path.replace(/^\//, '')}/count`,
      searchParams,
      schema: countSchema,
      endpoint: `GET ${templateOf(path)}/count`,
      ...(opts.signal ? { signal: opts.signal } : {}),
    });
    return (response.data as z.output<typeof countSchema>).count;
  }

  return {
    companyInfo,
    /** Resolves the codebase and API root (useful for showing where we connect). */
    async connection(signal?: AbortSignal): Promise<{ codebase: string; apiBaseUrl: string }> {
      const { http, codebase } = await apiClient(signal);
      return { codebase, apiBaseUrl: http.baseUrl.href };
    },
    systemInfo: (signal?: AbortSignal): Promise<SystemInfo> => get('/system/info', systemInfoSchema, signal),

    /** Companies filtered by status and type names; forward-only paging by default (large lists). */
    companies(filter: CompanyFilter = {}): AsyncGenerator<Company> {
      return list('/company/companies', companySchema, withCompanyConditions(filter));
    },
    companyPages(filter: CompanyFilter = {}) {
      return listPages('/company/companies', companySchema, withCompanyConditions(filter));
    },
    /** How many companies the filter selects (`/company/companies/count`), without listing them. */
    companyCount: (filter: CompanyFilter = {}): Promise<number> =>
      count('/company/companies', withCompanyConditions(filter)),
    companyStatuses: (opts?: ListOptions): AsyncGenerator<CompanyStatus> =>
      list('/company/companies/statuses', companyStatusSchema, opts),
    companyTypes: (opts?: ListOptions): AsyncGenerator<CompanyType> =>
      list('/company/companies/types', companyTypeSchema, opts),

    securityRoles: (opts?: ListOptions): AsyncGenerator<SecurityRole> =>
      list('/system/securityroles', securityRoleSchema, opts),
    securityRoleSettings: (roleId: number, opts?: ListOptions): AsyncGenerator<SecurityRoleSetting> =>
      list(`/system/securityRoles/${roleId}/settings`, securityRoleSettingSchema, opts),
    /** The calling API member's own rights. */
    mySecurity: (opts?: ListOptions): AsyncGenerator<MySecurity> =>
      list('/system/mySecurity', mySecuritySchema, opts),
    members: (opts?: ListOptions): AsyncGenerator<Member> =>
      list('/system/members', memberSchema, { paging: 'forward-only', ...opts }),

    /** Every API member of the tenant (`GET /system/apiMembers`). */
    apiMembers: (opts?: ListOptions): AsyncGenerator<ApiMember> =>
      list('/system/apiMembers', apiMemberSchema, opts),
    boards: (opts?: ListOptions): AsyncGenerator<Board> => list('/service/boards', boardSchema, opts),
    boardStatuses: (boardId: number, opts?: ListOptions): AsyncGenerator<BoardStatus> =>
      list(`/service/boards/${boardId}/statuses`, boardStatusSchema, opts),

    boardTeams: (boardId: number, opts?: ListOptions): AsyncGenerator<BoardTeam> =>
      list(`/service/boards/${boardId}/teams`, boardTeamSchema, opts),

    configurationTypes: (opts?: ListOptions): AsyncGenerator<ConfigurationType> =>
      list('/company/configurations/types', configurationTypeSchema, opts),
    configurationCount: (opts?: ListOptions): Promise<number> => count('/company/configurations', opts),

    agreements(opts: ListOptions & { companyId?: number } = {}): AsyncGenerator<Agreement> {
      const { companyId: forCompany, ...rest } = opts;
      const conditions = allOf(forCompany !== undefined ? `company/id=${forCompany}` : '', rest.conditions);
      return list('/finance/agreements', agreementSchema, { ...rest, ...(conditions ? { conditions } : {}) });
    },
    agreementAdditions: (agreementId: number, opts?: ListOptions): AsyncGenerator<Addition> =>
      list(`/finance/agreements/${agreementId}/additions`, additionSchema, opts),

    /** Drains a list into an array. */
    async all<T>(iterable: AsyncIterable<T>): Promise<T[]> {
      const out: T[] = [];
      for await (const item of iterable) out.push(item);
      return out;
    },
  };
}

/**
 * Status is a single reference, so it goes in `conditions`; `types` is an array since companies
 * got several types, so it needs `childConditions` (developer guide, "Query String Parameters":
 * arrays are searched with childConditions — reference/vendor-apis.md §1.4).
 */
function withCompanyConditions(filter: CompanyFilter): ListOptions {
  const { statuses, types, ...rest } = filter;
  const conditions = allOf(anyOf('status/name', statuses ?? []), rest.conditions);
  const childConditions = allOf(anyOf('types/name', types ?? []), rest.childConditions);
  return {
    paging: 'forward-only',
    ...rest,
    ...(conditions ? { conditions } : {}),
    ...(childConditions ? { childConditions } : {}),
  };
}

/** `/system/securityRoles/12/settings` → `/system/securityRoles/{id}/settings` for labels. */
function templateOf(path: string): string {
  return `/${path.replace(/^\//, '')}`.replace(/\/\d+(?=\/|$)/g, '/{id}');
}
