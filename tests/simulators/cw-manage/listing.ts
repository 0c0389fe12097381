/**
 * How the Manage simulator answers a list request: `conditions`, `childConditions`, `orderBy`,
 * `fields`, and both paging styles with their `Link` headers (developer guide "Query String
 * Parameters" and "Pagination" — reference/vendor-apis.md §1.4–1.5).
 *
 * Navigable paging: `page` (1-based) and `pageSize` (default 25, max 1,000); `first`/`prev`/
 * `next`/`last` links, `next`/`prev` left out when there is none.
 * Forward-only paging: header `pagination-type: forward-only`, `pageId` acts as `id > pageId`,
 * `page` is ignored, `orderBy` is refused, records come by id.
 *
 * Where the guide is silent the simulator is strict, and says so:
 * - `pageSize` above 1,000 (or not a whole number ≥ 1), a bad `page`/`pageId`: 400 (the real
 *   server may cap instead — NOT FOUND).
 * - Forward-only `Link`: NOT FOUND verbatim. The guide says a link is always sent; so every
 *   non-empty page links to `pageId = last id`, even the last one, and only an empty page ends
 *   the list (with an empty `Link`). A client must stop on the empty page.
 * - `conditions` may not reach into an array (`types/name`); arrays are searched with
 *   `childConditions`, which must reach into one (the guide's "search arrays" parameter).
 * - `orderBy` with forward-only: 400 (the guide says it "cannot be used").
 */
import { queryParam, type RouteContext, requestOrigin, type SimResponse } from '../core';
import { ConditionError, type ConditionNode, conditionPaths, matches, parseConditions } from './conditions';
import { manageError } from './errors';

export const MAX_PAGE_SIZE = 1000;
export const DEFAULT_PAGE_SIZE = 25;

export interface ListSpec {
  /** Top-level fields holding arrays (searchable only with childConditions). */
  arrayFields?: readonly string[];
  /** How a record is sent (sparse mode thins it); filters and paging see the full record. */
  present?: (row: object) => object;
}

interface Query {
  pageSize: number;
  page: number;
  forwardOnly: boolean;
  pageId: number;
  filters: ConditionNode[];
  orderBy: { path: string[]; desc: boolean }[];
  fields: string[][] | undefined;
}

/** Answers a list route with one page of `records` (which must be ordered by id). */
export function listResponse<T extends { id: number }>(
  ctx: RouteContext,
  records: readonly T[],
  spec: ListSpec = {},
): SimResponse {
  const query = readQuery(ctx, spec);
  if ('status' in query) return query;

  let rows = selected(records, query);

  let items: readonly T[];
  let link: string;
  if (query.forwardOnly) {
    const start = firstAbove(rows, query.pageId);
    items = rows.slice(start, start + query.pageSize);
    const last = items[items.length - 1];
    link = last ? `<${pageUrl(ctx, { pageId: last.id, page: undefined })}>; rel="next"` : '';
  } else {
    if (query.orderBy.length) rows = sortBy(rows, query.orderBy);
    const pages = Math.max(1, Math.ceil(rows.length / query.pageSize));
    const start = (query.page - 1) * query.pageSize;
    items = rows.slice(start, start + query.pageSize);
    const rel = (page: number, name: string) => `<${pageUrl(ctx, { page })}>; rel="${name}"`;
    const links: string[] = [];
    if (query.page > 1) links.push(rel(1, 'first'), rel(Math.min(query.page - 1, pages), 'prev'));
    if (query.page < pages) links.push(rel(query.page + 1, 'next'), rel(pages, 'last'));
    link = links.join(', ');
  }

  const shown = spec.present ? items.map((row) => spec.present!(row) as T) : items;
  const body = query.fields ? shown.map((row) => project(row, query.fields!)) : shown;
  const headers: Record<string, string> = {};
  if (link || query.forwardOnly) headers.link = link;
  return { status: 200, body, headers };
}

/** Answers a `/count` route: `{count}` (the `Count` model) of what the same conditions select. */
export function countResponse<T extends { id: number }>(
  ctx: RouteContext,
  records: readonly T[],
  spec: ListSpec = {},
): SimResponse {
  const query = readQuery(ctx, spec);
  if ('status' in query) return query;
  return { status: 200, body: { count: selected(records, query).length }, headers: {} };
}

function selected<T>(records: readonly T[], query: Query): readonly T[] {
  return query.filters.length
    ? records.filter((row) => query.filters.every((node) => matches(node, row)))
    : records;
}

