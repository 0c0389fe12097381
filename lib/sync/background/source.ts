import type { z } from 'zod';
import type { IncomingEntity } from '../../db/entity-merge';
import type { EntityKind } from '../../mapping/store';
import type { VendorId } from '../../vendor-ids';

/** One entity as a vendor delivers it, before it is stored. */
export type SourceEntity = IncomingEntity;

/** Any JSON value; only the source that made it reads it. */
export type SourceCursor = z.core.util.JSONType;

export interface SourcePage {
  entities: readonly SourceEntity[];
  /**
   * Where reading continues AFTER this page. It is saved with the page, in the same transaction,
   * so a run stopped at any moment resumes right behind the last stored page.
   */
  cursor: SourceCursor;
}

/**
 * Every entity of one kind in one vendor account, as an async iterator of pages. The iterator
 * ending means the list was read completely (only then may the engine mark missing entities
 * removed); throwing means it was not.
 */
export interface EntitySource {
  readonly vendor: VendorId;
  readonly kind: EntityKind;
  /** What the vendor calls one entity, for messages: 'company', 'managed account'. */
  readonly noun: string;
  /** Pages from the start (`from` undefined) or from a cursor this source made earlier. */
  pages(from: SourceCursor | undefined, signal: AbortSignal): AsyncIterable<SourcePage>;
}
