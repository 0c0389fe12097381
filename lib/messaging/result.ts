import type { MessagingError } from './errors';

/**
 * What a command's caller gets: its answer, or an error it can show. Apart from envelope.ts (zod)
 * so that the scripts in portal pages can build one without carrying zod (exchange.ts).
 */
/** Every way a command can fail, as seen by the caller (errors.ts holds the schema of an error). */
export const MESSAGING_ERROR_CODES = [
  'unknown-command',
  'invalid-request',
  'forbidden-sender',
  'handler-failed',
  'invalid-response',
  'no-response',
  'transport-failed',
] as const;

export type Result<T> = { ok: true; data: T } | { ok: false; error: MessagingError };

export function failure(code: MessagingError['code'], message: string, detail?: Record<string, unknown>) {
  return { ok: false as const, error: detail ? { code, message, detail } : { code, message } };
}
