import type { IncomingMessage, ServerResponse } from 'node:http';
import { type FaultKind, type FaultRegistry, type FaultSpec, MALFORMED_JSON, truncate } from './faults';
import { json, readBody, renderBody, type SimResponse, send } from './http';
import type { RouteContext, Router } from './router';

export type SimHandler = (req: IncomingMessage, res: ServerResponse) => void;

export interface SimulatorHandlerOptions {
  router: Router;
  faults: FaultRegistry;
  /**
   * Maps the request to the path the router sees, or answers directly (e.g. Manage strips
   * `/{codebase}apis/3.0` and answers 404 for a wrong codebase). Default: the URL pathname.
   */
  resolvePath?: (url: URL, req: IncomingMessage) => string | SimResponse;
  /**
   * Checks run after faults and before the route: auth, `clientId`, TLS. Return a response to
   * refuse the request. `ctx.route` tells which route was matched (e.g. to skip auth on token
   * routes).
   */
  guard?: (ctx: RouteContext) => SimResponse | undefined | Promise<SimResponse | undefined>;
  /** The vendor's error body for a status fault (429, 423, 5xx). */
  faultResponse?: (kind: FaultKind, fault: FaultSpec) => SimResponse;
  /** What 'expire-token' does: typically `tokens.expireAll()`. */
  onExpireToken?: () => void;
  /** Unknown path (default: 404 `{ message: 'Not found' }`). */
  notFound?: (url: URL) => SimResponse;
  /** Known path, wrong method (default: 405). */
  methodNotAllowed?: (url: URL) => SimResponse;
}

export interface RequestRecord {
  method: string;
  path: string;
  route: string;
  status: number;
  /** Request headers (lower-case names) — tests assert on them; they may contain test secrets. */
  headers: Record<string, string | string[] | undefined>;
}

/** What happened on the wire, for assertions (counts per route, peak concurrency, last requests). */
export class RequestStats {
  private readonly counts = new Map<string, number>();
  private readonly inFlight = new Map<string, number>();
  private readonly peaks = new Map<string, number>();
  readonly recent: RequestRecord[] = [];

  constructor(private readonly keep = 200) {}

  /** Requests that reached a route key (e.g. 'GET /company/companies'), faults included. */
  count(route: string): number {
    return this.counts.get(route.toLowerCase()) ?? 0;
  }

  total(): number {
    let sum = 0;
    for (const value of this.counts.values()) sum += value;
    return sum;
  }

  /** The highest number of simultaneous requests a route has seen. */
  maxConcurrent(route: string): number {
    return this.peaks.get(route.toLowerCase()) ?? 0;
  }

  reset(): void {
    this.counts.clear();
    this.peaks.clear();
    this.recent.length = 0;
  }

  enter(route: string): number {
    const key = route.toLowerCase();
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    const now = (this.inFlight.get(key) ?? 0) + 1;
    this.inFlight.set(key, now);
    this.peaks.set(key, Math.max(this.peaks.get(key) ?? 0, now));
    return now;
  }

  leave(route: string, record: RequestRecord): void {
    const key = route.toLowerCase();
    this.inFlight.set(key, Math.max(0, (this.inFlight.get(key) ?? 1) - 1));
    this.recent.push(record);
    if (this.recent.length > this.keep) this.recent.splice(0, this.recent.length - this.keep);
  }
}

const STATUS_FAULTS: Partial<Record<FaultKind, number>> = {
  '429': 429,
  '423': 423,
  '500': 500,
  '502': 502,
  '503': 503,
  '504': 504,
};

/**
 * Builds the plain Node request handler of a simulator: route match → faults → guard → route,
 * with every answer going through one place so truncation and malformed bodies apply to any
 * route. The handler never throws; an exception in a route becomes a 500 with a JSON body.
 */
export function createSimulatorHandler(options: SimulatorHandlerOptions): {
  handler: SimHandler;
  stats: RequestStats;
} {
  const stats = new RequestStats();

  const handler: SimHandler = (req, res) => {
    void serve(req, res).catch(() => {
      if (!res.headersSent) send(res, json(500, { message: 'simulator error' }));
      else res.destroy();
    });
  };

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://simulator.invalid');
    const method = (req.method ?? 'GET').toUpperCase();
    const resolved = options.resolvePath ? options.resolvePath(url, req) : url.pathname;
    if (typeof resolved !== 'string') return finish(req, res, `${method} (unrouted)`, url.pathname, resolved);

    const matched = options.router.match(method, resolved);
    if (matched === undefined || matched === 'method-not-allowed') {
      const response =
        matched === undefined
          ? (options.notFound?.(url) ?? json(404, { message: 'Not found' }))
          : (options.methodNotAllowed?.(url) ?? json(405, { message: 'Method not allowed' }));
      return finish(req, res, `${method} (unrouted)`, resolved, response);
    }

    const route = matched.route;
    const concurrent = stats.enter(route);
    let status = 0;
    try {
      const faults = options.faults.take(route, method, resolved);
      let bodyText: Promise<string> | undefined;
      const ctx: RouteContext = {
        req,
        url,
        path: resolved,
        params: matched.params,
        route,
        concurrent,
        body: () => {
          bodyText ??= readBody(req);
          return bodyText;
        },
        json: async () => JSON.parse(await ctx.body()),
      };

      let transform: 'malformed' | 'truncated' | undefined;
      for (const fault of faults) {
        if (fault.kind === 'slow') await delay(fault.delayMs ?? 1000);
        else if (fault.kind === 'expire-token') options.onExpireToken?.();
        else if (fault.kind === 'drop') {
          status = -1;
          req.socket.destroy();
          return;
        } else if (fault.kind === 'malformed-json') transform = 'malformed';
        else if (fault.kind === 'truncated-json') transform = 'truncated';
        else {
          const code = STATUS_FAULTS[fault.kind] ?? 500;
          const response = faultResponse(fault.kind, fault, code);
          status = response.status;
          send(res, response);
          return;
        }
      }

      const response = (await options.guard?.(ctx)) ?? (await matched.handler(ctx));
      status = response.status;
      if (transform === 'malformed') {
        send(
          res,
          { ...response, headers: { ...response.headers, 'content-type': 'application/json' } },
          MALFORMED_JSON,
        );
      } else if (transform === 'truncated') {
        send(res, response, truncate(renderBody(response).payload));
      } else {
        send(res, response);
      }
    } finally {
      stats.leave(route, { method, path: resolved, route, status, headers: { ...req.headers } });
    }
  }

  function faultResponse(kind: FaultKind, fault: FaultSpec, code: number): SimResponse {
    const base =
      fault.body !== undefined
        ? json(code, fault.body)
        : (options.faultResponse?.(kind, fault) ?? json(code, { message: `Simulated ${code}` }));
    const headers = { ...base.headers };
    if (fault.retryAfter !== undefined) headers['retry-after'] = String(fault.retryAfter);
    return { ...base, status: code, headers };
  }

  function finish(
    req: IncomingMessage,
    res: ServerResponse,
    route: string,
    path: string,
    response: SimResponse,
  ) {
    stats.enter(route);
    send(res, response);
    stats.leave(route, {
      method: req.method ?? 'GET',
      path,
      route,
      status: response.status,
      headers: { ...req.headers },
    });
  }

  return { handler, stats };
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
