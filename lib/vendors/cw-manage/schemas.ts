import { z } from 'zod';

/**
 * Response shapes of the ConnectWise Manage endpoints we call (field names from the 2025.1
 * generated client and pyconnectwise models — reference/vendor-apis.md §1.9). Loose objects:
 * unknown fields pass, because every Manage release adds some. Only what our features read is
 * required; everything else is optional so a tenant with sparse data still parses.
 */
/**
 * `_info` (links, last update, who updated): nothing reads it, and checking its keys on every
 * record and reference was most of a 20,000-company listing's parse time. It passes unchecked.
 */
const info = z.unknown().optional();

export const referenceSchema = z.looseObject({
  id: z.number().int(),
  name: z.string().optional(),
  _info: info,
});

export const memberReferenceSchema = z.looseObject({
  id: z.number().int(),
  identifier: z.string().optional(),
  name: z.string().optional(),
  _info: info,
});

export const companySchema = z.looseObject({
  id: z.number().int(),
  identifier: z.string(),
  name: z.string(),
  status: referenceSchema.optional(),
  /** Since 2019 a company has several types; older servers send one `type`. */
  types: z.array(referenceSchema).optional(),
  type: referenceSchema.optional(),
  deletedFlag: z.boolean().optional(),
  _info: info,
});
export type Company = z.infer<typeof companySchema>;

export const companyStatusSchema = z.looseObject({
  id: z.number().int(),
  name: z.string(),
  defaultFlag: z.boolean().optional(),
  inactiveFlag: z.boolean().optional(),
});
export type CompanyStatus = z.infer<typeof companyStatusSchema>;

export const companyTypeSchema = z.looseObject({
  id: z.number().int(),
  name: z.string(),
  defaultFlag: z.boolean().optional(),
  vendorFlag: z.boolean().optional(),
});
export type CompanyType = z.infer<typeof companyTypeSchema>;

export const securityRoleSchema = z.looseObject({
  id: z.number().int(),
  name: z.string(),
  roleType: z.string().optional(),
  adminFlag: z.boolean().optional(),
  inactiveFlag: z.boolean().optional(),
});
export type SecurityRole = z.infer<typeof securityRoleSchema>;

/** The API enum is None/My/All; older builds sent "NONE" (vendor-apis.md §1.9) — kept as is. */
const level = z.string().nullable().optional();

export const securityRoleSettingSchema = z.looseObject({
  id: z.number().int(),
  addLevel: level,
  editLevel: level,
  deleteLevel: level,
  inquireLevel: level,
  moduleFunctionName: z.string(),
  moduleName: z.string(),
  moduleFunctionIdentifier: z.string().optional(),
  moduleIdentifier: z.string().optional(),
  myAllFlag: z.boolean().optional(),
  customFlag: z.boolean().optional(),
  sortOrder: z.number().nullable().optional(),
});
export type SecurityRoleSetting = z.infer<typeof securityRoleSettingSchema>;

export const mySecuritySchema = securityRoleSettingSchema.extend({
  id: z.number().int().optional(),
  member: memberReferenceSchema.optional(),
});
export type MySecurity = z.infer<typeof mySecuritySchema>;

export const memberSchema = z.looseObject({
  id: z.number().int(),
  identifier: z.string(),
  firstName: z.string().optional(),
  lastName: z.string().optional(),
  inactiveFlag: z.boolean().optional(),
  licenseClass: z.string().optional(),
  securityRole: referenceSchema.optional(),
});
export type Member = z.infer<typeof memberSchema>;

export const boardSchema = z.looseObject({
  id: z.number().int(),
  name: z.string(),
  inactiveFlag: z.boolean().optional(),
  projectFlag: z.boolean().optional(),
  dispatchMember: memberReferenceSchema.optional(),
  serviceManagerMember: memberReferenceSchema.optional(),
  dutyManagerMember: memberReferenceSchema.optional(),
});
export type Board = z.infer<typeof boardSchema>;

export const boardStatusSchema = z.looseObject({
  id: z.number().int(),
  name: z.string(),
  board: referenceSchema.optional(),
  closedStatus: z.boolean().optional(),
  defaultFlag: z.boolean().optional(),
  inactive: z.boolean().optional(),
  sortOrder: z.number().optional(),
});
export type BoardStatus = z.infer<typeof boardStatusSchema>;

export const agreementSchema = z.looseObject({
  id: z.number().int(),
  name: z.string(),
  company: memberReferenceSchema.optional(),
  type: referenceSchema.optional(),
  agreementStatus: z.string().optional(),
  cancelledFlag: z.boolean().optional(),
});
export type Agreement = z.infer<typeof agreementSchema>;

export const additionSchema = z.looseObject({
  id: z.number().int(),
  product: z.looseObject({ id: z.number().int(), identifier: z.string().optional() }),
  quantity: z.number().optional(),
  agreementId: z.number().int().optional(),
  description: z.string().optional(),
  cancelledDate: z.string().nullable().optional(),
});
export type Addition = z.infer<typeof additionSchema>;

export const systemInfoSchema = z.looseObject({
  version: z.string(),
  isCloud: z.boolean().optional(),
  serverTimeZone: z.string().optional(),
  cloudRegion: z.string().optional(),
});
export type SystemInfo = z.infer<typeof systemInfoSchema>;

/** `ErrorResponseMessage` (§1.6), and the 429 body that says `error` instead of `code` (§1.7). */
export const manageErrorBodySchema = z.looseObject({
  code: z.string().optional(),
  error: z.string().optional(),
  message: z.string().optional(),
});
