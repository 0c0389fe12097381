/**
 * ConnectWise RMM (Asio platform) client, background only: the client-credentials token, and
 * companies and sites as async iterators that stop on abort.
 *
 * - Token: `POST {server}/v1/token` with a JSON body (grant_type, client_id, client_secret, scope)
 *   — Asio OpenAPI; vendor-apis.md §3.2. ConnectWise RMM locks a key that asks for many tokens at
 *   once, so the token cache is shared by every client of one key (TokenCacheRegistry) and never
 *   has more than one request in flight; the token is renewed a minute before `expires_in` ends.
 * - Lists: the v1 listings document no paging, and the plug-in's "Records Per Request" (500) is
 *   not described anywhere (§3.4). We send `pageSize` + `pageNum`, the pair the same API
 *   documents for tickets, and read pages until a short one. Two safety stops keep a server that
 *   ignores the pair from looping or duplicating: a page longer than asked for is the whole list,
 *   and a page that starts like the previous one ends the listing.
 */
import type { z } from 'zod';
import {
  type CachedToken,
  createHttpClient,
  paginatePages,
  sharedTokenCaches,
  systemClock,
  TokenCache,
  transportOptions,
  type VendorClientOptions,
} from '../http';
import { type CwRmmConnectionInput, MAX_RECORDS_PER_REQUEST, parseCwRmmConnection } from './config';
import { describeRmmError, RMM_ENDPOINTS, RMM_REQUESTED_SCOPES } from './errors';
import {
  type RmmCompany,
  type RmmSite,
  rmmCompanyListSchema,
  rmmCompanySchema,
  rmmSiteListSchema,
  rmmTokenSchema,
} from './schemas';
import { resolveRmmServer } from './urls';

export type CwRmmClientOptions = VendorClientOptions;

export interface RmmListOptions {
  signal?: AbortSignal;
  /** Records per request; default: the connection's Records Per Request. */
  pageSize?: number;
}

interface RmmToken extends CachedToken {
  accessToken: string;
}

const COMPANIES_PATH = 'api/platform/v1/company/companies';
const SITES_PATH = 'api/platform/v1/company/sites';

export type CwRmmClient = ReturnType<typeof createCwRmmClient>;

export function createCwRmmClient(input: CwRmmConnectionInput, options: CwRmmClientOptions = {}) {
  const config = parseCwRmmConnection(input);
  const server = resolveRmmServer(config.serverUrl, options);
  const clock = options.clock ?? systemClock;
  const caches = options.tokenCaches ?? sharedTokenCaches;
  const scope = RMM_REQUESTED_SCOPES.join(' ');

  const tokens = caches.cacheFor(
    ['cw-rmm', server.origin.href, config.clientId, scope].join('|'),
    config.clientSecret,
    () =>
      new TokenCache<RmmToken>({
        clock,
        fetchToken: async (_current, signal) => {
          const { data } = await http.request({
            method: 'POST',
            path: 'v1/token',
            endpoint: RMM_ENDPOINTS.token,
            auth: false,
            json: {
              grant_type: 'client_credentials',
              client_id: config.clientId,
              client_secret: config.clientSecret,
              scope,
            },
            schema: rmmTokenSchema,
            signal,
          });
          return { accessToken: data.access_token, expiresAt: clock.now() + data.expires_in * 1000 };
        },
      }),
  );

  const http = createHttpClient({
    ...transportOptions(options),
    vendor: 'cw-rmm',
    baseUrl: server.origin,
    headers: { Accept: 'application/json' },
    secrets: () => [config.clientSecret, tokens.peek()?.accessToken],
    authorize: async (signal) => {
      const token = await tokens.get(signal);
      return {
        headers: { Authorization: `Bearer ${token.accessToken}` },
        onRejected: () => tokens.invalidate(token),
      };
    },
    describeError: (ctx) => describeRmmError(ctx, server),
  });

  /** Every page of a listing, by the rules in the header comment. */
  function listPages<S extends z.ZodType<readonly { id: string }[]>>(
    path: string,
    endpoint: string,
    schema: S,
    opts: RmmListOptions,
  ) {
    const pageSize = Math.min(
      MAX_RECORDS_PER_REQUEST,
      Math.max(1, Math.floor(opts.pageSize ?? config.recordsPerRequest)),
    );
    let previousFirstId: string | undefined;
    return paginatePages<z.output<S>[number], number>({
      vendor: 'cw-rmm',
      endpoint,
      first: 1,
      ...(opts.signal ? { signal: opts.signal } : {}),
      fetchPage: async (pageNum, signal) => {
        const { data } = await http.request({
          path,
          endpoint,
          searchParams: { pageSize, pageNum },
          schema,
          ...(signal ? { signal } : {}),
        });
        const items = data as z.output<S>;
        const firstId = items[0]?.id;
        if (pageNum > 1 && firstId !== undefined && firstId === previousFirstId)
          return { items: [], next: undefined };
        previousFirstId = firstId;
        const full = items.length === pageSize;
        return { items, next: full ? pageNum + 1 : undefined };
      },
    });
  }

  const companyPages = (opts: RmmListOptions = {}) =>
    listPages(COMPANIES_PATH, RMM_ENDPOINTS.companies, rmmCompanyListSchema, opts);

  /** Sites of one company, or (without `companyId`) every site of the partner. */
  const sitePages = (opts: RmmListOptions & { companyId?: string } = {}) =>
    opts.companyId === undefined
      ? listPages(SITES_PATH, RMM_ENDPOINTS.sites, rmmSiteListSchema, opts)
      : listPages(
          `${COMPANIES_PATH}/${encodeURIComponent(opts.companyId)}/sites`,
          RMM_ENDPOINTS.companySites,
          rmmSiteListSchema,
          opts,
        );

  return {
    server,
    recordsPerRequest: config.recordsPerRequest,
    companyPages,
    async *companies(opts: RmmListOptions = {}): AsyncGenerator<RmmCompany> {
      for await (const page of companyPages(opts)) yield* page;
    },
    sitePages,
    async *sites(opts: RmmListOptions & { companyId?: string } = {}): AsyncGenerator<RmmSite> {
      for await (const page of sitePages(opts)) yield* page;
    },
    async company(companyId: string, signal?: AbortSignal): Promise<RmmCompany> {
      const { data } = await http.request({
        path: `${COMPANIES_PATH}/${encodeURIComponent(companyId)}`,
        endpoint: RMM_ENDPOINTS.company,
        schema: rmmCompanySchema,
        ...(signal ? { signal } : {}),
      });
      return data;
    },
  };
}
