import type { EntityKind } from '@/lib/mapping/store';
import type { EntitySource, SourceCursor, SourceEntity } from '@/lib/sync/background/source';
import type { VendorId } from '@/lib/vendor-ids';

export interface FakeSourceOptions {
  vendor?: VendorId;
  kind?: EntityKind;
  noun?: string;
  pages: readonly (readonly SourceEntity[])[];
  /** Runs before page `index` is answered: throw to fail it, never resolve to hang like a stopped worker. */
  beforePage?: (index: number, signal: AbortSignal) => void | Promise<void>;
}

export interface FakeSource extends EntitySource {
  /** Page indexes asked for, in order, across every pass. */
  readonly requested: number[];
}

/** A paged vendor list in memory; its cursor is `{ page: <index of the next page> }`. */
export function fakeSource(options: FakeSourceOptions): FakeSource {
  const requested: number[] = [];
  return {
    vendor: options.vendor ?? 'cw-manage',
    kind: options.kind ?? 'company',
    noun: options.noun ?? 'company',
    requested,
    async *pages(from: SourceCursor | undefined, signal: AbortSignal) {
      const start = from === undefined ? 0 : (from as { page: number }).page;
      for (let index = start; index < options.pages.length; index++) {
        requested.push(index);
        await options.beforePage?.(index, signal);
        signal.throwIfAborted();
        yield { entities: options.pages[index]!, cursor: { page: index + 1 } };
      }
    },
  };
}

export function company(
  vendorId: string | number,
  name: string,
  extra: Partial<SourceEntity> = {},
): SourceEntity {
  return { vendorId: String(vendorId), name, ...extra };
}

/** `count` companies with ids from `firstId`, split into pages of `pageSize`. */
export function companyPages(count: number, pageSize: number, firstId = 1): SourceEntity[][] {
  const pages: SourceEntity[][] = [];
  for (let i = 0; i < count; i++) {
    if (i % pageSize === 0) pages.push([]);
    pages.at(-1)!.push(company(firstId + i, `Customer ${firstId + i} Ltd`));
  }
  return pages;
}

/** A promise and its resolver, for gates in tests. */
export function deferred<T = void>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}
