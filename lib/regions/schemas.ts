/**
 * Shapes of the region helper's messages and stored records. The messaging catalogue and the
 * store both use these, so a command and what it stores cannot drift apart.
 */
import { z } from 'zod';
import { WATCHGUARD_REGIONS, type WatchGuardRegion } from './catalogue';

const watchGuardRegionSchema = z.enum(
  Object.keys(WATCHGUARD_REGIONS) as [WatchGuardRegion, ...WatchGuardRegion[]],
);

/** Access IDs are short printable tokens; anything else is refused rather than stored. */
const accessIdSchema = z.string().min(1).max(200).regex(/^\S+$/, 'an access ID has no spaces');

/** What a Managed Access page tells us: which access ID is the read-only one (not a secret). */
export const accessIdPairSchema = z
  .object({
    readOnly: accessIdSchema,
    readWrite: accessIdSchema.optional(),
    region: watchGuardRegionSchema.optional(),
  })
  .strict();
export type AccessIdPair = z.infer<typeof accessIdPairSchema>;

export const storedAccessIdPairSchema = accessIdPairSchema.extend({ seenAt: z.iso.datetime() });
export type StoredAccessIdPair = z.infer<typeof storedAccessIdPairSchema>;

const httpsUrlSchema = z
  .string()
  .max(500)
  .refine((value) => value.startsWith('https://'), 'must be an https:// address');
const plainValueSchema = z.string().min(1).max(500);

/**
 * A connection started from a portal page and finished later in the extension. `.strict()` makes
 * the schema refuse a password (or any other extra key) instead of silently dropping it.
 */
export const watchGuardConnectionDraftSchema = z
  .object({
    vendor: z.literal('watchguard'),
    region: watchGuardRegionSchema,
    authUrl: httpsUrlSchema,
    apiUrl: httpsUrlSchema,
    accountId: plainValueSchema.optional(),
    accessId: plainValueSchema.optional(),
    apiKey: plainValueSchema.optional(),
    /** The page the values came from, so the options page can say where the draft started. */
    sourceUrl: httpsUrlSchema.optional(),
  })
  .strict();
export type WatchGuardConnectionDraft = z.infer<typeof watchGuardConnectionDraftSchema>;

export const storedConnectionDraftSchema = watchGuardConnectionDraftSchema.extend({
  createdAt: z.iso.datetime(),
});
export type StoredConnectionDraft = z.infer<typeof storedConnectionDraftSchema>;
