import { CATALOGUE_VERSION, resolveProfiles } from './catalogue';
import { ACTIONS, levelAtRank } from './levels';
import { compareText, manageUnion, sortKey, type UnionAction } from './manage-union';
import { copyCheck, readMode, summarise } from './mode';
import { indexRoleSettings } from './settings';
import type { AuditMode, RoleAuditReport, RoleFinding } from './types';

export interface AuditRoleOptions {
  /** 'minimum' (default) fails only what is missing; 'least-privilege' also fails excess. */
  mode?: AuditMode;
}

/**
 * Audits a ConnectWise Manage security role (the settings array from
 * `GET /system/securityRoles/{id}/settings` or `/system/mySecurity`) against the selected Manage
 * profiles. A function absent from the settings counts as None. Bad input throws a
 * PermissionsInputError rather than returning a report.
 */
export function auditRole(
  settings: unknown,
  profileIds: readonly string[],
  options?: AuditRoleOptions,
): RoleAuditReport {
  const mode = readMode(options);
  const profiles = resolveProfiles(profileIds, 'manage');
  const rows = indexRoleSettings(settings);
  const union = manageUnion(profiles);
  const leastPrivilege = mode === 'least-privilege';
  const sorted: { order: string; action: number; finding: RoleFinding }[] = [];

  const excess = (
    module: string,
    fn: string,
    order: string,
    action: number,
    required: number,
    actual: number,
  ) =>
    sorted.push({
      order,
      action,
      finding: {
        kind: 'role',
        module,
        function: fn,
        action: ACTIONS[action]!,
        required: levelAtRank(required),
        actual: levelAtRank(actual),
        status: 'excess',
        // Only a source that says "everything else stays off" objects to extra rights.
        profiles: [...union.exhaustive],
        inferred: false,
      },
    });

  for (const entry of union.functions) {
    const row = rows.get(entry.key);
    for (let action = 0; action < 4; action++) {
      const actual = row ? row.ranks[action]! : 0;
      const requirement: UnionAction | undefined = entry.actions[action];
      if (!requirement) {
        if (leastPrivilege && actual > 0)
          excess(entry.module, entry.function, entry.order, action, 0, actual);
        continue;
      }
      if (leastPrivilege && actual > requirement.rank) {
        excess(entry.module, entry.function, entry.order, action, requirement.rank, actual);
        continue;
      }
      const missing = actual < requirement.rank;
      const behind = missing
        ? requirement.contributions.filter((contribution) => contribution.rank > actual)
        : requirement.contributions;
      sorted.push({
        order: entry.order,
        action,
        finding: {
          kind: 'role',
          module: entry.module,
          function: entry.function,
          action: ACTIONS[action]!,
          required: levelAtRank(requirement.rank),
          actual: levelAtRank(actual),
          status: missing ? 'missing' : 'ok',
          profiles: behind.map((contribution) => contribution.profileId),
          inferred: behind.every((contribution) => contribution.inferred),
        },
      });
    }
  }

  if (leastPrivilege) {
    for (const [key, row] of rows) {
      if (union.byKey.has(key)) continue;
      const order = sortKey(row.module, row.function);
      for (let action = 0; action < 4; action++) {
        const actual = row.ranks[action]!;
        if (actual > 0) excess(row.module, row.function, order, action, 0, actual);
      }
    }
  }

  sorted.sort((a, b) => compareText(a.order, b.order) || a.action - b.action);
  const findings = sorted.map((item) => item.finding);
  const manualChecks = union.manualChecks.map(copyCheck);
  const summary = summarise(findings, manualChecks.length);
  return {
    product: 'manage',
    mode,
    catalogueVersion: CATALOGUE_VERSION,
    profiles: [...union.profileIds],
    pass: summary.missing === 0 && summary.excess === 0,
    summary,
    findings,
    manualChecks,
  };
}
