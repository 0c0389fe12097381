import { z } from 'zod';
import { AUTOMATE_SCOPES } from './automate-fields';
import { LEVELS } from './levels';

/**
 * The shape of the permission catalogue. Profiles are written as plain data files under
 * profiles/ and parsed with these schemas when the catalogue loads, so a malformed entry fails
 * loudly (and in tests) instead of producing a wrong audit.
 */

export const sourceSchema = z.object({
  vendor: z.string().min(1),
  title: z.string().min(1),
  document: z.string().min(1),
});

export const levelSchema = z.enum(LEVELS);

/**
 * How far a source's list can be trusted as the whole story:
 * - minimum: the listed levels are the least that works; the vendor says nothing about the rest.
 * - exhaustive: the vendor says everything not listed stays off (None / unchecked).
 * - admin-recommended: the vendor asks for the Admin role; any finer list is our inference.
 * - checks-only: the source sets conditions to verify, not role levels.
 */
export const strictnessSchema = z.enum(['minimum', 'exhaustive', 'admin-recommended', 'checks-only']);

/** Functions in this module that can settle a manual check from API data. */
export const checkEvaluatorSchema = z.enum([
  'threatLockerBoardReadiness',
  'watchGuardRmmConnectionReadiness',
  'auditUserClass.computerPermissions',
  'auditUserClass.user',
]);
export type CheckEvaluator = z.infer<typeof checkEvaluatorSchema>;

export const manualCheckSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+(?:\/[A-Za-z0-9-]+)*$/),
  title: z.string().min(1),
  detail: z.string().min(1),
  source: sourceSchema,
  /** True when the check is our reading of the source rather than something it states. */
  inferred: z.boolean().default(false),
  evaluator: checkEvaluatorSchema.optional(),
});

/** One row of a Manage permission table; an action left out is not mentioned by the source. */
export const manageRequirementSchema = z
  .object({
    module: z.string().min(1),
    function: z.string().min(1),
    add: levelSchema.optional(),
    edit: levelSchema.optional(),
    delete: levelSchema.optional(),
    inquire: levelSchema.optional(),
    source: sourceSchema,
    inferred: z.boolean().default(false),
    /** For inferred rows: which feature the source describes that needs this. */
    basis: z.string().optional(),
    note: z.string().optional(),
  })
  .refine((row) => [row.add, row.edit, row.delete, row.inquire].some((level) => level !== undefined), {
    message: 'a requirement must name at least one action',
  });

/** One permission an Automate integration needs, mapped to the API field that shows it. */
export const automateRequirementSchema = z.object({
  scope: z.enum(AUTOMATE_SCOPES),
  field: z.string().min(1),
  /** The source's own words for the permission, e.g. "Clients: Read". */
  label: z.string().min(1),
  source: sourceSchema,
  inferred: z.boolean().default(false),
  note: z.string().optional(),
});

const profileBase = {
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  vendor: z.string().min(1),
  source: sourceSchema,
  strictness: strictnessSchema,
  /** One sentence telling the user how to read this profile's requirements. */
  strictnessNote: z.string().min(1),
  /** The source accepts ConnectWise's built-in Admin role instead of a custom one. */
  acceptsAdminRole: z.boolean(),
  /** Bumped whenever this profile's data changes. */
  revision: z.number().int().positive(),
  manualChecks: z.array(manualCheckSchema).default([]),
};

export const manageProfileSchema = z.object({
  ...profileBase,
  product: z.literal('manage'),
  requirements: z.array(manageRequirementSchema),
});

export const automateProfileSchema = z.object({
  ...profileBase,
  product: z.literal('automate'),
  requirements: z.array(automateRequirementSchema),
});

export const rmmProfileSchema = z.object({
  ...profileBase,
  product: z.literal('rmm'),
});

export const profileSchema = z.discriminatedUnion('product', [
  manageProfileSchema,
  automateProfileSchema,
  rmmProfileSchema,
]);

export type ManageProfileInput = z.input<typeof manageProfileSchema>;
export type AutomateProfileInput = z.input<typeof automateProfileSchema>;
export type RmmProfileInput = z.input<typeof rmmProfileSchema>;
export type ProfileInput = z.input<typeof profileSchema>;

export type ManualCheckDefinition = z.infer<typeof manualCheckSchema>;
export type ManageProfile = z.infer<typeof manageProfileSchema>;
export type AutomateProfile = z.infer<typeof automateProfileSchema>;
export type Profile = z.infer<typeof profileSchema>;
export type Product = Profile['product'];
