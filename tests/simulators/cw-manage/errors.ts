import { json, type SimResponse } from '../core';

/**
 * ConnectWise Manage's error body, `ErrorResponseMessage { code, message, errors }` (2025.1 spec;
 * reference/vendor-apis.md §1.6). The codes used are the documented ones ("InvalidObject",
 * "Security", "ConnectWiseApi", "Unauthorized"); the messages are ours, since the exact 401/403
 * bodies are NOT FOUND.
 */
export function manageError(status: number, code: string, message: string): SimResponse {
  return json(status, { code, message, errors: null });
}

/** The documented 429 body, which says `error` instead of `code` (§1.7). */
export function rateLimitBody(seconds: number): { error: string; message: string } {
  return { error: 'ConnectWiseAPI', message: `Too many requests. Please try again in ${seconds} seconds.` };
}
