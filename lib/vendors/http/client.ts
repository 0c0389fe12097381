import ky, { type KyInstance } from 'ky';
import type { z } from 'zod';
import { VENDOR_LABELS, type VendorId } from '../../vendor-ids';
import { resolveBaseUrl } from './base-url';
import { type Clock, systemClock } from './clock';
import {
  defaultErrorText,
  scrubError,
  VendorError,
  type VendorErrorInit,
  type VendorErrorKind,
  vendorError,
} from './errors';
import { parseWith } from './parse';
import { backoffDelay, parseRetryAfter, type RetryPolicy, resolveRetryPolicy } from './retry';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Headers to add to one attempt, and what to do if the vendor rejects them with 401. */
export interface AuthGrant {
  headers: Record<string, string>;
  /** Called on 401; typically drops the cached token. The request is then retried once. */
  onRejected?: () => void;
}

/** What a vendor's `describeError` sees about a failed response. Never includes request headers. */
export interface ErrorContext {
  kind: VendorErrorKind;
  status: number;
  method: HttpMethod;
  endpoint: string;
  /** Parsed JSON when the body was JSON, else at most 500 characters of text. */
  body: unknown;
  headers: Headers;
  retryAfterSeconds: number | undefined;
}

/** One line per attempt: what happened, never URLs with queries, headers or bodies. */
export interface HttpLogEvent {
  vendor: VendorId;
  method: HttpMethod;
  endpoint: string;
  attempt: number;
  outcome: 'ok' | 'retry' | 'fail';
  status?: number;
  errorKind?: VendorErrorKind;
  delayMs?: number;
  durationMs: number;
}

export interface HttpClientOptions {
  vendor: VendorId;
  /** API root; relative request paths resolve under it. Must be https unless `allowInsecureHttp`. */
  baseUrl: string | URL;
  /** ONLY for unit tests and local simulators. */
  allowInsecureHttp?: boolean;
  /** Per-attempt timeout (default 30 s). */
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  clock?: Clock;
  /** Sent with every request (e.g. `clientId`, a versioned `Accept`). */
  headers?: Record<string, string>;
  /** Called before each attempt of an authenticated request (so a refreshed token is picked up). */
  authorize?: (signal: AbortSignal | undefined) => Promise<AuthGrant>;
  /** Vendor-specific wording and hints for a failed response, merged over the defaults. */
  describeError?: (context: ErrorContext) => Partial<VendorErrorInit> | undefined;
  /** Current secret values, scrubbed from every error as a last line of defence. */
  secrets?: () => readonly (string | undefined)[];
  log?: (event: HttpLogEvent) => void;
  /** A fetch implementation (tests, benchmarks); defaults to the global one. */
  fetch?: typeof globalThis.fetch;
  /**
   * Follow redirects (default false). Only for requests that carry no credential (the Manage
   * codebase lookup): a redirect can point anywhere, and fetch would resend our headers there.
   */
  followRedirects?: boolean;
}

export interface RequestOptions<S extends z.ZodType | undefined = undefined> {
  method?: HttpMethod;
  /** Relative to the base URL (`company/companies`), or an absolute URL on the same origin (Link). */
  path: string;
  searchParams?: Record<string, string | number | boolean | undefined>;
  json?: unknown;
  body?: string | URLSearchParams;
  headers?: Record<string, string>;
  /** Response schema; without one, `data` is the parsed JSON as `unknown`. */
  schema?: S;
  /** Label for errors and logs, e.g. `GET /company/companies` (default: method + path, no query). */
  endpoint?: string;
  signal?: AbortSignal;
  /** Set false for the token request itself. Default true when the client has `authorize`. */
  auth?: boolean;
  /** Per-request retry override, or false for a single attempt. */
  retry?: Partial<RetryPolicy> | false;
  timeoutMs?: number;
  /** 'none' skips reading the body (204 responses). Default 'json'. */
  responseType?: 'json' | 'text' | 'none';
}

