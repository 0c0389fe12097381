import type { UserClassPermissionField } from '../../permissions/automate-fields';
import type { GrantingFunction } from '../http';

/**
 * Which user class permission lets the API read each Automate path we call, so a 403 can name
 * it. No Automate document maps API paths to permissions: every row is our reading of the spec's
 * permission names (UserClassUserPermissions) and of Rewst's guide (seeds/004: customers missing
 * after a refresh means the user class lacks access to clients), hence `inferred: true`.
 */
interface AutomateEndpointPermission {
  /** Path after `/cwa/api/v1`, matched case-insensitively as a prefix. */
  path: string;
  /** As Automate's User Class Manager shows it. */
  module: string;
  function: string;
  /** The boolean in `UserClass.Permissions` that the audit reads. */
  field: UserClassPermissionField;
  source: string;
}

const SPEC =
  'ConnectWise Automate REST API specification, UserClassUserPermissions (reference/specs/automate)';
const REWST =
  'Rewst: ConnectWise Automate integration (https://docs.rewst.help/documentation/integrations/rmm/connectwise-automate/least-privilege-access-guide-for-connectwise-automate-integration)';

export const AUTOMATE_ENDPOINT_PERMISSIONS: readonly AutomateEndpointPermission[] = [
  { path: '/Clients', module: 'Clients', function: 'Read', field: 'ClientRead', source: `${REWST}; ${SPEC}` },
  { path: '/UserClasses', module: 'User Classes', function: 'Read', field: 'UserClassRead', source: SPEC },
  { path: '/Users', module: 'Users', function: 'Read', field: 'UserRead', source: SPEC },
];

/**
 * The permission that grants an endpoint like `GET /Clients` or `GET /UserClasses/{id}`, and the
 * `UserClass.Permissions` field that holds it.
 */
export function automateGrantingFunctionFor(
  endpoint: string,
): { granting: GrantingFunction; field: UserClassPermissionField } | undefined {
  const path = endpoint.replace(/^[A-Z]+\s+/, '').toLowerCase();
  const row = AUTOMATE_ENDPOINT_PERMISSIONS.find((candidate) => {
    const prefix = candidate.path.toLowerCase();
    return path === prefix || path.startsWith(`${prefix}/`);
  });
  if (!row) return undefined;
  return {
    granting: { module: row.module, function: row.function, source: row.source, inferred: true },
    field: row.field,
  };
}
