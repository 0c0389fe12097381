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
export { type CwRmmClient, type CwRmmClientOptions, createCwRmmClient, type RmmListOptions } from './client';
export {
  CW_RMM_FIELD_LABELS,
  type CwRmmConnection,
  type CwRmmConnectionInput,
  cwRmmConnectionInputSchema,
  cwRmmConnectionSchema,
  DEFAULT_RECORDS_PER_REQUEST,
  MAX_RECORDS_PER_REQUEST,
  parseCwRmmConnection,
} from './config';
export { CW_RMM_SCOPES, RMM_ENDPOINTS, RMM_REQUESTED_SCOPES } from './errors';
export * from './schemas';
export { testCwRmmConnection } from './test-connection';
export { type RmmServer, resolveRmmServer } from './urls';
