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
 *   documents for tickets. The API promises nothing about pages, so a listing ends only on proof
 *   (issue #15): an empty page; a short page after full ones (the server has shown it sends the
 *   size we ask for); a short first page whose next page, asked at that short size, is empty; or
 *   a first page longer than asked (the server ignores paging and sent the whole list, as the
 *   spec documents). A page repeating the previous one (the server ignores `pageNum`) or a short
 *   first page followed by more (the server caps pages) ends the listing as INCOMPLETE, so the
 *   sync marks nothing removed and says which Records Per Request to try.
 * - The token endpoint is not retried on 423: the key is locked, and asking again deepens it.
 */
import type { z } from 'zod';
import {
  type CachedToken,
  createHttpClient,
  DEFAULT_RETRY_POLICY,
  listingIncomplete,
  paginatePages,
  samePage,
  sharedTokenCaches,
  systemClock,
  TokenCache,
  transportOptions,
  type VendorClientOptions,
} from '../http';
import {
  type CwRmmConnectionInput,
  DEFAULT_RECORDS_PER_REQUEST,
  MAX_RECORDS_PER_REQUEST,
  parseCwRmmConnection,
} from './config';
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

/** The next page, or (`probe`) the check after a short first page of that many records. */
interface Cursor {
  pageNum: number;
  probe?: number;
}

interface RmmToken extends CachedToken {
  accessToken: string;
}

const COMPANIES_PATH = 'api/platform/v1/company/companies';
const TOKEN_RETRY_STATUSES = DEFAULT_RETRY_POLICY.retryStatuses.filter((status) => status !== 423);
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
            // 423 = the key is locked for asking too often; another request only extends the lock.
            retry: { retryStatuses: TOKEN_RETRY_STATUSES },
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
    noun: string,
    opts: RmmListOptions,
  ) {
    type Item = z.output<S>[number];
    const pageSize = Math.min(
      MAX_RECORDS_PER_REQUEST,
      Math.max(1, Math.floor(opts.pageSize ?? config.recordsPerRequest)),
    );
    const fetchItems = async (size: number, pageNum: number, signal: AbortSignal | undefined) => {
      const { data } = await http.request({
        path,
        endpoint,
        searchParams: { pageSize: size, pageNum },
        schema,
        ...(signal ? { signal } : {}),
      });
      return data as readonly Item[];
    };
    const incomplete = (message: string, nextStep: string) =>
      listingIncomplete('cw-rmm', endpoint, { message, nextStep });
    let previous: readonly Item[] | undefined;
    let fullPageSeen = false;
    return paginatePages<Item, Cursor>({
      vendor: 'cw-rmm',
      endpoint,
      first: { pageNum: 1 },
      ...(opts.signal ? { signal: opts.signal } : {}),
      fetchPage: async ({ pageNum, probe }, signal) => {
        if (probe !== undefined) {
          // The page after a short first page, asked at that short size: empty proves the end.
          const after = await fetchItems(probe, 2, signal);
          if (after.length === 0) return { items: [], next: undefined };
          throw incomplete(
            `ConnectWise RMM sent ${probe} ${noun} where ${pageSize} were asked for, and there are more: the server limits its pages below Records Per Request. What was read is kept; nothing was marked removed.`,
            `Set Records Per Request to ${probe} in the connection settings and sync again.`,
          );
        }
        const items = await fetchItems(pageSize, pageNum, signal);
        if (samePage(items, previous, (item) => item.id)) {
          throw incomplete(
            `ConnectWise RMM returned the same ${items.length} ${noun} twice (pages ${pageNum - 1} and ${pageNum}), so the list may go on. What was read is kept; nothing was marked removed.`,
            `Records Per Request may be above the server's limit; set it to ${Math.min(items.length, DEFAULT_RECORDS_PER_REQUEST)} in the connection settings and sync again.`,
          );
        }
        previous = items;
        // The spec documents these listings unpaged: a page longer than asked is the whole list.
        if (pageNum === 1 && items.length > pageSize) return { items, next: undefined };
        if (items.length === pageSize) {
          fullPageSeen = true;
          return { items, next: { pageNum: pageNum + 1 } };
        }
        // A short page ends the list once the server has shown it sends full pages. A short
        // FIRST page may be a cap instead: it is kept, and the probe after it decides.
        if (items.length > 0 && !fullPageSeen) return { items, next: { pageNum: 2, probe: items.length } };
        return { items, next: undefined };
      },
    });
  }

  const companyPages = (opts: RmmListOptions = {}) =>
    listPages(COMPANIES_PATH, RMM_ENDPOINTS.companies, rmmCompanyListSchema, 'companies', opts);

  /** Sites of one company, or (without `companyId`) every site of the partner. */
  const sitePages = (opts: RmmListOptions & { companyId?: string } = {}) =>
    opts.companyId === undefined
      ? listPages(SITES_PATH, RMM_ENDPOINTS.sites, rmmSiteListSchema, 'sites', opts)
      : listPages(
          `${COMPANIES_PATH}/${encodeURIComponent(opts.companyId)}/sites`,
          RMM_ENDPOINTS.companySites,
          rmmSiteListSchema,
          'sites',
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
