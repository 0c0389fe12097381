/**
 * WatchGuard Cloud API client (background only): the OAuth client-credentials token, managed
 * accounts (Accounts API) and Endpoint Security devices, as async iterators that stop on abort.
 *
 * - Token: `POST {Authentication API URL}` with Basic `accessId:password` and the form body
 *   `grant_type=client_credentials&scope=api-access` (WatchGuard API docs, "Authentication";
 *   vendor-apis.md §4.2). One token request in flight per credential and account, cached until a
 *   minute before `expires_in` runs out; a 401 drops it and the call is retried once.
 * - Every REST call: `Authorization: Bearer`, `WatchGuard-API-Key`, JSON Accept and Content-Type.
 * - A managed account is reached with an audience token: `POST …/authorization/v1/audiences`
 *   `{accountId}` → `audience`, then a token requested with that audience (§4.3).
 * - Managed accounts page with `offset`/`limit` and stop at `totalItems` (or, without it, on an
 *   empty page), delegated accounts included; devices page with
 *   `$top`/`$skip`/`$count`, at most 3,000 records per response (§4.4), so an account with more
 *   is read in several pages. Both advance by what actually arrived, not by what was asked for,
 *   so a server that caps a page lower than asked loses nothing.
 */
import {
  base64Utf8,
  type CachedToken,
  createHttpClient,
  type HttpClient,
  isVendorError,
  listingIncomplete,
  paginatePages,
  sharedTokenCaches,
  systemClock,
  TokenCache,
  transportOptions,
  type VendorClientOptions,
} from '../http';
import { parseWatchGuardConnection, usesReadOnlyAccessId, type WatchGuardConnectionInput } from './config';
import {
  describeWatchGuardApiError,
  describeWatchGuardTokenError,
  type WatchGuardErrorScope,
  WG_ENDPOINTS,
} from './errors';
import {
  WATCHGUARD_ACCOUNT_TYPES,
  type WatchGuardAccount,
  type WatchGuardAccountPage,
  type WatchGuardDevice,
  watchGuardAccountPageSchema,
  watchGuardAudienceSchema,
  watchGuardDevicePageSchema,
  watchGuardTokenSchema,
} from './schemas';
import { resolveWatchGuardEndpoints, type WatchGuardEndpoints } from './urls';

export interface WatchGuardClientOptions extends VendorClientOptions {
  /** Read-only Access IDs remembered from Managed Access pages (lib/regions store). */
  knownReadOnlyAccessIds?: readonly string[];
}

export interface AccountListOptions {
  signal?: AbortSignal;
  /** Accounts per request (default 500). The server's own cap is not documented; see the header. */
  pageSize?: number;
  /** Only service providers or only subscribers (default: both). */
  type?: keyof typeof WATCHGUARD_ACCOUNT_TYPES;
  /**
   * Also the accounts other service providers delegated to this one (`includeDelegatedAccounts`,
   * vendor-apis.md §4.3; default true: a sync must see every account the MSP manages).
   */
  includeDelegated?: boolean;
}

export interface DeviceListOptions {
  signal?: AbortSignal;
  /** Devices per request, at most (and by default) the 3,000 one response may hold. */
  pageSize?: number;
}

interface WatchGuardToken extends CachedToken {
  accessToken: string;
}

/** Most records one devices response holds (Endpoint Security Management API, "Devices"). */
export const WG_DEVICES_PAGE_CAP = 3_000;
const DEFAULT_ACCOUNTS_PAGE = 500;
const ACCOUNTS_PATH = 'rest/platform/accounts/v1/accounts';
/** Token target of the credentials' own token (no audience). */
const OWN_TOKEN = '';

export type WatchGuardClient = ReturnType<typeof createWatchGuardClient>;