export interface HttpResponse<T> {
  data: T;
  status: number;
  headers: Headers;
  /** The final URL (may carry a query, so never log it). */
  url: string;
}

export interface HttpClient {
  readonly vendor: VendorId;
  readonly baseUrl: URL;
  request<S extends z.ZodType | undefined = undefined>(
    options: RequestOptions<S>,
  ): Promise<HttpResponse<S extends z.ZodType ? z.output<S> : unknown>>;
  /** Resolves a path or same-origin absolute URL against the base (throws on another origin). */
  resolve(path: string): URL;
}

interface AttemptFailure {
  error: VendorError;
  retryable: boolean;
  /** Server-requested wait in ms (Retry-After). */
  retryAfterMs?: number;
  /** The 401 hook to call before the single auth retry. */
  onRejected?: () => void;
}

const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * The shared vendor HTTP client: ky for the request plumbing with ky's own retry and timeout
 * turned off, so our retry policy is explicit, injectable and testable. Each attempt gets its own
 * timeout combined with the caller's AbortSignal; retries cover 423/429/502/503/504, network
 * errors, timeouts and unreadable JSON, with exponential backoff + full jitter, Retry-After
 * honoured and capped. A 401 on an authenticated request drops the token and retries once.
 */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const vendor = options.vendor;
  const baseUrl =
    options.baseUrl instanceof URL
      ? resolveBaseUrl(options.baseUrl.href, vendor, options)
      : resolveBaseUrl(options.baseUrl, vendor, options);
  const clock = options.clock ?? systemClock;
  const basePolicy = resolveRetryPolicy(options.retry);
  const kyInstance: KyInstance = ky.create({
    retry: 0,
    timeout: false,
    throwHttpErrors: false,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const log = options.log ?? (() => {});

  function resolve(path: string): URL {
    const url = new URL(path.replace(/^\//, ''), baseUrl);
    if (url.origin !== baseUrl.origin) {
      // A Link header pointing elsewhere must not receive our credentials.
      throw new VendorError({
        kind: 'invalid-response',
        vendor,
        message: `${VENDOR_LABELS[vendor]} pointed a follow-up request at another server (${url.host}).`,
        nextStep: 'Check the server address in the connection settings; report this if it is correct.',
      });
    }
    return url;
  }

  function endpointOf(method: HttpMethod, url: URL): string {
    const relative = url.pathname.startsWith(baseUrl.pathname)
      ? url.pathname.slice(baseUrl.pathname.length - 1)
      : url.pathname;
    return `${method} ${relative}`;
  }

  async function request<S extends z.ZodType | undefined>(
    req: RequestOptions<S>,
  ): Promise<HttpResponse<S extends z.ZodType ? z.output<S> : unknown>> {
    const method = req.method ?? 'GET';
    const url = resolve(req.path);
    for (const [key, value] of Object.entries(req.searchParams ?? {})) {
      if (value !== undefined) url.searchParams.set(key, String(value));
    }
    const endpoint = req.endpoint ?? endpointOf(method, url);
    const policy: RetryPolicy =
      req.retry === false ? { ...basePolicy, maxAttempts: 1 } : { ...basePolicy, ...req.retry };
    const useAuth = (req.auth ?? true) && options.authorize !== undefined;
    const timeoutMs = req.timeoutMs ?? options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    let authRetried = false;

    try {
      for (let attempt = 1; ; attempt++) {
        const started = clock.now();
        const outcome = await attemptOnce(req, method, url, endpoint, useAuth, timeoutMs);
        const durationMs = clock.now() - started;
        if ('data' in outcome) {
          log({ vendor, method, endpoint, attempt, outcome: 'ok', status: outcome.status, durationMs });
          return outcome as HttpResponse<S extends z.ZodType ? z.output<S> : unknown>;
        }
        const failure = outcome;
        if (failure.onRejected && !authRetried) {
          authRetried = true;
          failure.onRejected();
          log({
            vendor,
            method,
            endpoint,
            attempt,
            outcome: 'retry',
            status: 401,
            errorKind: 'auth',
            durationMs,
          });
          continue;
        }
        const delay = failure.retryable ? retryDelay(failure, attempt, policy) : undefined;
        if (delay === undefined) {
          log({
            vendor,
            method,
            endpoint,
            attempt,
            outcome: 'fail',
            errorKind: failure.error.kind,
            durationMs,
            ...(failure.error.status ? { status: failure.error.status } : {}),
          });
          throw failure.error;
        }
        log({
          vendor,
          method,
          endpoint,
          attempt,
          outcome: 'retry',
          errorKind: failure.error.kind,
          delayMs: delay,
          durationMs,
          ...(failure.error.status ? { status: failure.error.status } : {}),
        });
        try {
          await clock.sleep(delay, req.signal);
        } catch {
          throw vendorError('aborted', vendor, { endpoint });
        }
      }
    } catch (error) {
      const vendorFailure =
        error instanceof VendorError ? error : vendorError('network', vendor, { endpoint });
      throw scrubError(vendorFailure, options.secrets?.() ?? []);
    }
  }

  /** undefined = give up now. */
  function retryDelay(failure: AttemptFailure, attempt: number, policy: RetryPolicy): number | undefined {
    if (attempt >= policy.maxAttempts) return undefined;
    if (failure.retryAfterMs !== undefined) {
      // Honour the server's wait; if it asks for longer than we are willing to wait, stop now
      // and tell the user when to come back rather than hold the request open.
      return failure.retryAfterMs <= policy.maxDelayMs ? failure.retryAfterMs : undefined;
    }
    return backoffDelay(attempt, policy, clock);
  }

  async function attemptOnce(
    req: RequestOptions<z.ZodType | undefined>,
    method: HttpMethod,
    url: URL,
    endpoint: string,
    useAuth: boolean,
    timeoutMs: number,
  ): Promise<HttpResponse<unknown> | AttemptFailure> {
    const callerSignal = req.signal;
    if (callerSignal?.aborted)
      return { error: vendorError('aborted', vendor, { endpoint }), retryable: false };
    const timeoutSignal = AbortSignal.timeout(timeoutMs);
    const signal = callerSignal ? AbortSignal.any([callerSignal, timeoutSignal]) : timeoutSignal;
    const failNetwork = (): AttemptFailure => {
      if (callerSignal?.aborted)
        return { error: vendorError('aborted', vendor, { endpoint }), retryable: false };
      if (timeoutSignal.aborted) {
        return {
          error: vendorError('timeout', vendor, {
            endpoint,
            message: `${VENDOR_LABELS[vendor]} did not answer within ${Math.round(timeoutMs / 1000)} s (${endpoint}).`,
          }),
          retryable: policyRetriesNetwork(req),
        };
      }
      return { error: vendorError('network', vendor, { endpoint }), retryable: policyRetriesNetwork(req) };
    };

    let grant: AuthGrant | undefined;
    if (useAuth && options.authorize) {
      try {
        grant = await options.authorize(signal);
      } catch (error) {
        if (error instanceof VendorError) return { error, retryable: false };
        return failNetwork();
      }
    }

    let response: Response;
    let text: string;
    try {
      response = await kyInstance(url, {
        method,
        headers: { ...options.headers, ...req.headers, ...grant?.headers },
        signal,
        redirect: options.followRedirects ? 'follow' : 'manual',
        ...(req.json !== undefined ? { json: req.json } : {}),
        ...(req.body !== undefined ? { body: req.body } : {}),
      });
      text = req.responseType === 'none' ? '' : await response.text();
    } catch {
      return failNetwork();
    }

    if (isRedirect(response)) return { error: redirectError(response, endpoint), retryable: false };
    if (!response.ok) return describeFailure(response, text, method, endpoint, grant, req);

    let data: unknown;
    if (req.responseType === 'text') data = text;
    else if (req.responseType === 'none' || text === '') data = undefined;
    else {
      try {
        data = JSON.parse(text);
      } catch {
        // Truncated or garbled bodies come from proxies and dropped connections; worth a retry.
        return {
          error: vendorError('invalid-response', vendor, {
            endpoint,
            status: response.status,
            message: `${VENDOR_LABELS[vendor]} sent a response that is not valid JSON (${endpoint}).`,
          }),
          retryable: policyRetriesNetwork(req),
        };
      }
    }
    if (req.schema) {
      try {
        data = parseWith(req.schema, data, endpoint, vendor);
      } catch (error) {
        return { error: error as VendorError, retryable: false };
      }
    }
    return { data, status: response.status, headers: response.headers, url: response.url || url.href };
  }

  /** A browser hides where an opaque redirect points; Node (tests) shows the Location. */
  function redirectError(response: Response, endpoint: string): VendorError {
    const location = response.headers.get('location');
    let where = '';
    try {
      if (location) where = ` to ${new URL(location, baseUrl).host}`;
    } catch {
      // An unreadable Location is still a redirect we do not follow.
    }
    return vendorError('redirect', vendor, {
      endpoint,
      ...(response.status ? { status: response.status } : {}),
      message: `${VENDOR_LABELS[vendor]} answered ${endpoint} with a redirect${where}; the extension does not send credentials on to another address.`,
    });
  }

  function policyRetriesNetwork(req: RequestOptions<z.ZodType | undefined>): boolean {
    if (req.retry === false) return false;
    return req.retry?.retryNetworkErrors ?? basePolicy.retryNetworkErrors;
  }

  function describeFailure(
    response: Response,
    text: string,
    method: HttpMethod,
    endpoint: string,
    grant: AuthGrant | undefined,
    req: RequestOptions<z.ZodType | undefined>,
  ): AttemptFailure {
    const status = response.status;
    const kind = kindForStatus(status);
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), clock.now());
    const retryAfterSeconds = retryAfterMs === undefined ? undefined : Math.ceil(retryAfterMs / 1000);
    const body = parseErrorBody(text);
    const context: ErrorContext = {
      kind,
      status,
      method,
      endpoint,
      body,
      headers: response.headers,
      retryAfterSeconds,
    };
    const init: VendorErrorInit = {
      ...defaultErrorText(kind, vendor, endpoint),
      ...(kind === 'rate-limited' ? rateLimitText(retryAfterMs, endpoint) : {}),
      kind,
      vendor,
      endpoint,
      status,
      ...(retryAfterSeconds !== undefined
        ? { retryAfterSeconds, retryAt: new Date(clock.now() + (retryAfterMs ?? 0)).toISOString() }
        : {}),
      ...options.describeError?.(context),
    };
    const error = new VendorError(init);
    const statuses = (req.retry === false ? undefined : req.retry?.retryStatuses) ?? basePolicy.retryStatuses;
    const retryable = statuses.includes(status);
    return {
      error,
      retryable,
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
      ...(status === 401 && grant?.onRejected ? { onRejected: grant.onRejected } : {}),
    };
  }

  function rateLimitText(retryAfterMs: number | undefined, endpoint: string): Partial<VendorErrorInit> {
    if (retryAfterMs === undefined) return {};
    const at = new Date(clock.now() + retryAfterMs);
    const seconds = Math.ceil(retryAfterMs / 1000);
    return {
      message: `${VENDOR_LABELS[vendor]} is limiting requests (${endpoint}) and asked us to wait ${seconds} s.`,
      nextStep: `Try again after ${at.toISOString().slice(11, 19)} UTC (in ${seconds} s).`,
    };
  }

  return { vendor, baseUrl, request, resolve } as HttpClient;
}

export function kindForStatus(status: number): VendorErrorKind {
  if (status === 401) return 'auth';
  if (status === 403) return 'forbidden';
  if (status === 404 || status === 405 || status === 410) return 'not-found';
  if (status === 408) return 'timeout';
  if (status === 423 || status === 429) return 'rate-limited';
  if (status >= 500) return 'server';
  return 'config';
}

function isRedirect(response: Response): boolean {
  return response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400);
}

function parseErrorBody(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text.slice(0, 500);
  }
}
