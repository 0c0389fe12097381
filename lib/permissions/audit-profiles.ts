import { resolveFeatures } from './features';
import { ACTIONS, levelAtRank } from './levels';
import { compareText, manageUnion, type UnionAction } from './manage-union';
import { copyCheck, readMode, summarise } from './mode';
import type { ManageProfile } from './schema';
import { indexRoleSettings } from './settings';
import type { AuditMode, RoleAuditReport, RoleFinding } from './types';

/*
 * Runs in: anywhere the audit runs (pure). Given the profiles themselves, not the catalogue, so
 * the role checker's page script audits against the profiles it read from storage.
 */

export interface AuditRoleOptions {
  /** 'minimum' (default) fails only what is missing; 'least-privilege' also fails excess. */
  mode?: AuditMode;
  /** Optional features switched on, as "<profile id>/<feature id>"; all off by default. */
  features?: readonly string[];
}

/**
 * Audits a ConnectWise Manage security role (the settings array from
 * `GET /system/securityRoles/{id}/settings` or `/system/mySecurity`) against Manage profiles,
 * resolved as `resolveProfiles` does (in catalogue order, at least one), of the catalogue
 * `catalogueVersion` names. A function absent from the settings counts as None. Bad input throws
 * a PermissionsInputError rather than returning a report. `auditRole` (audit-role.ts) resolves
 * profile ids against the catalogue first.
 */
export function auditRoleProfiles(
  settings: unknown,
  profiles: readonly ManageProfile[],
  catalogueVersion: string,
  options?: AuditRoleOptions,
): RoleAuditReport {
  const mode = readMode(options);
  const features = resolveFeatures(options?.features, profiles);
  const rows = indexRoleSettings(settings);
  const union = manageUnion(profiles, features);
  const leastPrivilege = mode === 'least-privilege';
  // union.functions is already in sort order, and each function's actions are visited in order,
  // so only the rows outside the catalogue need sorting; the two runs are then merged. Sorting
  // every finding instead costs more than the rest of the audit.
  const catalogued: { order: string; finding: RoleFinding }[] = [];
  const uncatalogued: { order: string; finding: RoleFinding }[] = [];

  // Only a source that says "everything else stays off" objects to extra rights. One copy per
  // report keeps the cached union safe from callers that edit a report.
  const exhaustive = [...union.exhaustive];
  const excess = (
    into: typeof catalogued,
    module: string,
    fn: string,
    order: string,
    action: number,
    required: number,
    actual: number,
    sensitive: boolean,
  ) =>
    into.push({
      order,
      finding: {
        kind: 'role',
        module,
        function: fn,
        action: ACTIONS[action]!,
        required: levelAtRank(required),
        actual: levelAtRank(actual),
        status: 'excess',
        profiles: exhaustive,
        inferred: false,
        // A granted right that reveals secrets is flagged even where no profile needs it.
        ...(sensitive && { sensitive: true }),
      },
    });

  for (const entry of union.functions) {
    const row = rows.get(entry.key);
    for (let action = 0; action < 4; action++) {
      const actual = row ? row.ranks[action]! : 0;
      const requirement: UnionAction | undefined = entry.actions[action];
      if (!requirement) {
        if (leastPrivilege && actual > 0)
          excess(catalogued, entry.module, entry.function, entry.key, action, 0, actual, entry.sensitive);
        continue;
      }
      if (leastPrivilege && actual > requirement.rank) {
        excess(
          catalogued,
          entry.module,
          entry.function,
          entry.key,
          action,
          requirement.rank,
          actual,
          entry.sensitive,
        );
        continue;
      }
      const missing = actual < requirement.rank;
      const behind = missing
        ? requirement.contributions.filter((contribution) => contribution.rank > actual)
        : requirement.contributions;
      catalogued.push({
        order: entry.key,
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
          ...(entry.sensitive && (actual > 0 || requirement.rank > 0) && { sensitive: true }),
        },
      });
    }
  }

  if (leastPrivilege) {
    const extraRows = [...rows]
      .filter(([key]) => !union.byKey.has(key))
      // Rows are indexed by functionKey, the same order the union is sorted in.
      .map(([key, row]) => ({ row, order: key }))
      .sort((a, b) => compareText(a.order, b.order));
    for (const { row, order } of extraRows) {
      for (let action = 0; action < 4; action++) {
        const actual = row.ranks[action]!;
        if (actual > 0)
          excess(uncatalogued, row.module, row.function, order, action, 0, actual, row.sensitive);
      }
    }
  }

  const findings = mergeByOrder(catalogued, uncatalogued);
  const manualChecks = union.manualChecks.map(copyCheck);
  const summary = summarise(findings, manualChecks.length);
  return {
    product: 'manage',
    mode,
    catalogueVersion,
    profiles: [...union.profileIds],
    pass: summary.missing === 0 && summary.excess === 0,
    summary,
    findings,
    manualChecks,
  };
}

/** Merges two runs already sorted by `order` (keys never repeat across the runs). */
function mergeByOrder(a: { order: string; finding: RoleFinding }[], b: typeof a): RoleFinding[] {
  const merged: RoleFinding[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const takeA = j >= b.length || (i < a.length && compareText(a[i]!.order, b[j]!.order) <= 0);
    merged.push(takeA ? a[i++]!.finding : b[j++]!.finding);
  }
  return merged;
}
