/**
 * zod schemas for the WatchGuard Cloud responses this product reads. Objects are `looseObject`s:
 * fields we do not model pass through untouched (WatchGuard says it may add values and fields),
 * while a missing or mistyped field we depend on fails the parse with its path.
 *
 * Sources:
 * - Token: WatchGuard API docs "Authentication" (standard OAuth 2.0 client-credentials answer);
 *   a verbatim vendor response example was NOT FOUND, so we require only what we use.
 * - Managed accounts: WatchGuard Accounts API v1 `GET /accounts/{id}/children` (shape as consumed
 *   by public third-party clients; the full vendor schema was NOT FOUND).
 * - Devices: WatchGuard Endpoint Security Management API v1 `GET /accounts/{id}/devices`
 *   (field names and enum meanings from the vendor schema, via vendor-apis.md §4.4).
 */
import { z } from 'zod';

/** `POST {authUrl}` answer. `expires_in` is required: without it we cannot know when to refresh. */
export const watchGuardTokenSchema = z.looseObject({
  access_token: z.string().min(1),
  token_type: z.string().optional(),
  expires_in: z.number().positive(),
  scope: z.string().optional(),
});

/** RFC 6749 §5.2 error answer; only read to pick a better message, never required. */
export const oauthErrorSchema = z.looseObject({
  error: z.string(),
  error_description: z.string().optional(),
});

/** Account type codes of the children listing: 1 Service Provider, 2 Subscriber (0 = "all" filter). */
export const WATCHGUARD_ACCOUNT_TYPES = { serviceProvider: 1, subscriber: 2 } as const;

export const watchGuardAccountSchema = z.looseObject({
  accountId: z.string().min(1),
  name: z.string(),
  type: z.number().int().optional(),
});
export type WatchGuardAccount = z.infer<typeof watchGuardAccountSchema>;

/** One page of `GET /rest/platform/accounts/v1/accounts/{accountId}/children`. */
export const watchGuardAccountPageSchema = z.looseObject({
  items: z.array(watchGuardAccountSchema),
  /** Not every answer carries it (third-party clients read it as optional); paging copes without. */
  totalItems: z.number().int().nonnegative().nullish(),
  offset: z.number().int().optional(),
  limit: z.number().int().optional(),
});
export type WatchGuardAccountPage = z.infer<typeof watchGuardAccountPageSchema>;

/**
 * Endpoint Security enums are numbers the vendor may extend ("we might add new values"), so we
 * check the type, not the member list. Meanings, for display:
 * platform_id 1 Windows, 2 Linux, 3 macOS, 4 Android; type 1 workstation, 2 laptop, 3 server,
 * 4 mobile; isolation_state 0 not isolated, 1 isolated, 2 isolating, 3 removing isolation.
 */
const enumCode = z.number().int().nullish();

export const watchGuardDeviceSchema = z.looseObject({
  device_id: z.string().min(1),
  host_name: z.string(),
  account_id: z.string().nullish(),
  site_id: z.string().nullish(),
  site_name: z.string().nullish(),
  description: z.string().nullish(),
  domain: z.string().nullish(),
  ip_address: z.string().nullish(),
  mac_addresses: z.array(z.string()).nullish(),
  operating_system: z.string().nullish(),
  agent_version: z.string().nullish(),
  last_connection: z.string().nullish(),
  platform_id: enumCode,
  type: enumCode,
  isolation_state: enumCode,
  license_status: enumCode,
  encryption: enumCode,
});
export type WatchGuardDevice = z.infer<typeof watchGuardDeviceSchema>;

/** One page of devices; `total_items` is only filled when `$count=true` was asked for. */
export const watchGuardDevicePageSchema = z.looseObject({
  total_items: z.number().int().nonnegative().nullish(),
  data: z.array(watchGuardDeviceSchema),
});

/** `POST /rest/platform/authorization/v1/audiences` answer (Authorization API, via vendor-apis.md §4.3). */
export const watchGuardAudienceSchema = z.looseObject({
  audience: z.string().min(1),
});
