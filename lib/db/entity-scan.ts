/**
 * Reads a connection's stored entities a batch at a time, in key order, so a pass over 20,000
 * companies holds a few hundred records in the worker's heap instead of all of them. Runs in
 * the background, inside the caller's transaction (it awaits only that transaction's requests).
 *
 * Entity keys are `${connectionId}/${kind}/${vendorId}` (schema.ts), so one connection's (and one
 * kind's) entities are a key range: every key starting with the prefix lies below the prefix with
 * its final '/' raised to '0', the next character. Callers still check each record's own
 * `connectionId` and `kind`: a connection id containing '/' may share a prefix with another.
 */
import type { EntityKind } from '../mapping/store';

/** Records per request: large enough that requests are few, small enough to stay light. */
export const SCAN_BATCH = 500;

interface KeyedStore {
  getAll(query: IDBKeyRange, count: number): Promise<unknown[]>;
}

export async function scanEntities(
  store: KeyedStore,
  range: { connectionId: string; kind?: EntityKind },
  visit: (row: unknown) => void,
): Promise<void> {
  const prefix = range.kind ? `${range.connectionId}/${range.kind}/` : `${range.connectionId}/`;
  const upper = `${prefix.slice(0, -1)}0`;
  let after: string | undefined;
  for (;;) {
    const query =
      after === undefined
        ? IDBKeyRange.bound(prefix, upper, false, true)
        : IDBKeyRange.bound(after, upper, true, true);
    const rows = await store.getAll(query, SCAN_BATCH);
    for (const row of rows) visit(row);
    if (rows.length < SCAN_BATCH) return;
    // The store's key path is `key`: every stored value carries its own primary key there.
    after = (rows[rows.length - 1] as { key: string }).key;
  }
}
