import type { z } from 'zod';
import { SyncRunError } from '../errors';
import type { SourceCursor } from '../source';

/** Reads a cursor a source saved earlier; a cursor it cannot read means starting that source over. */
export function readCursor<S extends z.ZodType>(
  schema: S,
  cursor: SourceCursor | undefined,
): z.output<S> | undefined {
  if (cursor === undefined) return undefined;
  const parsed = schema.safeParse(cursor);
  if (parsed.success) return parsed.data;
  throw new SyncRunError(
    'The saved position of this sync cannot be read (it was written by another version of the extension).',
    'Start the sync again; it will read everything from the start.',
  );
}