export function createWatchGuardClient(
  input: WatchGuardConnectionInput,
  options: WatchGuardClientOptions = {},
) {
  const config = parseWatchGuardConnection(input);
  const endpoints: WatchGuardEndpoints = resolveWatchGuardEndpoints(config, options);
  const clock = options.clock ?? systemClock;
  const caches = options.tokenCaches ?? sharedTokenCaches;
  const home = config.accountId;
  const basic = base64Utf8(`${config.accessId}:${config.password}`);
  const apiClients = new Map<string, HttpClient>();
  const tokenCaches = new Map<string, TokenCache<WatchGuardToken>>();
  const audiences = new Map<string, Promise<string>>();
  // Access tokens are secrets too: scrub the ones this client is using from every error.
  const secrets = () => [
    config.password,
    config.apiKey,
    basic,
    ...[...tokenCaches.values()].map((cache) => cache.peek()?.accessToken),
  ];
  const scopeFor = (accountId: string): WatchGuardErrorScope => ({
    homeAccountId: home,
    accountId,
    readOnly: usesReadOnlyAccessId(config, options.knownReadOnlyAccessIds),
    region: endpoints.region,
  });
  const transport = transportOptions(options);

  const tokenHttp = (accountId: string) =>
    createHttpClient({
      ...transport,
      vendor: 'watchguard',
      baseUrl: endpoints.tokenUrl.origin,
      headers: { Accept: 'application/json' },
      secrets,
      describeError: (ctx) => describeWatchGuardTokenError(ctx, scopeFor(accountId)),
    });

  /**
   * Seeds/000: the Account ID may be the credentials' own account or a Service Provider or
   * Subscriber account they manage. Nothing tells which in advance, so the own token is tried
   * first; when the API refuses it for the configured account (403), that account is reached
   * through an audience token from then on.
   */
  let homeViaAudience = false;

  /** The account a call's token is for: OWN_TOKEN, or a managed account (an audience token). */
  function tokenTarget(tokenAccount: string): string {
    return tokenAccount === home && !homeViaAudience ? OWN_TOKEN : tokenAccount;
  }

  /** The token cache of one target: the credentials' own token, or an audience token. */
  function tokenCache(target: string): TokenCache<WatchGuardToken> {
    let cache = tokenCaches.get(target);
    if (!cache) {
      cache = sharedTokenCache(target);
      tokenCaches.set(target, cache);
    }
    return cache;
  }

  /** Shared with every client of this credential: same access ID, password, key and account. */
  function sharedTokenCache(accountId: string): TokenCache<WatchGuardToken> {
    const key = ['watchguard', endpoints.tokenUrl.href, config.accessId, accountId];
    return caches.cacheFor(
      key.join('|'),
      `${config.password}\n${config.apiKey}`,
      () =>
        new TokenCache<WatchGuardToken>({
          clock,
          fetchToken: async (_current, signal) => {
            const form = new URLSearchParams({ grant_type: 'client_credentials', scope: 'api-access' });
            if (accountId !== OWN_TOKEN) form.set('audience', await audienceFor(accountId, signal));
            const { data } = await tokenHttp(accountId || home).request({
              method: 'POST',
              path: endpoints.tokenUrl.pathname,
              endpoint: WG_ENDPOINTS.token,
              auth: false,
              headers: {
                Authorization: `Basic ${basic}`,
                'Content-Type': 'application/x-www-form-urlencoded',
              },
              body: form,
              schema: watchGuardTokenSchema,
              signal,
            });
            return { accessToken: data.access_token, expiresAt: clock.now() + data.expires_in * 1000 };
          },
        }),
    );
  }

  /**
   * The REST client acting for one account, authorised with `tokenAccount`'s token: the same
   * account, except for the audiences call, made with the credentials' own token on behalf of a
   * managed one (so its errors name the managed account).
   */
  function api(accountId: string, tokenAccount = accountId): HttpClient {
    const http = rawApi(accountId, tokenAccount);
    if (accountId !== home || tokenAccount !== home) return http;
    return {
      ...http,
      request: (async (req) => {
        try {
          return await http.request(req);
        } catch (error) {
          if (homeViaAudience || !isVendorError(error) || error.status !== 403) throw error;
          // The configured account may be one these credentials manage: ask for its audience.
          try {
            await audienceFor(home, req.signal);
          } catch {
            throw error;
          }
          homeViaAudience = true;
          return http.request(req);
        }
      }) as HttpClient['request'],
    };
  }

  function rawApi(accountId: string, tokenAccount: string): HttpClient {
    const key = `${accountId}|${tokenAccount}`;
    let http = apiClients.get(key);
    if (!http) {
      http = createHttpClient({
        ...transport,
        vendor: 'watchguard',
        baseUrl: endpoints.apiOrigin,
        headers: {
          Accept: 'application/json',
          'Content-Type': 'application/json',
          'WatchGuard-API-Key': config.apiKey,
        },
        secrets,
        authorize: async (signal) => {
          const cache = tokenCache(tokenTarget(tokenAccount));
          const token = await cache.get(signal);
          return {
            headers: { Authorization: `Bearer ${token.accessToken}` },
            onRejected: () => cache.invalidate(token),
          };
        },
        describeError: (ctx) => describeWatchGuardApiError(ctx, scopeFor(accountId)),
      });
      apiClients.set(key, http);
    }
    return http;
  }

  /** The audience that lets the home account's credentials act for a managed account. */
  function audienceFor(accountId: string, signal: AbortSignal | undefined): Promise<string> {
    let audience = audiences.get(accountId);
    if (!audience) {
      audience = rawApi(accountId, OWN_TOKEN)
        .request({
          method: 'POST',
          path: 'rest/platform/authorization/v1/audiences',
          endpoint: WG_ENDPOINTS.audiences,
          json: { accountId },
          schema: watchGuardAudienceSchema,
          ...(signal ? { signal } : {}),
        })
        .then((response) => response.data.audience);
      audience.catch(() => audiences.delete(accountId));
      audiences.set(accountId, audience);
    }
    return audience;
  }

  /** One page of the home account's managed accounts (Accounts API `children`). */
  async function childrenPage(
    query: { offset: number; limit: number; type?: number | undefined; includeDelegatedAccounts?: boolean },
    signal: AbortSignal | undefined,
  ): Promise<WatchGuardAccountPage> {
    const { data } = await api(home).request({
      path: `${ACCOUNTS_PATH}/${encodeURIComponent(home)}/children`,
      endpoint: WG_ENDPOINTS.children,
      searchParams: query,
      schema: watchGuardAccountPageSchema,
      ...(signal ? { signal } : {}),
    });
    return data;
  }

  /**
   * Offsets advance by what arrived, so a server that caps pages loses nothing. The end needs
   * proof: `totalItems` reached, or (without it) an empty page. An empty page BEFORE the stated
   * total ends the listing as incomplete.
   */
  function accountPages(opts: AccountListOptions = {}) {
    const limit = Math.max(1, Math.floor(opts.pageSize ?? DEFAULT_ACCOUNTS_PAGE));
    const type = opts.type ? WATCHGUARD_ACCOUNT_TYPES[opts.type] : undefined;
    const includeDelegatedAccounts = opts.includeDelegated ?? true;
    return paginatePages<WatchGuardAccount, number>({
      vendor: 'watchguard',
      endpoint: WG_ENDPOINTS.children,
      first: 0,
      ...(opts.signal ? { signal: opts.signal } : {}),
      fetchPage: async (offset, signal) => {
        const data = await childrenPage({ offset, limit, type, includeDelegatedAccounts }, signal);
        const total = data.totalItems ?? undefined;
        const next = offset + data.items.length;
        if (data.items.length === 0 && total !== undefined && offset < total) {
          throw listingIncomplete('watchguard', WG_ENDPOINTS.children, {
            message: `WatchGuard Cloud sent an empty page at account ${offset + 1} of ${total}, so the list of managed accounts was not read to its end. What was read is kept; nothing was marked removed.`,
            nextStep:
              'Sync again in a moment; if it keeps happening, report it to WatchGuard with the account ID.',
          });
        }
        const more = data.items.length > 0 && (total === undefined || next < total);
        return { items: data.items, next: more ? next : undefined };
      },
    });
  }

  function devicePages(accountId: string, opts: DeviceListOptions = {}) {
    const top = Math.min(WG_DEVICES_PAGE_CAP, Math.max(1, Math.floor(opts.pageSize ?? WG_DEVICES_PAGE_CAP)));
    const endpoint = WG_ENDPOINTS.devices(endpoints.endpointSecurityPath);
    const path = `${endpoints.endpointSecurityPath.slice(1)}/api/v1/accounts/${encodeURIComponent(accountId)}/devices`;
    return paginatePages<WatchGuardDevice, number>({
      vendor: 'watchguard',
      endpoint,
      first: 0,
      ...(opts.signal ? { signal: opts.signal } : {}),
      fetchPage: async (skip, signal) => {
        const { data } = await api(accountId).request({
          path,
          endpoint,
          searchParams: { $top: top, $skip: skip, $count: true },
          schema: watchGuardDevicePageSchema,
          ...(signal ? { signal } : {}),
        });
        const next = skip + data.data.length;
        // `total_items` is what we asked `$count` for; without it, only a short page ends the list.
        const more =
          data.data.length > 0 &&
          (typeof data.total_items === 'number' ? next < data.total_items : data.data.length >= top);
        return { items: data.data, next: more ? next : undefined };
      },
    });
  }

  return {
    /** Where the calls go (shown by Test connection). */
    endpoints,
    accountId: home,
    /** Whether the configured Access ID is known to be the read-only one. */
    readOnlyAccessId: scopeFor(home).readOnly,

    /** How many accounts the configured account manages, delegated ones included (one small request); undefined when the answer has no total. */
    async countManagedAccounts(signal?: AbortSignal): Promise<number | undefined> {
      const page = await childrenPage({ offset: 0, limit: 1, includeDelegatedAccounts: true }, signal);
      return page.totalItems ?? undefined;
    },

    /** The accounts the configured account manages, page by page. */
    accountPages,
    async *managedAccounts(opts: AccountListOptions = {}): AsyncGenerator<WatchGuardAccount> {
      for await (const page of accountPages(opts)) yield* page;
    },

    /** Endpoint Security devices of the configured account or of one it manages. */
    devicePages,
    async *devices(accountId: string, opts: DeviceListOptions = {}): AsyncGenerator<WatchGuardDevice> {
      for await (const page of devicePages(accountId, opts)) yield* page;
    },
  };
}
