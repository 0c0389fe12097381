/**
 * A stand-in for ConnectWise Manage's `GET /company/companies`, served through the client's
 * injected `fetch` (no sockets): forward-only paging with `pageId` in the Link header, `conditions`
 * evaluated by the simulator's evaluator, and injectable failures. Enough for the sync's unit tests
 * and benchmark until the full Manage simulator (wip/vendors-b) lands.
 */
import { matches, parseConditions } from '../../../simulators/cw-manage/conditions';

export interface FakeCompany {
  id: number;
  identifier: string;
  name: string;
  status?: { id: number; name: string };
  types?: { id: number; name: string }[];
  deletedFlag?: boolean;
}

export interface FakeManageOptions {
  companies: FakeCompany[];
  /** Answer the n-th companies request (1-based) with this HTTP status instead. */
  failRequest?: { number: number; status: number };
}

export function fakeManageCompanies(options: FakeManageOptions) {
  const requests: { url: URL; headers: Headers }[] = [];
  const sorted = [...options.companies].sort((a, b) => a.id - b.id);

  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    if (!url.pathname.endsWith('/apis/3.0/company/companies'))
      return json(404, { code: 'NotFound', message: 'No route' });
    requests.push({ url, headers: request.headers });
    if (options.failRequest?.number === requests.length) {
      return json(options.failRequest.status, {
        code: 'UnexpectedError',
        message: 'An unexpected error occurred.',
      });
    }
    const pageSize = Number(url.searchParams.get('pageSize') ?? 25);
    const pageId = Number(url.searchParams.get('pageId') ?? 0);
    const conditions = url.searchParams.get('conditions');
    const filter = conditions ? parseConditions(conditions) : null;
    const items = sorted.filter((c) => c.id > pageId && (!filter || matches(filter, c))).slice(0, pageSize);
    const next = new URL(url);
    next.searchParams.set('pageId', String(items.at(-1)?.id ?? pageId));
    return json(200, items, { link: `<${next.href}>; rel="next"` });
  };
  return { fetch, requests };
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

/** `count` active client companies with ids 1..count; every 50th is deleted in Manage. */
export function manageCompanies(
  count: number,
  nameOf: (i: number) => string = (i) => `Customer ${i} Ltd`,
): FakeCompany[] {
  return Array.from({ length: count }, (_, index) => {
    const id = index + 1;
    return {
      id,
      identifier: `Cust${id}`,
      name: nameOf(index),
      status: { id: 1, name: 'Active' },
      types: [{ id: 1, name: 'Client' }],
      ...(id % 50 === 0 ? { deletedFlag: true } : {}),
    };
  });
}
