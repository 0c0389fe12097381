import { z } from 'zod';
import { AUTOMATE_SCOPES } from './automate-fields';
import { LEVELS } from './levels';

/**
 * The shape of the permission catalogue. Profiles are written as plain data files under
 * profiles/ and parsed with these schemas when the catalogue loads, so a malformed entry fails
 * loudly (and in tests) instead of producing a wrong audit.
 */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

export const sourceSchema = z.object({
  vendor: z.string().min(1),
  title: z.string().min(1),
  /** Our stored copy of the document, or the page address for a page read with the search tool. */
  document: z.string().min(1),
  /** The public address of the page. */
  url: z.url().optional(),
  /** The page's own date or product version, as the page shows it ("Last Modified 29-Sep-2024"). */
  published: z.string().min(1).optional(),
  /** When we read the stored copy. */
  readOn: isoDate.optional(),
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

/**
 * What a check expects of one Customize list (Table Setup's "Allow access to these" /
 * "Disallow access to these" boxes…): the in-page reader settles the check when the admin opens
 * that function's Customize dialog (lib/role-checker/page/customize-dialog.ts).
 */
export const customizeExpectationSchema = z.object({
  module: z.string().min(1),
  function: z.string().min(1),
  list: z.enum(['allow', 'disallow']),
  entries: z.array(z.string().min(1)).min(1),
});
export type CustomizeExpectation = z.infer<typeof customizeExpectationSchema>;

export const manualCheckSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+(?:\/[A-Za-z0-9-]+)*$/),
  title: z.string().min(1),
  detail: z.string().min(1),
  source: sourceSchema,
  /** True when the check is our reading of the source rather than something it states. */
  inferred: z.boolean().default(false),
  evaluator: checkEvaluatorSchema.optional(),
  /** The Customize list this check is about: the overlay settles it from the open dialog. */
  customize: customizeExpectationSchema.optional(),
});

/**
 * What kind of product an integration is: the integration pickers group by it. Kinds follow what
 * the vendor sells, not what the integration does in ConnectWise.
 */
export const INTEGRATION_KINDS = [
  'rmm',
  'backup',
  'documentation',
  'security',
  'quoting',
  'automation',
  'ai',
  'finance',
  'customer-experience',
  'lifecycle',
  'reporting',
  'psa',
] as const;
export const integrationKindSchema = z.enum(INTEGRATION_KINDS);
export type IntegrationKind = z.infer<typeof integrationKindSchema>;

/** A feature of the integration that needs more rights; the admin switches it on (off by default). */
export const optionalFeatureSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  /** What the feature does, and where the source says it needs the extra rows. */
  detail: z.string().min(1),
});

/**
 * A Customize list of a role function (Table Setup's "Allow access to these" tables, Agreements'
 * agreement types, …): entries the source wants on the allowed or the disallowed side. The role
 * settings API does not report these lists, so each becomes a check a person confirms.
 */
export const customizeSchema = z.object({
  module: z.string().min(1),
  function: z.string().min(1),
  list: z.enum(['allow', 'disallow']),
  entries: z.array(z.string().min(1)).min(1),
  /** The source offers this as a way to narrow the role further, not as a requirement. */
  optional: z.boolean().default(false),
  feature: z.string().optional(),
  note: z.string().optional(),
  source: sourceSchema,
});

/**
 * The source shows only the first part of its table (a stored copy cut off): rows after
 * `shownUpTo` are unknown, never invented.
 */
export const partialSchema = z.object({
  shownUpTo: z.string().min(1),
  note: z.string().optional(),
});

/** One row of a Manage permission table; an action left out is not mentioned by the source. */
export const manageRequirementSchema = z
  .object({
    module: z.string().min(1),
    function: z.string().min(1),
    /** Only needed for this optional feature of the profile (see optionalFeatures). */
    feature: z.string().optional(),
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
  /** What the source says goes wrong without it, in our words (shown next to a missing one). */
  ifMissing: z.string().optional(),
  feature: z.string().optional(),
});

/** One ConnectWise RMM (Asio) API-key scope an integration asks for. */
export const rmmScopeRequirementSchema = z.object({
  /** The OAuth scope, e.g. `platform.devices.read` (see rmm-scopes.ts). */
  scope: z.string().min(1),
  /** The source's words, e.g. "Platform - Devices: Read". */
  label: z.string().min(1),
  source: sourceSchema,
  inferred: z.boolean().default(false),
  note: z.string().optional(),
  feature: z.string().optional(),
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
  /** Bumped whenever this profile's data changes (a test holds the two together). */
  revision: z.number().int().positive(),
  /** When the profile was last compared with its source. */
  checkedOn: isoDate,
  kind: integrationKindSchema,
  /** Set when the source's table is cut off: what it shows, and that the rest is unknown. */
  partial: partialSchema.optional(),
  /** The vendor recommends the built-in Admin role: our restatement of why. Shown as a risk. */
  adminRecommendation: z.string().min(1).optional(),
  optionalFeatures: z.array(optionalFeatureSchema).default([]),
  customize: z.array(customizeSchema).default([]),
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
  scopes: z.array(rmmScopeRequirementSchema).default([]),
});

export const profileSchema = z.discriminatedUnion('product', [
  manageProfileSchema,
  automateProfileSchema,
  rmmProfileSchema,
]);

export type SourceRefInput = z.input<typeof sourceSchema>;
export type ManageProfileInput = z.input<typeof manageProfileSchema>;
export type AutomateProfileInput = z.input<typeof automateProfileSchema>;
export type RmmProfileInput = z.input<typeof rmmProfileSchema>;
export type ProfileInput = z.input<typeof profileSchema>;

export type ManualCheckDefinition = z.infer<typeof manualCheckSchema>;
export type CustomizeList = z.infer<typeof customizeSchema>;
export type ManageProfile = z.infer<typeof manageProfileSchema>;
export type AutomateProfile = z.infer<typeof automateProfileSchema>;
export type Profile = z.infer<typeof profileSchema>;
export type Product = Profile['product'];
