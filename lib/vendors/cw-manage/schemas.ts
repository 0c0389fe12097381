import { z } from 'zod';
import { isAbsent, isBoolean, isInteger, isRecord, isString, withFastGuard } from '../http/fast-guard';

/**
 * Response shapes of the ConnectWise Manage endpoints we call (field names from the 2025.1
 * generated client and pyconnectwise models — reference/vendor-apis.md §1.9). Loose objects:
 * unknown fields pass, because every Manage release adds some. Only what our features read is
 * required; everything else is optional so a tenant with sparse data still parses.
 */
/**
 * Nullability follows the 2025.1 model (reference/specs/cw-manage): every `*Reference.id`, most
 * flags and the four security levels may be `null`, and for responses the spec guarantees no
 * field at all. So everything is `nullish` except the few fields a feature cannot work without
 * (ids of the records themselves, names); tests/unit/vendors/contract checks this against the spec.
 */
const flag = z.boolean().nullish();

/**
 * `_info` (links, last update, who updated): nothing reads it, and checking its keys on every
 * record and reference was most of a 20,000-company listing's parse time. It passes unchecked.
 */
const info = z.unknown().optional();

export const referenceSchema = z.looseObject({
  id: z.number().int().nullish(),
  name: z.string().nullish(),
  _info: info,
});

export const memberReferenceSchema = z.looseObject({
  id: z.number().int().nullish(),
  identifier: z.string().nullish(),
  name: z.string().nullish(),
  _info: info,
});

const isReference = (value: unknown) =>
  isRecord(value) &&
  (isAbsent(value.id) || isInteger(value.id)) &&
  (isAbsent(value.name) || isString(value.name));

/** Read once per company of a listing, so it carries a hand-written guard (lib/vendors/http/fast-guard.ts). */
export const companySchema = withFastGuard(
  z.looseObject({
    id: z.number().int(),
    identifier: z.string(),
    name: z.string(),
    status: referenceSchema.nullish(),
    /** Since 2019 a company has several types; older servers send one `type`. */
    types: z.array(referenceSchema).nullish(),
    type: referenceSchema.nullish(),
    deletedFlag: flag,
    _info: info,
  }),
  (value) =>
    isRecord(value) &&
    isInteger(value.id) &&
    isString(value.identifier) &&
    isString(value.name) &&
    (isAbsent(value.status) || isReference(value.status)) &&
    (isAbsent(value.types) || (Array.isArray(value.types) && value.types.every(isReference))) &&
    (isAbsent(value.type) || isReference(value.type)) &&
    (isAbsent(value.deletedFlag) || isBoolean(value.deletedFlag)),
);
export type Company = z.infer<typeof companySchema>;

export const companyStatusSchema = z.looseObject({
  id: z.number().int(),
  name: z.string(),
  defaultFlag: flag,
  inactiveFlag: flag,
});
export type CompanyStatus = z.infer<typeof companyStatusSchema>;

export const companyTypeSchema = z.looseObject({
  id: z.number().int(),
  name: z.string(),
  defaultFlag: flag,
  vendorFlag: flag,
});
export type CompanyType = z.infer<typeof companyTypeSchema>;

export const securityRoleSchema = z.looseObject({
  id: z.number().int(),
  name: z.string(),
  roleType: z.string().nullish(),
  adminFlag: flag,
  inactiveFlag: flag,
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
  moduleFunctionIdentifier: z.string().nullish(),
  moduleIdentifier: z.string().nullish(),
  myAllFlag: flag,
  customFlag: flag,
  sortOrder: z.number().nullable().optional(),
});
export type SecurityRoleSetting = z.infer<typeof securityRoleSettingSchema>;

export const mySecuritySchema = securityRoleSettingSchema.extend({
  id: z.number().int().optional(),
  member: memberReferenceSchema.nullish(),
});
export type MySecurity = z.infer<typeof mySecuritySchema>;

