import type { GrantingFunction } from '../http';

/**
 * Which ConnectWise Manage security-role function grants each API path we call, so a 403 can
 * name it ("the role lacks Companies › Company Maintenance › Inquire"). Module and function names
 * follow the catalogue in lib/permissions/manage-modules.ts (the names the vendor documents use).
 *
 * No vendor document maps API paths to role functions directly: every row is our reading of the
 * documents named in `source`, hence `inferred: true` unless the document ties that data to that
 * function itself.
 */
interface EndpointPermission extends GrantingFunction {
  /** Path after `/apis/3.0`, `:id` for a path parameter. Matched case-insensitively. */
  path: string;
}

const WATCHGUARD_PSA =
  'WatchGuard Cloud: ConnectWise Manage PSA integration settings (https://www.watchguard.com/help/docs/help-center/en-us/content/en-US/WG-Cloud/psa_integration/integrate_connectwise_psa.html)';
const NINJAONE =
  'NinjaOne: ConnectWise Manage REST API key setup (https://www.ninjaone.com/docs/integrations/service-automation-and-management-psa-and-itsm/connectwise-manage/manage-rest-api-key-setup/)';
const THREATLOCKER =
  'ThreatLocker: ConnectWise Manage custom integration (https://threatlocker.kb.help/connectwise-manage-custom-integration)';
const API_NOTES = 'ConnectWise Manage API research notes §1.10 (reference/vendor-apis.md)';

export const MANAGE_ENDPOINT_PERMISSIONS: readonly EndpointPermission[] = [
  // Table Setup's "Customize" list holds Company / Company Status (and types) — API notes §1.10.
  {
    path: '/company/companies/statuses',
    module: 'System',
    function: 'Table Setup',
    level: 'Inquire',
    source: API_NOTES,
    inferred: true,
  },
  {
    path: '/company/companies/types',
    module: 'System',
    function: 'Table Setup',
    level: 'Inquire',
    source: API_NOTES,
    inferred: true,
  },
  // Company sync needs Company Maintenance › Inquire in both integration guides.
  {
    path: '/company/companies',
    module: 'Companies',
    function: 'Company Maintenance',
    level: 'Inquire',
    source: `${WATCHGUARD_PSA}; ${NINJAONE}`,
    inferred: true,
  },
  // "System - Security - Inquire" is how one integration guide names reading security roles.
  {
    path: '/system/securityroles',
    module: 'System',
    function: 'Security',
    level: 'Inquire',
    source: API_NOTES,
    inferred: true,
  },
  // API members are a tab of the member screens in Manage; the same function is our reading.
  {
    path: '/system/apimembers',
    module: 'System',
    function: 'Member Maintenance',
    level: 'Inquire',
    source: API_NOTES,
    inferred: true,
  },
  {
    path: '/system/members',
    module: 'System',
    function: 'Member Maintenance',
    level: 'Inquire',
    source: API_NOTES,
    inferred: true,
  },
  // Service boards and their statuses are Table Setup entries (Service / Service Board).
  {
    path: '/service/boards',
    module: 'System',
    function: 'Table Setup',
    level: 'Inquire',
    source: `${API_NOTES}; ${THREATLOCKER}`,
    inferred: true,
  },
  // Agreements and their additions (license counts) — both guides grant Finance › Agreements.
  {
    path: '/finance/agreements',
    module: 'Finance',
    function: 'Agreements',
    level: 'Inquire',
    source: `${WATCHGUARD_PSA}; ${THREATLOCKER}`,
    inferred: true,
  },
  // The executive summary lands in a configuration (ThreatLocker); its types are a setup list.
  {
    path: '/company/configurations',
    module: 'Companies',
    function: 'Configurations',
    level: 'Inquire',
    source: THREATLOCKER,
    inferred: true,
  },
  {
    path: '/company/configurations/types',
    module: 'System',
    function: 'Table Setup',
    level: 'Inquire',
    source: `${API_NOTES}; ${THREATLOCKER}`,
    inferred: true,
  },
  {
    path: '/system/info',
    module: 'System',
    function: 'My Company',
    level: 'Inquire',
    source: WATCHGUARD_PSA,
    inferred: true,
  },
];

/**
 * The function that grants an endpoint like `GET /company/companies/17` or
 * `GET /service/boards/3/statuses`: the longest table path that is a prefix of it.
 */
export function grantingFunctionFor(endpoint: string): GrantingFunction | undefined {
  const path = endpoint
    .replace(/^[A-Z]+\s+/, '')
    .split('?')[0]!
    .toLowerCase();
  let best: EndpointPermission | undefined;
  for (const row of MANAGE_ENDPOINT_PERMISSIONS) {
    const prefix = row.path.toLowerCase();
    if ((path === prefix || path.startsWith(`${prefix}/`)) && (!best || prefix.length > best.path.length)) {
      best = row;
    }
  }
  if (!best) return undefined;
  const { path: _path, ...granting } = best;
  return granting;
}
