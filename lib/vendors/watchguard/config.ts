/**
 * The WatchGuard Cloud connection settings, as the WatchGuard ↔ ConnectWise RMM plug-in document
 * (seeds/000, "Administrator Login") lists them: Authentication API URL, API URL, Account ID,
 * Access ID, Access Password, API Key. Plus one optional field of ours: the Access ID the portal
 * labels read-only, so errors can say when that one was entered by mistake.
 */
import { z } from 'zod';
import { parseSettings } from '../http';

const required = (what: string) =>
  z
    .string()
    .trim()
    .min(1, { message: `${what} is empty.` });

export const watchGuardConnectionSchema = z.object({
  authUrl: required('The Authentication API URL'),
  apiUrl: required('The API URL'),
  accountId: required('The Account ID').regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, {
    message: 'The Account ID may only hold letters, digits, "-" and "_" (e.g. WGC-1-123abc456).',
  }),
  accessId: required('The Access ID'),
  /** Secret. */
  password: z.string().min(1, { message: 'The Access Password is empty.' }),
  /** Secret. */
  apiKey: required('The API Key'),
  /** Administration > Managed Access "Access ID (Read-only)", if the user copied it too. */
  readOnlyAccessId: z.string().trim().optional(),
});
export type WatchGuardConnection = z.infer<typeof watchGuardConnectionSchema>;

export const WATCHGUARD_FIELD_LABELS: Record<keyof WatchGuardConnection, string> = {
  authUrl: 'Authentication API URL',
  apiUrl: 'API URL',
  accountId: 'Account ID',
  accessId: 'Access ID',
  password: 'Access Password',
  apiKey: 'API Key',
  readOnlyAccessId: 'Access ID (Read-only)',
};

/**
 * What the door (`vendorConnectionSchema`) accepts: plain strings, so an empty or missing field
 * reaches `parseWatchGuardConnection` and comes back as a typed error naming it, instead of a
 * generic "invalid request" from the messaging layer.
 */
export const watchGuardConnectionInputSchema = z.object({
  authUrl: z.string().optional(),
  apiUrl: z.string().optional(),
  accountId: z.string().optional(),
  accessId: z.string().optional(),
  password: z.string().optional(),
  apiKey: z.string().optional(),
  readOnlyAccessId: z.string().optional(),
});
export type WatchGuardConnectionInput = z.infer<typeof watchGuardConnectionInputSchema>;

/** Validates settings; the error names the first bad field and never echoes a value. */
export function parseWatchGuardConnection(input: unknown): WatchGuardConnection {
  return parseSettings(
    {
      vendor: 'watchguard',
      schema: watchGuardConnectionSchema,
      labels: WATCHGUARD_FIELD_LABELS,
      nextStep: (field) =>
        field === 'accountId'
          ? 'Copy the Account ID from Administration > My Account in WatchGuard Cloud and save again.'
          : 'Copy the value from Administration > Managed Access in WatchGuard Cloud and save again.',
    },
    input,
  );
}

/**
 * True when the user entered the Access ID the portal labels read-only: the one they told us
 * about, or one remembered from a Managed Access page (`knownReadOnly`, from lib/regions' store).
 * Nothing in the ID itself says so.
 */
export function usesReadOnlyAccessId(
  config: Pick<WatchGuardConnection, 'accessId' | 'readOnlyAccessId'>,
  knownReadOnly: readonly string[] = [],
): boolean {
  const accessId = config.accessId.trim();
  return accessId === config.readOnlyAccessId?.trim() || knownReadOnly.includes(accessId);
}
