import type { VendorId } from '../../vendor-ids';
import { VendorError, vendorError } from './errors';

export interface Page<TItem, TCursor> {
  items: readonly TItem[];
  /**
   * The cursor of the next page; undefined ends the iteration, which callers take as "the list
   * was read to its end". A `fetchPage` that cannot prove the end throws `listingIncomplete`.
   */
  next: TCursor | undefined;
}

/**
 * The error for a listing that stopped without proof of its end (a repeated page, a short page
 * where the API promises nothing, an empty page before the stated total, a next link to another
 * origin). Whatever was read stays read; the sync marks nothing removed.
 */
export function listingIncomplete(
  vendor: VendorId,
  endpoint: string,
  text: { message: string; nextStep: string },
): VendorError {
  return new VendorError({ kind: 'incomplete-listing', vendor, endpoint, ...text });
}

/** Whether two pages hold the same records, by the ids a vendor gives them (a page sent twice). */
export function samePage<T>(a: readonly T[], b: readonly T[] | undefined, id: (item: T) => unknown): boolean {
  if (!b || a.length === 0 || a.length !== b.length) return false;
  return a.every((item, index) => id(item) === id(b[index] as T));
}

export interface PaginateOptions<TItem, TCursor> {
  vendor: VendorId;
  endpoint: string;
  first: TCursor;
  fetchPage: (cursor: TCursor, signal: AbortSignal | undefined) => Promise<Page<TItem, TCursor>>;
  signal?: AbortSignal;
  /** Safety stop against a vendor that keeps returning the same `next` (default 100,000 pages). */
  maxPages?: number;
}

/**
 * Walks a paged list as an async iterator of pages. Every paging style (Link header, forward-only
 * pageId, page-until-empty, offset/limit, cursor) is one `fetchPage` that maps a cursor to a page.
 * On abort it stops before the next request and throws a VendorError of kind 'aborted'; the
 * request in flight is cancelled through the same signal. Breaking out of `for await` early is
 * clean too: no further page is fetched.
 */
export async function* paginatePages<TItem, TCursor>(
  options: PaginateOptions<TItem, TCursor>,
): AsyncGenerator<readonly TItem[], void, undefined> {
  const { signal, vendor, endpoint } = options;
  const maxPages = options.maxPages ?? 100_000;
  let cursor: TCursor | undefined = options.first;
  let seen = 0;
  while (cursor !== undefined) {
    if (signal?.aborted) throw vendorError('aborted', vendor, { endpoint });
    if (++seen > maxPages) {
      throw listingIncomplete(vendor, endpoint, {
        message: `Paging ${endpoint} did not end after ${maxPages} pages, so the list may not be complete.`,
        nextStep: 'Narrow the request or report the endpoint; the server keeps sending more pages.',
      });
    }
    const page: Page<TItem, TCursor> = await options.fetchPage(cursor, signal);
    if (signal?.aborted) throw vendorError('aborted', vendor, { endpoint });
    yield page.items;
    cursor = page.next;
  }
}

/** Same as `paginatePages`, one item at a time. */
export async function* paginate<TItem, TCursor>(
  options: PaginateOptions<TItem, TCursor>,
): AsyncGenerator<TItem, void, undefined> {
  for await (const items of paginatePages(options)) yield* items;
}

/** Drains an async iterator into an array (optionally stopping after `limit` items). */
export async function collect<T>(iterable: AsyncIterable<T>, limit = Number.POSITIVE_INFINITY): Promise<T[]> {
  const out: T[] = [];
  if (limit <= 0) return out;
  for await (const item of iterable) {
    out.push(item);
    if (out.length >= limit) break;
  }
  return out;
}