function readQuery(ctx: RouteContext, spec: ListSpec): Query | SimResponse {
  const param = (name: string) => queryParam(ctx.url, name);
  const pageSize = wholeNumber(param('pageSize'), DEFAULT_PAGE_SIZE);
  if (pageSize === null || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    return manageError(400, 'InvalidObject', `pageSize must be a whole number from 1 to ${MAX_PAGE_SIZE}.`);
  }
  const forwardOnly = /^forward-only$/i.test(String(ctx.req.headers['pagination-type'] ?? '').trim());
  const page = wholeNumber(param('page'), 1);
  if (!forwardOnly && (page === null || page < 1)) {
    return manageError(400, 'InvalidObject', 'page must be a whole number from 1.');
  }
  const pageId = wholeNumber(param('pageId'), 0);
  if (forwardOnly && pageId === null) {
    return manageError(400, 'InvalidObject', 'pageId must be a whole number.');
  }
  const orderByText = param('orderBy')?.trim();
  if (forwardOnly && orderByText) {
    return manageError(400, 'InvalidObject', 'orderBy cannot be used with forward-only paging.');
  }

  const arrays = new Set((spec.arrayFields ?? []).map((field) => field.toLowerCase()));
  const filters: ConditionNode[] = [];
  for (const [name, child] of [
    ['conditions', false],
    ['childConditions', true],
  ] as const) {
    const source = param(name)?.trim();
    if (!source) continue;
    let node: ConditionNode;
    try {
      node = parseConditions(source);
    } catch (error) {
      const reason = error instanceof ConditionError ? error.message : 'cannot be read';
      return manageError(400, 'InvalidObject', `${name}: ${reason}.`);
    }
    for (const path of conditionPaths(node)) {
      const intoArray = arrays.has(path[0]!.toLowerCase()) && path.length > 1;
      if (intoArray !== child) {
        return manageError(
          400,
          'InvalidObject',
          child
            ? `childConditions: ${path.join('/')} is not an array field.`
            : `conditions: ${path.join('/')} is inside an array; use childConditions.`,
        );
      }
    }
    filters.push(node);
  }

  const orderBy: Query['orderBy'] = [];
  for (const part of orderByText ? orderByText.split(',') : []) {
    const match = /^\s*([A-Za-z_][\w/]*)\s*(asc|desc)?\s*$/i.exec(part);
    if (!match) return manageError(400, 'InvalidObject', `orderBy: cannot read "${part.trim()}".`);
    orderBy.push({ path: match[1]!.split('/'), desc: match[2]?.toLowerCase() === 'desc' });
  }

  const fieldsText = param('fields')?.trim();
  const fields = fieldsText ? fieldsText.split(',').map((field) => field.trim().split('/')) : undefined;
  return {
    pageSize,
    page: page ?? 1,
    forwardOnly,
    pageId: pageId ?? 0,
    filters,
    orderBy,
    fields,
  };
}

/** The same request with some paging parameters replaced, as an absolute URL. */
function pageUrl(ctx: RouteContext, replace: Record<string, number | undefined>): string {
  const params = new URLSearchParams(ctx.url.searchParams);
  for (const [key, value] of Object.entries(replace)) {
    for (const existing of [...params.keys()])
      if (existing.toLowerCase() === key.toLowerCase()) params.delete(existing);
    if (value !== undefined) params.set(key, String(value));
  }
  return `${requestOrigin(ctx.req)}${ctx.url.pathname}?${params.toString()}`;
}

/** Index of the first record with id > pageId (records are ordered by id). */
function firstAbove<T extends { id: number }>(rows: readonly T[], pageId: number): number {
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (rows[mid]!.id <= pageId) low = mid + 1;
    else high = mid;
  }
  return low;
}

function sortBy<T>(rows: readonly T[], keys: Query['orderBy']): T[] {
  return [...rows].sort((a, b) => {
    for (const key of keys) {
      const x = valueAt(a, key.path);
      const y = valueAt(b, key.path);
      const order =
        typeof x === 'string' && typeof y === 'string'
          ? x.localeCompare(y, 'en', { sensitivity: 'base' })
          : Number(x) - Number(y);
      if (order) return key.desc ? -order : order;
    }
    return 0;
  });
}

function valueAt(record: unknown, path: readonly string[]): unknown {
  let current: unknown = record;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    const entry = Object.entries(current).find(([name]) => name.toLowerCase() === key.toLowerCase());
    current = entry?.[1];
  }
  return current;
}

/** Partial response: only the requested paths (`status/name` keeps `{ status: { name } }`). */
function project(record: unknown, fields: readonly string[][]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const path of fields) {
    const value = valueAt(record, path);
    if (value === undefined) continue;
    let target = out;
    for (const key of path.slice(0, -1)) {
      target[key] ??= {};
      target = target[key] as Record<string, unknown>;
    }
    target[path[path.length - 1]!] = value;
  }
  return out;
}

/** A whole number ≥ 0, the fallback when absent, null when present but not one. */
function wholeNumber(raw: string | null, fallback: number): number | null {
  if (raw === null || raw === '') return fallback;
  return /^\d{1,9}$/.test(raw.trim()) ? Number(raw.trim()) : null;
}
