import type { ApiMemberTags } from '../../connections/kinds/cw-manage';
import { auditRole } from '../../permissions/audit-role';
import { CATALOGUE_VERSION, getProfile } from '../../permissions/catalogue';
import { PermissionsInputError } from '../../permissions/errors';
import { ACTION_LABELS, ACTIONS, LEVELS } from '../../permissions/levels';
import { requiredRole } from '../../permissions/required-role';
import { indexRoleSettings } from '../../permissions/settings';
import type { RoleAuditReport } from '../../permissions/types';
import type { ManageRoleSummary } from '../../role-checker/background/api-audit';
import { explainAuditFailure } from '../../role-checker/background/audit-errors';
import type { ApiMember } from '../../vendors/cw-manage/schemas';
import { isVendorError } from '../../vendors/http';
import type { FleetRun, MemberResult, RoleSnapshot } from '../schemas';
import { type MemberScope, scopeNotes } from '../scope';

/**
 * Runs in: the background. The tenant-wide audit: every API member's role read ONCE (members
 * sharing a role share the read), each member audited in least-privilege mode against the
 * integrations it is tagged with. Members on one role with the same tags share one report.
 * Throws only when the member list itself cannot be read; a role that cannot be read (403,
 * deleted, malformed) becomes that member's verdict, with the reason.
 */

export interface FleetReader {
  /** `GET /system/apiMembers`, every page. */
  listApiMembers(signal?: AbortSignal): Promise<ApiMember[]>;
  /** `GET /system/securityRoles` (for the Admin flag and deleted roles). */
  listRoles(signal?: AbortSignal): Promise<ManageRoleSummary[]>;
  /** `GET /system/securityRoles/{id}/settings`. */
  roleSettings(roleId: number, signal?: AbortSignal): Promise<unknown>;
}

export interface FleetAuditOptions {
  signal?: AbortSignal;
  /** Role reads in flight at once (default 4: polite to a shared tenant). */
  concurrency?: number;
}

type RoleRead =
  | { state: 'read'; settings: unknown }
  | { state: 'deleted' }
  | { state: 'failed'; message: string };

export type FleetAuditResult = Pick<
  FleetRun,
  'catalogueVersion' | 'members' | 'roles' | 'reports' | 'requests'
>;

const BUILT_IN_ADMIN = 'admin';

export async function auditFleet(
  reader: FleetReader,
  tags: ApiMemberTags,
  options: FleetAuditOptions = {},
): Promise<FleetAuditResult> {
  let requests = 0;
  const counted = <T>(work: Promise<T>) => {
    requests += 1;
    return work;
  };
  const members = await counted(reader.listApiMembers(options.signal));
  let roles: Map<number, ManageRoleSummary> | null = null;
  try {
    roles = new Map((await counted(reader.listRoles(options.signal))).map((role) => [role.id, role]));
  } catch (error) {
    // Without the list the audit still reads each role; only the Admin flag falls back to the name.
    if (options.signal?.aborted) throw error;
  }

  const roleIds = [
    ...new Set(
      members.flatMap((member) => (member.securityRole?.id != null ? [member.securityRole.id] : [])),
    ),
  ];
  const reads = new Map<number, RoleRead>();
  const queue = [...roleIds];
  const worker = async () => {
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      if (roles && !roles.has(id)) {
        reads.set(id, { state: 'deleted' });
        continue;
      }
      try {
        reads.set(id, { state: 'read', settings: await counted(reader.roleSettings(id, options.signal)) });
      } catch (error) {
        if (options.signal?.aborted) throw error;
        reads.set(id, isVendorError(error) && error.status === 404 ? { state: 'deleted' } : failed(error));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, worker));

  const reports: Record<string, RoleAuditReport> = {};
  const results: MemberResult[] = members.map((member) => {
    const roleId = member.securityRole?.id ?? null;
    const listed = roleId === null ? undefined : roles?.get(roleId);
    const roleName = listed?.name ?? member.securityRole?.name ?? null;
    const memberTags = [...new Set(tags[String(member.id)] ?? [])].filter(
      (id) => getProfile(id)?.product === 'manage',
    );
    const scope = memberPlaces(member);
    const base = {
      memberId: member.id,
      identifier: member.identifier,
      name: member.name ?? null,
      inactive: member.inactiveFlag ?? null,
      roleId,
      roleName,
      tags: memberTags,
      counts: { missing: 0, excess: 0, manual: 0 },
      adminRole: listed ? listed.adminFlag === true : roleName?.trim().toLowerCase() === BUILT_IN_ADMIN,
      sensitiveExcess: [] as string[],
      sharesRoleWith: [] as string[],
      scope: scopeNotes(scope, memberTags, undefined),
    };
    if (roleId === null) {
      return { ...base, verdict: 'no-role', message: 'ConnectWise names no security role for this member.' };
    }
    const read = reads.get(roleId);
    if (!read || read.state === 'deleted') {
      return {
        ...base,
        verdict: 'role-deleted',
        message: `Its security role ${roleName ? `“${roleName}” ` : ''}(id ${roleId}) no longer exists: the integration’s calls are refused until the member gets a role.`,
      };
    }
    if (read.state === 'failed') return { ...base, verdict: 'unreadable', message: read.message };
    if (memberTags.length === 0) return { ...base, verdict: 'untagged' };
    const reportKey = `${roleId}|${[...memberTags].sort().join(',')}`;
    let report = reports[reportKey];
    if (!report) {
      try {
        report = auditRole(read.settings, memberTags, { mode: 'least-privilege' });
      } catch (error) {
        if (!(error instanceof PermissionsInputError)) throw error;
        return {
          ...base,
          verdict: 'unreadable',
          message: `The role’s settings could not be audited: ${error.message}`,
        };
      }
      reports[reportKey] = report;
    }
    const sensitive = report.findings
      .filter((finding) => finding.status === 'excess' && finding.sensitive)
      .map((finding) => `${finding.module} › ${finding.function}`);
    const empty = Array.isArray(read.settings) && read.settings.length === 0;
    return {
      ...base,
      verdict: report.summary.missing > 0 ? 'missing' : report.summary.excess > 0 ? 'excess' : 'pass',
      counts: {
        missing: report.summary.missing,
        excess: report.summary.excess,
        manual: report.summary.manual,
      },
      sensitiveExcess: [...new Set(sensitive)],
      scope: scopeNotes(scope, memberTags, report),
      reportKey,
      ...(empty ? { message: 'The role has no settings at all: it grants nothing.' } : {}),
    };
  });

  flagSharedRoles(results);
  return {
    catalogueVersion: CATALOGUE_VERSION,
    members: results,
    roles: snapshots(reads, roles, members),
    reports,
    requests,
  };
}