export const memberSchema = z.looseObject({
  id: z.number().int(),
  identifier: z.string(),
  firstName: z.string().nullish(),
  lastName: z.string().nullish(),
  inactiveFlag: flag,
  licenseClass: z.string().nullish(),
  securityRole: referenceSchema.nullish(),
});
export type Member = z.infer<typeof memberSchema>;

/**
 * `ApiMember` (2025.1 model): only `id` and `identifier` are required here (the model requires
 * `identifier` when writing); every reference and flag may be null or left out.
 */
export const apiMemberSchema = z.looseObject({
  id: z.number().int(),
  identifier: z.string(),
  name: z.string().nullish(),
  inactiveFlag: flag,
  securityRole: referenceSchema.nullish(),
  securityLocation: referenceSchema.nullish(),
  defaultLocation: referenceSchema.nullish(),
  serviceDefaultBoard: referenceSchema.nullish(),
});
export type ApiMember = z.infer<typeof apiMemberSchema>;

export const boardSchema = z.looseObject({
  id: z.number().int(),
  name: z.string(),
  inactiveFlag: flag,
  projectFlag: flag,
  dispatchMember: memberReferenceSchema.nullish(),
  serviceManagerMember: memberReferenceSchema.nullish(),
  dutyManagerMember: memberReferenceSchema.nullish(),
});
export type Board = z.infer<typeof boardSchema>;

export const boardStatusSchema = z.looseObject({
  id: z.number().int(),
  name: z.string(),
  board: referenceSchema.nullish(),
  closedStatus: flag,
  defaultFlag: flag,
  inactive: flag,
  sortOrder: z.number().nullish(),
});
export type BoardStatus = z.infer<typeof boardStatusSchema>;

/** `BoardTeam` (2025.1): `members` is an array of member ids; `defaultFlag` marks the board's default team. */
export const boardTeamSchema = z.looseObject({
  id: z.number().int(),
  name: z.string(),
  boardId: z.number().int().nullish(),
  defaultFlag: flag,
  members: z.array(z.number().int()).nullish(),
  teamLeader: memberReferenceSchema.nullish(),
});
export type BoardTeam = z.infer<typeof boardTeamSchema>;

/** `ConfigurationType` (2025.1). */
export const configurationTypeSchema = z.looseObject({
  id: z.number().int(),
  name: z.string(),
  inactiveFlag: flag,
  systemFlag: flag,
});
export type ConfigurationType = z.infer<typeof configurationTypeSchema>;

/** `Count` (2025.1): what every `/count` operation returns. */
export const countSchema = z.looseObject({ count: z.number().int().nonnegative() });

export const agreementSchema = z.looseObject({
  id: z.number().int(),
  name: z.string(),
  company: memberReferenceSchema.nullish(),
  type: referenceSchema.nullish(),
  agreementStatus: z.string().nullish(),
  cancelledFlag: flag,
});
export type Agreement = z.infer<typeof agreementSchema>;

export const additionSchema = z.looseObject({
  id: z.number().int(),
  product: z.looseObject({ id: z.number().int().nullish(), identifier: z.string().nullish() }).nullish(),
  quantity: z.number().nullish(),
  agreementId: z.number().int().nullish(),
  description: z.string().nullish(),
  cancelledDate: z.string().nullable().optional(),
});
export type Addition = z.infer<typeof additionSchema>;

export const systemInfoSchema = z.looseObject({
  version: z.string(),
  isCloud: flag,
  serverTimeZone: z.string().nullish(),
  cloudRegion: z.string().nullish(),
});
export type SystemInfo = z.infer<typeof systemInfoSchema>;

/** `ErrorResponseMessage` (§1.6), and the 429 body that says `error` instead of `code` (§1.7). */
export const manageErrorBodySchema = z.looseObject({
  code: z.string().optional(),
  error: z.string().optional(),
  message: z.string().optional(),
});
