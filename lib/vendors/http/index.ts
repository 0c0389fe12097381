/**
 * Shared core of the vendor API clients (background only). Usage, in a vendor module:
 *
 *   const http = createHttpClient({
 *     vendor: 'cw-rmm', baseUrl: 'https://openapi.service.itsupport247.net/',
 *     headers: { Accept: 'application/json' },
 *     authorize: async (signal) => {
 *       const token = await tokens.get(signal);              // TokenCache: single flight + skew
 *       return { headers: { Authorization: `Bearer ${token.value}` }, onRejected: () => tokens.invalidate(token) };
 *     },
 *     describeError: (ctx) => (ctx.status === 403 ? { nextStep: '…' } : undefined),
 *     secrets: () => [config.clientSecret],
 *   });
 *   const { data } = await http.request({ path: 'api/platform/v1/company/companies', schema, signal });
 *
 * - Every failure is a `VendorError` (kind, vendor, endpoint, status, message, nextStep, hints);
 *   its message/JSON never carry secrets (`secrets()` values are scrubbed as a last resort).
 * - Retries: 423/429/502/503/504, network errors, timeouts, unreadable JSON; backoff with full
 *   jitter; Retry-After honoured; ky's own retry is off. Inject `clock` (createManualClock) in tests.
 * - `allowInsecureHttp: true` only for unit tests / local simulators.
 * - Paging: `paginate`/`paginatePages` take a `fetchPage(cursor, signal)` and stop on abort.
 * - `parseWith(schema, body, endpoint, vendor)` for bodies read outside `request`.
 * - `runTestConnection(vendor, check)` → `TestConnectionResult` for each vendor's Test connection.
 */
export { resolveBaseUrl } from './base-url';
export {
  createHttpClient,
  type ErrorContext,
  type HttpClient,
  type HttpClientOptions,
  type HttpLogEvent,
  type HttpResponse,
  type RequestOptions,
} from './client';
export { base64Utf8, transportOptions, type VendorClientOptions } from './client-options';
export { type Clock, createManualClock, type ManualClock, systemClock } from './clock';
export {
  defaultErrorText,
  type GrantingFunction,
  isVendorError,
  VendorError,
  type VendorErrorInit,
  vendorError,
  vendorErrorKindSchema,
} from './errors';
export { arrayOf } from './fast-guard';
export { firstLinkTarget, parseLinkHeader } from './link-header';
export {
  collect,
  listingIncomplete,
  paginate,
  paginatePages,
  samePage,
} from './paging';
export { parseWith } from './parse';
export {
  backoffDelay,
  DEFAULT_RETRY_POLICY,
  parseRetryAfter,
} from './retry';
export { parseSettings } from './settings';
export {
  fact,
  runTestConnection,
  type TestConnectionResult,
  testConnectionResultSchema,
  yesNo,
} from './test-connection';
export { type CachedToken, TokenCache } from './token-cache';
export { sharedTokenCaches, TokenCacheRegistry } from './token-registry';
