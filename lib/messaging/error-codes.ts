/** Every way a command can fail, as seen by the caller (errors.ts holds the schema of an error; a leaf, so the page scripts' exchange.ts checks them without zod). */
export const MESSAGING_ERROR_CODES = [
  'unknown-command',
  'invalid-request',
  'forbidden-sender',
  'handler-failed',
  'invalid-response',
  'no-response',
  'transport-failed',
] as const;
