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
  type CompanyFilter,
  type CwClientOptions,
  type CwManageClient,
  createCwManageClient,
  type ListOptions,
  type ManagePaging,
  resetManageVersionFallbacks,
} from './client';
export { allOf, anyOf, quoted } from './conditions';
export { apiBaseUrl, type CwManageConfig, checkManageConfig, cwManageConfigSchema } from './config';
export { grantingFunctionFor, MANAGE_ENDPOINT_PERMISSIONS } from './endpoint-permissions';
export * from './schemas';
export { testCwManageConnection } from './test-connection';
