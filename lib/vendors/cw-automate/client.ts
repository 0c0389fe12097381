import { z } from 'zod';
import {
  createHttpClient,
  listingIncomplete,
  paginatePages,
  samePage,
  systemClock,
  transportOptions,
  type VendorClientOptions,
} from '../http';
import { createAutomateTokens } from './auth';
import { automateApiBaseUrl, type CwAutomateConfig, checkAutomateConfig } from './config';
import { describeAutomateError } from './errors';
import {
  type AutomateClient,
  type AutomateUser,
  automateClientSchema,
  automateUserListSchema,
  automateUserSchema,
  type UserClass,
  userClassSchema,
} from './schemas';

/** Options for the client itself (not user settings); its token lives with the client. */
export type CwAutomateClientOptions = Omit<VendorClientOptions, 'tokenCaches'>;

export interface AutomateListOptions {
  signal?: AbortSignal;
  /** Records asked for per page (default 1,000). The server may send fewer; see `listPages`. */
  pageSize?: number;
}

export type CwAutomateClient = ReturnType<typeof createCwAutomateClient>;

const DEFAULT_PAGE_SIZE = 1000;
const clientIds = { idOf: (client: AutomateClient) => client.Id };

/**
 * ConnectWise Automate REST client (background only): signs in (two-factor included), renews the
 * token before it lapses, and sends `Authorization: Bearer` with the `clientId` header on every
 * call (vendor-apis.md §2.1). Lists are async iterators; pass a signal to stop them.
 */
export function createCwAutomateClient(config: CwAutomateConfig, options: CwAutomateClientOptions = {}) {
  checkAutomateConfig(config);
  const insecure = options.allowInsecureHttp ?? false;
  const clock = options.clock ?? systemClock;
  const baseUrl = automateApiBaseUrl(config, insecure);
  const username = config.username.trim();
  // Tokens are secrets too; keep the current one at hand for scrubbing.
  let currentToken: string | undefined;

  const http = createHttpClient({
    ...transportOptions(options),
    vendor: 'cw-automate',
    baseUrl,
    clock,
    headers: { Accept: 'application/json', clientId: config.clientId.trim() },
    secrets: () => [config.password, config.totpSecret, currentToken],
    describeError: (ctx) => describeAutomateError(ctx, { username, apiBaseUrl: baseUrl.href }),
    authorize: async (signal) => {
      const token = await tokens.get(signal);
      currentToken = token.value;
      return {
        headers: { Authorization: `Bearer ${token.value}` },
        onRejected: () => tokens.invalidate(token),
      };
    },
  });
  const tokens = createAutomateTokens(http, config, clock);

  /**
   * Every page of a list: `page` = 1, 2, … until an empty page. Automate sends no Link header
   * and no total (§2.3), and its page cap is NOT FOUND, so a short page does not prove the end.
   * A page that repeats the previous one (a server that ignores `page`) ends the listing as
   * incomplete instead of looping to the page limit.
   */
  function listPages<S extends z.ZodType>(
    path: string,
    endpoint: string,
    schema: S,
    opts: AutomateListOptions,
    { listSchema = z.array(schema), idOf }: { listSchema?: z.ZodType; idOf: (item: z.output<S>) => unknown },
  ) {
    const pageSize = Math.max(1, Math.min(DEFAULT_PAGE_SIZE, opts.pageSize ?? DEFAULT_PAGE_SIZE));
    let previous: readonly z.output<S>[] | undefined;
    return paginatePages<z.output<S>, number>({
      vendor: 'cw-automate',
      endpoint,
      first: 1,
      ...(opts.signal ? { signal: opts.signal } : {}),
      fetchPage: async (page, signal) => {
        const response = await http.request({
          path,
          searchParams: { page, pageSize },
          schema: listSchema,
          endpoint,
          ...(signal ? { signal } : {}),
        });
        const items = response.data as z.output<S>[];
        if (samePage(items, previous, idOf)) {
          throw listingIncomplete('cw-automate', endpoint, {
            message: `ConnectWise Automate sent the same ${items.length} records for pages ${page - 1} and ${page} (${endpoint}), so the list was not read to its end. What was read is kept; nothing was marked removed.`,
            nextStep:
              'The server seems to ignore the page parameter; update Automate, or report it with its version.',
          });
        }
        previous = items;
        return { items, next: items.length > 0 ? page + 1 : undefined };
      },
    });
  }

  async function* list<S extends z.ZodType>(
    path: string,
    endpoint: string,
    schema: S,
    opts: AutomateListOptions,
    list: { listSchema?: z.ZodType; idOf: (item: z.output<S>) => unknown },
  ) {
    for await (const page of listPages(path, endpoint, schema, opts, list)) yield* page;
  }

  return {
    apiBaseUrl: baseUrl.href,
    /** Signs in (or reuses the cached token); tells who we are and whether 2FA was used. */
    async signIn(
      signal?: AbortSignal,
    ): Promise<{ userId: string | undefined; twoFactor: boolean; expiresAt: string }> {
      const token = await tokens.get(signal);
      currentToken = token.value;
      return {
        userId: token.userId,
        twoFactor: token.twoFactor,
        expiresAt: new Date(token.expiresAt).toISOString(),
      };
    },
    clients: (opts: AutomateListOptions = {}): AsyncGenerator<AutomateClient> =>
      list('Clients', 'GET /Clients', automateClientSchema, opts, clientIds),
    clientPages: (opts: AutomateListOptions = {}) =>
      listPages('Clients', 'GET /Clients', automateClientSchema, opts, clientIds),
    userClasses: (opts: AutomateListOptions = {}): AsyncGenerator<UserClass> =>
      list('UserClasses', 'GET /UserClasses', userClassSchema, opts, {
        idOf: (userClass: UserClass) => userClass.UserClassId,
      }),
    /** One user class with its `Permissions` object (the input of auditUserClass). */
    async userClass(id: number, signal?: AbortSignal): Promise<UserClass> {
      const response = await http.request({
        path: `UserClasses/${id}`,
        endpoint: 'GET /UserClasses/{id}',
        schema: userClassSchema,
        ...(signal ? { signal } : {}),
      });
      return response.data;
    },
    /** One user record (`GET /Users/{userId}`): its flags, such as IsIntegrator, feed the audit. */
    async user(id: number, signal?: AbortSignal): Promise<AutomateUser> {
      const response = await http.request({
        path: `Users/${id}`,
        endpoint: 'GET /Users/{id}',
        schema: automateUserSchema,
        ...(signal ? { signal } : {}),
      });
      return response.data;
    },
    users: (opts: AutomateListOptions = {}): AsyncGenerator<AutomateUser> =>
      list('Users', 'GET /Users', automateUserSchema, opts, {
        listSchema: automateUserListSchema,
        idOf: (user: AutomateUser) => user.UserId,
      }),
  };
}
