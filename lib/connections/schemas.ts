/**
 * Shapes of stored connections and of the connection messages. The stored record and the masked
 * view are separate schemas so that no code path can hand a page more than the masked view: it
 * has no secret fields at all, only "saved" flags and at most four trailing characters.
 */
import { z } from 'zod';
import { memberAuditSchema } from '../role-checker/report-schema';
import type { VendorId } from '../vendor-ids';
import { testConnectionResultSchema } from '../vendors/http';
import { cwAutomateSettingsSchema } from './kinds/cw-automate';
import { cwManageSettingsSchema } from './kinds/cw-manage';
import { cwRmmSettingsSchema } from './kinds/cw-rmm';
import { connectionNameSchema } from './kinds/fields';
import { watchGuardSettingsSchema } from './kinds/watchguard';

/** Our ids are UUIDs; ids from a managed policy are short slugs. Never a ':' (vault slots use it). */
export const connectionIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'A connection id has 1–64 letters, digits, "-" or "_".');

type SecretNames = readonly [string, ...string[]];

const timestamps = { createdAt: z.iso.datetime(), updatedAt: z.iso.datetime() };

/** A connection as stored in `storage.local`: settings only; secrets are vault slots. */
function recordOf<V extends VendorId, S extends z.ZodObject, N extends SecretNames>(
  vendor: V,
  settings: S,
  secrets: N,
) {
  return z.object({
    id: connectionIdSchema,
    vendor: z.literal(vendor),
    name: connectionNameSchema,
    settings,
    /** Secret field → vault slot, for the secrets that have been saved. */
    secretRefs: z.partialRecord(z.enum(secrets), z.string()),
    ...timestamps,
  });
}

export const secretStateSchema = z.object({
  saved: z.boolean(),
  /** The last four characters of a long secret, else null. The schema caps it at four. */
  hint: z.string().max(4).nullable(),
});

/** Whether an on-premise server's host permission is in place. */
export const hostAccessSchema = z.enum(['not-needed', 'granted', 'missing']);
export type HostAccess = z.infer<typeof hostAccessSchema>;

/** What extension pages see of a connection: no secret field exists in it. */
function maskedOf<V extends VendorId, S extends z.ZodObject, N extends SecretNames>(
  vendor: V,
  settings: S,
  secrets: N,
) {
  return z.object({
    id: connectionIdSchema,
    vendor: z.literal(vendor),
    name: z.string(),
    settings,
    secrets: z.partialRecord(z.enum(secrets), secretStateSchema),
    /** Set by the organization's policy: settings, name and removal are locked. */
    managed: z.boolean(),
    /** On-premise origin needing a host permission, and whether it is granted. */
    hostOrigin: z.string().nullable(),
    hostAccess: hostAccessSchema,
    /** False for a connection pinned by policy that was never saved here (no secrets yet). */
    stored: z.boolean(),
    ...timestamps,
  });
}

/** Typed secrets from a form. Empty or absent = keep the saved one; only known fields pass. */
const secretInput = z.string().max(4096, 'That secret is longer than 4,096 characters.');

/** Save: create (no id) or update. Secrets only replace; an empty one keeps what is saved. */
function saveOf<V extends VendorId, S extends z.ZodObject, N extends SecretNames>(
  vendor: V,
  settings: S,
  secrets: N,
) {
  return z.object({
    id: connectionIdSchema.optional(),
    vendor: z.literal(vendor),
    name: z.string().max(200),
    settings,
    secrets: z.partialRecord(z.enum(secrets), secretInput).default({}),
  });
}

/** A connection without secrets: a policy's pinned preset, a backup entry. */
function presetOf<V extends VendorId, S extends z.ZodObject>(vendor: V, settings: S) {
  return z.object({
    id: connectionIdSchema,
    vendor: z.literal(vendor),
    name: connectionNameSchema,
    settings,
  });
}

const WG = ['watchguard', watchGuardSettingsSchema, ['password', 'apiKey']] as const;
const RMM = ['cw-rmm', cwRmmSettingsSchema, ['clientSecret']] as const;
const MANAGE = ['cw-manage', cwManageSettingsSchema, ['privateKey']] as const;
const AUTOMATE = ['cw-automate', cwAutomateSettingsSchema, ['password', 'totpSecret']] as const;

export const connectionRecordSchema = z.discriminatedUnion('vendor', [
  recordOf(...WG),
  recordOf(...RMM),
  recordOf(...MANAGE),
  recordOf(...AUTOMATE),
]);
export type ConnectionRecord = z.infer<typeof connectionRecordSchema>;

export const maskedConnectionSchema = z.discriminatedUnion('vendor', [
  maskedOf(...WG),
  maskedOf(...RMM),
  maskedOf(...MANAGE),
  maskedOf(...AUTOMATE),
]);
export type MaskedConnection = z.infer<typeof maskedConnectionSchema>;

export const saveConnectionRequestSchema = z.discriminatedUnion('vendor', [
  saveOf(...WG),
  saveOf(...RMM),
  saveOf(...MANAGE),
  saveOf(...AUTOMATE),
]);
export type SaveConnectionRequest = z.infer<typeof saveConnectionRequestSchema>;

export const connectionPresetSchema = z.discriminatedUnion('vendor', [
  presetOf(WG[0], WG[1]),
  presetOf(RMM[0], RMM[1]),
  presetOf(MANAGE[0], MANAGE[1]),
  presetOf(AUTOMATE[0], AUTOMATE[1]),
]);
export type ConnectionPreset = z.infer<typeof connectionPresetSchema>;
/** A preset the organization's policy pins: the user only adds its secrets. */
export type PinnedConnection = ConnectionPreset;

/**
 * A Test connection's answer: the vendor's typed result and, for a ConnectWise Manage connection
 * that passed, the audit of its API member's rights against the integrations it serves.
 */
export const connectionTestResultSchema = testConnectionResultSchema.and(
  z.object({ memberAudit: memberAuditSchema.optional() }),
);
export type ConnectionTestResult = z.infer<typeof connectionTestResultSchema>;
