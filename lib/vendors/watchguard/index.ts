/**
 * WatchGuard Cloud client, background only.
 *
 *   const wg = createWatchGuardClient(settings);                 // settings: WatchGuardConnectionInput
 *   for await (const account of wg.managedAccounts({ signal })) …
 *   for await (const device of wg.devices(account.accountId, { signal })) …
 *   const result = await testWatchGuardConnection(settings);     // TestConnectionResult
 *
 * Failures are `VendorError`s (lib/vendors/http) worded per errors.ts.
 */
export {
  type AccountListOptions,
  createWatchGuardClient,
  type DeviceListOptions,
  type WatchGuardClient,
  type WatchGuardClientOptions,
  WG_DEVICES_PAGE_CAP,
} from './client';
export {
  parseWatchGuardConnection,
  usesReadOnlyAccessId,
  WATCHGUARD_FIELD_LABELS,
  type WatchGuardConnection,
  type WatchGuardConnectionInput,
  watchGuardConnectionInputSchema,
  watchGuardConnectionSchema,
} from './config';
export { WG_ENDPOINTS } from './errors';
export * from './schemas';
export { testWatchGuardConnection } from './test-connection';
export { resolveWatchGuardEndpoints, WATCHGUARD_API_REGIONS, type WatchGuardEndpoints } from './urls';
