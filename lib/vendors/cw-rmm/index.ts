/**
 * ConnectWise RMM (Asio) client, background only.
 *
 *   const rmm = createCwRmmClient(settings);                  // settings: CwRmmConnectionInput
 *   for await (const company of rmm.companies({ signal })) …
 *   for await (const site of rmm.sites({ companyId: company.id, signal })) …
 *   const result = await testCwRmmConnection(settings);       // TestConnectionResult
 *
 * Failures are `VendorError`s (lib/vendors/http) worded per errors.ts.
 */
export { type CwRmmClient, type CwRmmClientOptions, createCwRmmClient } from './client';
export {
  type CwRmmConnectionInput,
  cwRmmConnectionInputSchema,
} from './config';
export { RMM_ENDPOINTS } from './errors';
export * from './schemas';
export { testCwRmmConnection } from './test-connection';
