/**
 * ConnectWise Automate REST client, background only.
 *
 *   const automate = createCwAutomateClient(config);                  // config: CwAutomateConfig
 *   for await (const client of automate.clients({ signal })) …
 *   const userClass = await automate.userClass(id);                   // .Permissions → auditUserClass
 *   const result = await testCwAutomateConnection(config);            // TestConnectionResult
 *
 * Sign-in handles two-factor users with a stored TOTP secret (RFC 6238, totp.ts) and renews the
 * token before expiry. Failures are `VendorError`s (lib/vendors/http); a 403 names the user class
 * permission that grants the endpoint (endpoint-permissions.ts).
 */

export {
  type CwAutomateClient,
  type CwAutomateClientOptions,
  createCwAutomateClient,
} from './client';
export {
  automateApiBaseUrl,
  type CwAutomateConfig,
  cwAutomateConfigSchema,
} from './config';

export * from './schemas';
export { testCwAutomateConnection } from './test-connection';
