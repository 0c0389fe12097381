/**
 * How a sync writes its pages and its end: each page (with the cursor after it) is one
 * transaction, atomic either way. 'relaxed' lets the browser confirm the commit once the data is handed to the
 * operating system instead of after a flush to disk, for each of the hundreds of pages of a large
 * sync. A worker killed mid-sync loses nothing (the browser process holds the data); a power cut
 * may lose the last pages, and their cursor with them, so the next run reads them again.
 */
export const SYNC_WRITE = { durability: 'relaxed' } as const satisfies IDBTransactionOptions;

/**
 * Runs `work` in an open transaction and waits for the commit; if anything throws, the
 * transaction is aborted so none of its writes land (all or nothing). `work` may only await
 * requests of this transaction: awaiting anything else lets IndexedDB commit it early.
 */
export async function allOrNothing<T>(
  tx: { abort(): void; readonly done: Promise<void> },
  work: () => Promise<T>,
): Promise<T> {
  try {
    const result = await work();
    await tx.done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already aborted by the failing request, or already finished.
    }
    await tx.done.catch(() => undefined);
    throw error;
  }
}

/**
 * Collects the write requests of a transaction to await them together. Each request is marked
 * handled at once: if the transaction aborts before they are awaited (a later step threw), their
 * rejections are expected and must not surface as unhandled errors.
 */
export function requestBatch() {
  const pending: Promise<unknown>[] = [];
  return {
    add(request: Promise<unknown>): void {
      request.catch(() => undefined);
      pending.push(request);
    },
    done: (): Promise<unknown[]> => Promise.all(pending),
  };
}
