/**
 * ConnectWise Manage (PSA) REST client, background only.
 *
 *   const manage = createCwManageClient(config);                       // config: CwManageConfig
 *   for await (const company of manage.companies({ statuses: ['Active'], types: ['Client'], signal })) …
 *   const settings = await manage.all(manage.securityRoleSettings(roleId));
 *   const result = await testCwManageConnection(config);               // TestConnectionResult
 *
 * Failures are `VendorError`s (lib/vendors/http); a 403 carries `grantingFunction`, the role
 * function that grants the endpoint (endpoint-permissions.ts).
 */
export {
  type CwClientOptions,
  type CwManageClient,
  createCwManageClient,
  resetManageVersionFallbacks,
} from './client';

export { companyInfoLookup } from './company-info';
export { type CwManageConfig, cwManageConfigSchema } from './config';

export * from './schemas';
export { testCwManageConnection } from './test-connection';
