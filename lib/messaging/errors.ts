import { z } from 'zod';
import { MESSAGING_ERROR_CODES } from './error-codes';

export const messagingErrorCodeSchema = z.enum(MESSAGING_ERROR_CODES);

export const messagingErrorSchema = z.object({
  code: messagingErrorCodeSchema,
  message: z.string(),
  /** Machine-readable detail from a handler (for example a vendor error kind). Never a secret. */
  detail: z.record(z.string(), z.unknown()).optional(),
});
export type MessagingError = z.infer<typeof messagingErrorSchema>;

/**
 * A handler throws this to send the caller a message it can show as is. Anything else a handler
 * throws is reported generically, because its text may carry data we do not want to leak.
 */
export class CommandError extends Error {
  override readonly name = 'CommandError';
  constructor(
    message: string,
    readonly detail?: Record<string, unknown>,
  ) {
    super(message);
  }
}
