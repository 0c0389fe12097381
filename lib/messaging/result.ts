import type { MessagingError } from './errors';

/**
 * What a command's caller gets: its answer, or an error it can show. Apart from envelope.ts (zod)
 * so that the scripts in portal pages can build one without carrying zod (exchange.ts).
 */
export type Result<T> = { ok: true; data: T } | { ok: false; error: MessagingError };

export function failure(code: MessagingError['code'], message: string, detail?: Record<string, unknown>) {
  return { ok: false as const, error: detail ? { code, message, detail } : { code, message } };
}
