import { z } from 'zod';
import type { VendorId } from '../../../vendor-ids';
import { SyncRunError } from '../errors';
import type { EntitySource, SourceEntity } from '../source';
import { readCursor } from './cursor';

/** How many entities are stored, and the id of the last one (to check the list did not shift). */
const cursorSchema = z.object({ read: z.number().int().nonnegative(), lastId: z.string().nullable() });

export interface FromStartList<T> {
  vendor: VendorId;
  kind: EntitySource['kind'];
  noun: string;
  /** Every page of the list, always from its first page (the vendor client cannot start mid-list). */
  pages: (signal: AbortSignal) => AsyncIterable<readonly T[]>;
  toEntity: (item: T) => SourceEntity;
}

/**
 * A source over a list that can only be read from the start (page-number or offset paging in the
 * vendor clients). Its cursor counts what is stored; a resumed run reads the list again, skips
 * that many entities without writing them, and checks the last skipped one is the entity it
 * stored last. If the list changed meanwhile the run fails (removing nothing) rather than guess.
 */
export function fromStartSource<T>(list: FromStartList<T>): EntitySource {
  return {
    vendor: list.vendor,
    kind: list.kind,
    noun: list.noun,
    async *pages(from, signal) {
      const resumeAt = readCursor(cursorSchema, from);
      let read = 0;
      let lastId: string | null = null;
      for await (const items of list.pages(signal)) {
        let entities = items.map(list.toEntity);
        if (resumeAt && read < resumeAt.read) {
          const skip = Math.min(entities.length, resumeAt.read - read);
          read += skip;
          lastId = entities[skip - 1]?.vendorId ?? lastId;
          if (read === resumeAt.read && lastId !== resumeAt.lastId) throw listChanged(list);
          entities = entities.slice(skip);
          if (!entities.length) continue;
        }
        read += entities.length;
        lastId = entities.at(-1)?.vendorId ?? lastId;
        yield { entities, cursor: { read, lastId } };
      }
      if (resumeAt && read < resumeAt.read) throw listChanged(list);
    },
  };
}

function listChanged(list: { noun: string }): SyncRunError {
  return new SyncRunError(
    `The list changed while the sync was stopped, so it cannot continue where it left off (each ${list.noun} already read is kept). Nothing was marked removed.`,
    'Start the sync again.',
  );
}
