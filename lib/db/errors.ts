import type { z } from 'zod';
import { describeIssues } from '../messaging/router';

/** Why the store refused or failed; every message is written to be shown to the user as is. */
export type StoreErrorCode =
  | 'damaged-record'
  | 'newer-version'
  | 'upgrade-failed'
  | 'invalid-change'
  | 'stale-change';

export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    /** What the user can do about it. */
    readonly nextStep: string,
  ) {
    super(message);
  }
}

/**
 * Checks a record read back from IndexedDB. Stored data can be damaged, or written by another
 * version of the extension: it is never trusted as typed.
 */
export function readRecord<S extends z.ZodType>(schema: S, raw: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  throw new StoreError(
    'damaged-record',
    `The stored ${what} is damaged (${describeIssues(parsed.error)}).`,
    'Run a sync of the connection to refresh it; if the message stays, report it.',
  );
}

/** Like `readRecord` for lists where one damaged row must not hide the others (history). */
export function readRecordOrSkip<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> | undefined {
  const parsed = schema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}
