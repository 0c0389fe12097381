import { z } from 'zod';

/**
 * Response shapes of the ConnectWise Automate endpoints we call, from the Automate REST API
 * specification (reference/specs/automate/System.json and Company.json; vendor-apis.md §2).
 * Loose objects: unknown fields pass. Only what our features read is required.
 */

/** `TokenResult`. Without a token, `IsTwoFactorRequired` says a passcode is needed (§2.2). */
export const tokenResultSchema = z.looseObject({
  AccessToken: z.string().nullable().optional(),
  TokenType: z.string().nullable().optional(),
  ExpirationDate: z.string().nullable().optional(),
  AbsoluteExpirationDate: z.string().nullable().optional(),
  UserId: z.union([z.string(), z.number()]).nullable().optional(),
  InternalUserName: z.string().nullable().optional(),
  IsTwoFactorRequired: z.boolean().nullable().optional(),
});
export type TokenResult = z.infer<typeof tokenResultSchema>;

const date = z.string().refine((value) => !Number.isNaN(Date.parse(value)), 'not a date');

/** A `TokenResult` that carries a token: its expiry is then required to know when to renew. */
export const issuedTokenSchema = z.looseObject({
  AccessToken: z.string().min(1),
  ExpirationDate: date,
  AbsoluteExpirationDate: date.nullable().optional(),
  UserId: z.union([z.string(), z.number()]).nullable().optional(),
});

/** `LabTech.Models.Client`. The spec types `Id` as a string; servers in the wild send numbers. */
export const automateClientSchema = z.looseObject({
  Id: z.union([z.number().int(), z.string().min(1)]).transform(String),
  Name: z.string(),
  Company: z.string().nullable().optional(),
  City: z.string().nullable().optional(),
  /** Spec: a string; servers that store the linked PSA company id send it as a number. */
  ExternalId: z
    .union([z.string(), z.number().transform(String)])
    .nullable()
    .optional(),
});
export type AutomateClient = z.infer<typeof automateClientSchema>;

/** `UserClassUserPermissions`: booleans named in lib/permissions/automate-fields.ts. */
export const userClassPermissionsSchema = z.record(z.string(), z.unknown());

/** `Automate.Api.Domain.Contracts.Users.UserClass`; `Permissions` feeds auditUserClass. */
export const userClassSchema = z.looseObject({
  UserClassId: z.number().int(),
  Name: z.string(),
  Permissions: userClassPermissionsSchema.nullable().optional(),
});
export type UserClass = z.infer<typeof userClassSchema>;

/** `Automate.Api.Domain.Contracts.Users.User` (the list's schema is only `object` in the spec). */
export const automateUserSchema = z.looseObject({
  UserId: z.number().int(),
  Name: z.string(),
  FirstName: z.string().nullable().optional(),
  LastName: z.string().nullable().optional(),
  EmailAddress: z.string().nullable().optional(),
  IsIntegrator: z.boolean().optional(),
  IsLocked: z.boolean().optional(),
  UserClasses: z
    .array(z.looseObject({ UserClassId: z.number().int().nullish(), Name: z.string().nullish() }))
    .nullable()
    .optional(),
});
export type AutomateUser = z.infer<typeof automateUserSchema>;

/**
 * `GET /Users` is declared as an `object` in the spec (System.json), while servers in the wild
 * send a bare array. Both are read: a bare array, or an object whose one array-valued property
 * holds the users (its key is not documented, so it is found rather than named). Unwrapped
 * before validation, so error paths stay `[3].Name`.
 */
export const automateUserListSchema = z.preprocess((body) => {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return body;
  const arrays = Object.values(body).filter(Array.isArray);
  return arrays.length === 1 ? arrays[0] : body;
}, z.array(automateUserSchema));

/**
 * Error bodies are NOT FOUND (the spec declares only 200/204). ASP.NET Web API sends
 * `{ Message }`; some builds add `MessageDetail` or use lower case.
 */
export const automateErrorBodySchema = z.looseObject({
  Message: z.string().optional(),
  message: z.string().optional(),
  MessageDetail: z.string().optional(),
});
