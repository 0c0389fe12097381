/**
 * zod schemas for the ConnectWise RMM (Asio platform) responses this product reads. Objects are
 * `looseObject`s: unknown fields pass through; a missing or mistyped field we depend on fails the
 * parse with its path.
 *
 * Source: the "ConnectWise Asio APIs" OpenAPI description (unofficial copy,
 * shared/reference/specs/connectwise-rmm/asio-openapi.yml): `POST /v1/token`, `Company`, `Site`,
 * `Error`. The spec marks no property as required; we require the few we use (ids and names).
 */
import { z } from 'zod';

/** `POST /v1/token` answer (spec example: access_token, scope, token_type, expires_in 3599). */
export const rmmTokenSchema = z.looseObject({
  access_token: z.string().min(1),
  expires_in: z.number().positive(),
  token_type: z.string().optional(),
  scope: z.string().optional(),
});

/** Error body of every JSON error answer (spec `components.schemas.Error`). 429 is plain text. */
export const rmmErrorSchema = z.looseObject({
  error: z.string(),
  description: z.string().optional(),
});

const externalIdSchema = z.looseObject({
  externalId: z.string().nullish(),
  productId: z.string().nullish(),
  productInstanceId: z.string().nullish(),
});

export const rmmCompanySchema = z.looseObject({
  id: z.string().min(1),
  name: z.string(),
  friendlyName: z.string().nullish(),
  partnerId: z.string().nullish(),
  activityStatus: z.looseObject({ activeFlag: z.boolean().nullish(), name: z.string().nullish() }).nullish(),
  externalIds: z.array(externalIdSchema).nullish(),
});
export type RmmCompany = z.infer<typeof rmmCompanySchema>;

export const rmmSiteSchema = z.looseObject({
  id: z.string().min(1),
  name: z.string(),
  friendlyName: z.string().nullish(),
  activeFlag: z.boolean().nullish(),
  company: z.looseObject({ id: z.string().nullish(), name: z.string().nullish() }).nullish(),
});
export type RmmSite = z.infer<typeof rmmSiteSchema>;

/**
 * The spec answers list calls with a bare array; public clients also meet a `{ "<key>": [...] }`
 * wrapper. Unwrapping BEFORE validation (rather than a union) keeps error paths precise, e.g.
 * `[12].name` instead of "no union member matched".
 */
function listOf<T extends z.ZodType>(item: T, wrapperKey: string) {
  return z.preprocess((body) => {
    if (body && typeof body === 'object' && !Array.isArray(body) && wrapperKey in body) {
      return (body as Record<string, unknown>)[wrapperKey];
    }
    return body;
  }, z.array(item));
}

export const rmmCompanyListSchema = listOf(rmmCompanySchema, 'companies');
export const rmmSiteListSchema = listOf(rmmSiteSchema, 'sites');
