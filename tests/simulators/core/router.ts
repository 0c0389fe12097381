import type { IncomingMessage } from 'node:http';
import type { SimResponse } from './http';

export interface RouteContext {
  req: IncomingMessage;
  url: URL;
  /** The path the route matched (after the simulator's `resolvePath`). */
  path: string;
  params: Record<string, string>;
  /** The route key, e.g. `GET /company/companies/:id` — the name faults and stats use. */
  route: string;
  /** Requests to this route being served right now, this one included. */
  concurrent: number;
  /** The raw request body (read once, cached). */
  body(): Promise<string>;
  /** The body parsed as JSON; a SyntaxError becomes the caller's 400. */
  json(): Promise<unknown>;
}

export type RouteHandler = (ctx: RouteContext) => SimResponse | Promise<SimResponse>;

interface Route {
  method: string;
  template: string;
  pattern: RegExp;
  keys: string[];
  handler: RouteHandler;
}

/**
 * Method + path-template routing (`/company/companies/:id`). Matching is case-insensitive by
 * default because the vendors' ASP.NET back ends are (ConnectWise's own spec mixes
 * `securityroles` and `securityRoles`).
 */
export class Router {
  private readonly routes: Route[] = [];

  constructor(private readonly options: { caseSensitive?: boolean } = {}) {}

  add(method: string, template: string, handler: RouteHandler): this {
    const keys: string[] = [];
    const source = template
      .split('/')
      .map((segment) => {
        if (segment.startsWith(':')) {
          keys.push(segment.slice(1));
          return '([^/]+)';
        }
        return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      })
      .join('/');
    const flags = this.options.caseSensitive ? '' : 'i';
    this.routes.push({
      method: method.toUpperCase(),
      template,
      pattern: new RegExp(`^${source}/?$`, flags),
      keys,
      handler,
    });
    return this;
  }

  get(template: string, handler: RouteHandler): this {
    return this.add('GET', template, handler);
  }

  post(template: string, handler: RouteHandler): this {
    return this.add('POST', template, handler);
  }

  match(
    method: string,
    path: string,
  ):
    | { handler: RouteHandler; params: Record<string, string>; route: string }
    | 'method-not-allowed'
    | undefined {
    let pathMatched = false;
    for (const route of this.routes) {
      const found = route.pattern.exec(path);
      if (!found) continue;
      pathMatched = true;
      if (route.method !== method.toUpperCase()) continue;
      const params: Record<string, string> = {};
      route.keys.forEach((key, index) => {
        params[key] = decodeURIComponent(found[index + 1] ?? '');
      });
      return { handler: route.handler, params, route: `${route.method} ${route.template}` };
    }
    return pathMatched ? 'method-not-allowed' : undefined;
  }
}
