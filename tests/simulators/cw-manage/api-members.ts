/**
 * The Manage simulator's API-member directory: `GET /system/apiMembers` (and `/{id}`), shaped as
 * the 2025.1 `ApiMember` model (reference/specs/cw-manage/models-2025.1.json): `identifier`,
 * `name`, `securityRole`, `securityLocation`, `defaultLocation`, `serviceDefaultBoard`,
 * `inactiveFlag`, … Every reference id is nullable there and no field is promised in a response,
 * so the seeded members include a location with a `null` id, left-out locations and board, and a
 * `null` inactive flag (the references themselves are not nullable in the model).
 *
 * Seeded for the tenant-wide audit (issue #21): members on several roles, two integrations sharing
 * one role, one member on the built-in Admin role, one whose role was deleted (its settings answer
 * 404), one on a role with no settings at all. The two key-pair members (`data.apiMembers`) are in
 * the directory too. The listing needs System › Member Maintenance (our reading: API members are a
 * tab of the member screens; no vendor document maps the path to a role function).
 */
import { requiredRole } from '../../../lib/permissions/required-role';
import { json, type RouteContext, type Router } from '../core';
import { type Level, type ManageDataSet, type SecurityRoleRecord, settingsFor } from './data';
import { manageError } from './errors';
import { listResponse } from './listing';

interface Ref {
  id: number | null;
  name?: string;
  _info?: Record<string, string>;
}

/** One `ApiMember` as the listing sends it (key pairs are not part of the model). */
export interface ApiMemberListing {
  id: number;
  identifier: string;
  name?: string;
  securityRole?: Ref | null;
  securityLocation?: Ref | null;
  defaultLocation?: Ref | null;
  defaultDepartment?: (Ref & { identifier?: string }) | null;
  serviceDefaultBoard?: Ref | null;
  excludedServiceBoardIds?: number[];
  inactiveFlag?: boolean | null;
  emailAddress?: string;
  notes?: string;
  _info?: Record<string, string>;
}

export const API_MEMBER_ROUTES = {
  apiMembers: 'GET /system/apimembers',
  apiMember: 'GET /system/apimembers/:id',
} as const;

/** What each route needs at Inquire (see the module comment). */
export const API_MEMBER_ROUTE_FUNCTIONS: Record<string, readonly [string, string]> = {
  [API_MEMBER_ROUTES.apiMembers]: ['System', 'Member Maintenance'],
  [API_MEMBER_ROUTES.apiMember]: ['System', 'Member Maintenance'],
};

/** A role that grants exactly what the given catalogue profiles need (the catalogue's union). */
export function roleFor(id: number, name: string, profiles: readonly string[]): SecurityRoleRecord {
  const levels = new Map(
    requiredRole(profiles).functions.map((entry) => [`${entry.module} › ${entry.function}`, entry.levels]),
  );
  return {
    id,
    name,
    roleType: 'Corporate',
    adminFlag: false,
    inactiveFlag: false,
    settings: settingsFor(id, (module, fn) => {
      const found = levels.get(`${module} › ${fn}`);
      const level = (action: 'add' | 'edit' | 'delete' | 'inquire') =>
        (found?.[action].level ?? 'None') as Level;
      return [level('add'), level('edit'), level('delete'), level('inquire')];
    }),
  };
}

/** The id of the role the directory's "RetiredRMM" member still points at (deleted). */
export const DELETED_ROLE_ID = 99;

const HQ = { id: 1, name: 'Headquarters' };
const BRANCH = { id: 2, name: 'Denver branch' };
const info = { lastUpdated: '2025-01-15T09:00:00Z', updatedBy: 'admin1' };

/**
 * Adds the directory's roles to `data.roles` and returns the members. Role ids 5–7 are new;
 * Admin (1), API Integration (3) and Limited API (4) are the data set's own.
 */
export function seedApiMemberDirectory(data: ManageDataSet): ApiMemberListing[] {
  const roleRef = (role: SecurityRoleRecord) => ({ id: role.id, name: role.name, _info: info });
  const byId = (id: number) => data.roles.find((role) => role.id === id)!;
  const huntress = roleFor(5, 'Huntress API', ['huntress-psa']);
  // One role for two integrations whose needs differ.
  const shared = roleFor(6, 'Integrations (shared)', ['ninjaone-psa', 'threatlocker-psa']);
  const empty: SecurityRoleRecord = { ...roleFor(7, 'Empty role', ['huntress-psa']), settings: [] };
  data.roles.push(huntress, shared, empty);
  const member = (
    id: number,
    identifier: string,
    name: string,
    role: Ref | null,
    extra: Partial<ApiMemberListing> = {},
  ): ApiMemberListing => ({
    id,
    identifier,
    name,
    securityRole: role,
    securityLocation: HQ,
    defaultLocation: HQ,
    defaultDepartment: { id: 10, identifier: 'Services', name: 'Services' },
    inactiveFlag: false,
    _info: info,
    ...extra,
  });
  return [
    member(
      data.apiMembers.integration.id,
      data.apiMembers.integration.identifier,
      'WatchGuard Cloud sync',
      roleRef(byId(3)),
      {
        serviceDefaultBoard: { id: 1, name: 'Help Desk' },
      },
    ),
    member(data.apiMembers.limited.id, data.apiMembers.limited.identifier, 'Limited API', roleRef(byId(4))),
    member(903, 'HuntressEDR', 'Huntress', roleRef(huntress), {
      securityLocation: BRANCH,
      // The spec allows null for every reference id, and no field at all.
      defaultLocation: { id: null, name: '' },
      inactiveFlag: null,
    }),
    member(904, 'NinjaOneRMM', 'NinjaOne', roleRef(shared)),
    member(905, 'ThreatLockerAPI', 'ThreatLocker', roleRef(shared), {
      serviceDefaultBoard: { id: 2, name: 'ThreatLocker' },
    }),
    member(906, 'LegacyBackup', 'Old backup integration', roleRef(byId(1))),
    member(907, 'RetiredRMM', 'Retired RMM tool', { id: DELETED_ROLE_ID, name: 'Retired RMM role' }),
    // The model does not let these references be null: a member without them leaves them out.
    member(908, 'QuoteSync', 'Kaseya Quote Manager', roleRef(empty), {
      defaultLocation: undefined,
      securityLocation: undefined,
    }),
    member(909, 'OldSurvey', 'SmileBack (unused)', roleRef(byId(4)), { inactiveFlag: true }),
  ];
}

/** Mounts the two routes over `members` (read at each request: tests change it in place). */
export function addApiMemberRoutes(
  router: Router,
  members: () => readonly ApiMemberListing[],
  present?: (row: object) => object,
): void {
  router
    .get('/system/apimembers', (ctx: RouteContext) =>
      listResponse(
        ctx,
        [...members()].sort((a, b) => a.id - b.id),
        present ? { present } : {},
      ),
    )
    .get('/system/apimembers/:id', (ctx: RouteContext) => {
      const found = members().find((member) => member.id === Number(ctx.params.id));
      return found ? json(200, found) : manageError(404, 'NotFound', 'No API member has this id.');
    });
}
