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
  createWatchGuardClient,
  type WatchGuardClient,
  type WatchGuardClientOptions,
} from './client';
export {
  type WatchGuardConnectionInput,
  watchGuardConnectionInputSchema,
} from './config';
export { WG_ENDPOINTS } from './errors';
export * from './schemas';
export { testWatchGuardConnection } from './test-connection';