/** Where a member works, as the report shows it: a null reference id is "not set". */
export function memberPlaces(member: ApiMember): MemberScope {
  return {
    securityLocation: member.securityLocation?.name || null,
    defaultLocation:
      member.defaultLocation?.id != null
        ? member.defaultLocation.name || `#${member.defaultLocation.id}`
        : null,
    defaultBoard: member.serviceDefaultBoard?.name || null,
  };
}

function failed(error: unknown): RoleRead {
  return {
    state: 'failed',
    message: explainAuditFailure(error)?.message ?? 'ConnectWise did not answer as expected for this role.',
  };
}

/**
 * Members on one role whose integrations need different rights: the role grants each what the
 * others need. Tagged members only; the same tags on one role is one integration twice, not this.
 */
function flagSharedRoles(results: MemberResult[]): void {
  const byRole = new Map<number, MemberResult[]>();
  for (const result of results) {
    if (result.roleId === null || result.tags.length === 0 || result.reportKey === undefined) continue;
    byRole.set(result.roleId, [...(byRole.get(result.roleId) ?? []), result]);
  }
  const needsCache = new Map<string, string>();
  const needs = (tags: readonly string[]) => {
    const key = [...tags].sort().join(',');
    let found = needsCache.get(key);
    if (found === undefined) {
      found = JSON.stringify(
        requiredRole(tags).functions.map((entry) => [
          entry.module,
          entry.function,
          ACTIONS.map((a) => entry.levels[a].level),
        ]),
      );
      needsCache.set(key, found);
    }
    return found;
  };
  for (const group of byRole.values()) {
    for (const member of group) {
      member.sharesRoleWith = group
        .filter((other) => other !== member && needs(other.tags) !== needs(member.tags))
        .map((other) => other.identifier);
    }
  }
}

/** Every role read, as the rights it grants ("Companies › Company Maintenance › Inquire: All"). */
function snapshots(
  reads: ReadonlyMap<number, RoleRead>,
  roles: ReadonlyMap<number, ManageRoleSummary> | null,
  members: readonly ApiMember[],
): RoleSnapshot[] {
  const snapshotsOut: RoleSnapshot[] = [];
  for (const [id, read] of reads) {
    if (read.state !== 'read') continue;
    let rows: ReturnType<typeof indexRoleSettings>;
    try {
      rows = indexRoleSettings(read.settings);
    } catch {
      continue;
    }
    const rights: string[] = [];
    for (const row of rows.values()) {
      row.ranks.forEach((rank, action) => {
        if (rank > 0)
          rights.push(
            `${row.module} › ${row.function} › ${ACTION_LABELS[ACTIONS[action]!]}: ${LEVELS[rank]}`,
          );
      });
    }
    const name =
      roles?.get(id)?.name ??
      members.find((member) => member.securityRole?.id === id)?.securityRole?.name ??
      `Role ${id}`;
    snapshotsOut.push({ id, name, rights: rights.sort() });
  }
  return snapshotsOut.sort((a, b) => a.id - b.id);
}
