/**
 * The WatchGuard Cloud connection settings, as the WatchGuard ↔ ConnectWise RMM plug-in document
 * (seeds/000, "Administrator Login") lists them: Authentication API URL, API URL, Account ID,
 * Access ID, Access Password, API Key. Plus one optional field of ours: the Access ID the portal
 * labels read-only, so errors can say when that one was entered by mistake.
 */
import { z } from 'zod';
import { VendorError } from '../http';

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

/** Validates settings; the error names the first bad field and never echoes a value. */
export function parseWatchGuardConnection(input: unknown): WatchGuardConnection {
  const result = watchGuardConnectionSchema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = typeof issue?.path[0] === 'string' ? issue.path[0] : undefined;
  const known = field !== undefined && field in WATCHGUARD_FIELD_LABELS;
  throw new VendorError({
    kind: 'config',
    vendor: 'watchguard',
    ...(field ? { field } : {}),
    message:
      issue?.code === 'invalid_type' && known
        ? `${WATCHGUARD_FIELD_LABELS[field as keyof WatchGuardConnection]} is missing.`
        : (issue?.message ?? 'The WatchGuard Cloud connection settings are not valid.'),
    nextStep:
      field === 'accountId'
        ? 'Copy the Account ID from Administration > My Account in WatchGuard Cloud and save again.'
        : 'Copy the value from Administration > Managed Access in WatchGuard Cloud and save again.',
  });
}

/** True when the user entered the Access ID the portal labels read-only. */
export function usesReadOnlyAccessId(config: WatchGuardConnection): boolean {
  return Boolean(config.readOnlyAccessId) && config.readOnlyAccessId === config.accessId;
}
