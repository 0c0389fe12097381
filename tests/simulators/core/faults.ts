/**
 * Per-route fault injection. A test arms a fault, the simulator consumes it on the next matching
 * request(s):
 *
 *   sim.faults.add({ route: 'GET /company/companies', kind: '429', times: 2, retryAfter: 1 });
 *   sim.faults.add({ route: '*', kind: 'slow', delayMs: 200 });
 *   sim.faults.add({ route: 'GET /company/companies', kind: 'expire-token', afterRequests: 3 });
 *
 * `route` is the simulator's route key (`METHOD /template`, as in the simulator's route list),
 * a concrete `METHOD /path`, `METHOD *`, or `*`.
 */
export type FaultKind =
  | '429'
  | '423'
  | '500'
  | '502'
  | '503'
  | '504'
  | 'slow'
  | 'drop'
  | 'malformed-json'
  | 'truncated-json'
  | 'expire-token';

export interface FaultSpec {
  route: string;
  kind: FaultKind;
  /** How many matching requests it affects (default 1; `Infinity` = until cleared). */
  times?: number;
  /** Let this many matching requests through untouched first (default 0). */
  afterRequests?: number;
  /** Retry-After for 429/423/503: seconds, or an HTTP date string. Omitted → no header. */
  retryAfter?: number | string;
  /** For 'slow': delay before the normal answer, in ms. */
  delayMs?: number;
  /** Replace the simulator's vendor-specific error body for status faults. */
  body?: unknown;
}

export interface ArmedFault extends Required<Pick<FaultSpec, 'route' | 'kind'>> {
  spec: FaultSpec;
  remaining: number;
  skip: number;
  /** How many requests it has affected so far. */
  hits: number;
}

export class FaultRegistry {
  private faults: ArmedFault[] = [];

  add(spec: FaultSpec): ArmedFault {
    const fault: ArmedFault = {
      route: spec.route,
      kind: spec.kind,
      spec,
      remaining: spec.times ?? 1,
      skip: spec.afterRequests ?? 0,
      hits: 0,
    };
    this.faults.push(fault);
    return fault;
  }

  /** Removes every fault (or the faults of one route). */
  clear(route?: string): void {
    this.faults = route ? this.faults.filter((fault) => !sameRoute(fault.route, route)) : [];
  }

  /** Faults still armed. */
  pending(): readonly ArmedFault[] {
    return this.faults.filter((fault) => fault.remaining > 0);
  }

  /**
   * The faults to apply to one request, consumed. Several can apply at once (e.g. 'slow' then
   * 'truncated-json'); the first one that ends the request wins in the simulator.
   */
  take(routeKey: string, method: string, path: string): FaultSpec[] {
    const hits: FaultSpec[] = [];
    for (const fault of this.faults) {
      if (fault.remaining <= 0 || !matches(fault.route, routeKey, method, path)) continue;
      if (fault.skip > 0) {
        fault.skip--;
        continue;
      }
      fault.remaining--;
      fault.hits++;
      hits.push(fault.spec);
    }
    this.faults = this.faults.filter((fault) => fault.remaining > 0);
    return hits;
  }
}

function matches(pattern: string, routeKey: string, method: string, path: string): boolean {
  const wanted = pattern.trim();
  if (wanted === '*') return true;
  const [wantedMethod = '', wantedPath = ''] = wanted.split(/\s+/, 2);
  if (wantedMethod.toUpperCase() !== method.toUpperCase()) return false;
  if (wantedPath === '*') return true;
  return (
    sameRoute(`${method} ${wantedPath}`, routeKey) ||
    sameRoute(`${method} ${wantedPath}`, `${method} ${path}`)
  );
}

function sameRoute(a: string, b: string): boolean {
  const norm = (value: string) => value.trim().replace(/\/+$/, '').toLowerCase();
  return norm(a) === norm(b);
}

/** The body a truncated-JSON fault sends: the first half of the real one. */
export function truncate(payload: string): string {
  return payload.slice(0, Math.max(1, Math.floor(payload.length / 2)));
}

/** Not JSON at all, though labelled as JSON (a proxy error page in the wild). */
export const MALFORMED_JSON = '{"id": 1,, "name": <html>Bad gateway</html>';
