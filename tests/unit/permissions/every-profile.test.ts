import { describe, expect, it } from 'vitest';
import {
  ACTIONS,
  type Action,
  auditRole,
  auditUserClass,
  automateProfiles,
  catalogue,
  featureKey,
  findManageFunction,
  type Level,
  levelRank,
  manageProfiles,
  requiredRole,
} from '@/lib/permissions';
import { type RoleRow, roleSettings, rowsFromRequired } from './helpers';

/**
 * The same checks for every profile, so a new vendor table is held to them the day it is added:
 * a role built exactly to the table passes; lowering any one required cell fails on exactly that
 * cell; each optional feature adds exactly the rows the profile ties to it.
 */

const LOWER: Record<Level, Level> = { All: 'My', My: 'None', None: 'None' };

const exactRole = (profileId: string, features: string[] = []) => rowsFromRequired([profileId], features);

function requiredCells(rows: RoleRow[]) {
  return rows.flatMap((row) =>
    ACTIONS.filter((action) => row.levels[action] !== 'None').map((action) => ({ row, action })),
  );
}

describe.each(manageProfiles.map((profile) => [profile.id, profile] as const))(
  'Manage profile %s',
  (id, profile) => {
    const rows = exactRole(id);

    it('passes a role built exactly to its table, in both modes', () => {
      expect(auditRole(roleSettings(rows), [id]).pass).toBe(true);
      expect(auditRole(roleSettings(rows), [id], { mode: 'least-privilege' }).pass).toBe(true);
    });

    it.each(
      requiredCells(rows).map(
        ({ row, action }) => [`${row.module} › ${row.function} › ${action}`, row, action] as const,
      ),
    )('fails on exactly %s lowered', (_name, row, action: Action) => {
      const lowered = rows.map((other) =>
        other === row
          ? { ...other, levels: { ...other.levels, [action]: LOWER[other.levels[action]] } }
          : other,
      );
      const report = auditRole(roleSettings(lowered), [id]);
      expect(report.pass).toBe(false);
      expect(report.findings.filter((finding) => finding.status !== 'ok')).toEqual([
        expect.objectContaining({
          module: row.module,
          function: row.function,
          action,
          required: row.levels[action],
          actual: LOWER[row.levels[action]],
          status: 'missing',
          profiles: [id],
        }),
      ]);
    });

    it.each(profile.optionalFeatures.map((feature) => [feature.id] as const))(
      'optional feature %s is off by default and adds exactly its rows',
      (featureId) => {
        const base = new Map(rows.map((row) => [`${row.module}|${row.function}`, row.levels]));
        const withFeature = exactRole(id, [featureKey(id, featureId)]);
        const added = withFeature.flatMap((row) =>
          ACTIONS.filter(
            (action) =>
              levelRank(row.levels[action]) >
              levelRank(base.get(`${row.module}|${row.function}`)?.[action] ?? 'None'),
          ).map((action) => `${row.module}|${row.function}|${action}|${row.levels[action]}`),
        );
        // What the profile ties to the feature, above what the base role already grants.
        const expected = profile.requirements
          .filter((requirement) => requirement.feature === featureId)
          .flatMap((requirement) => {
            const fn = findManageFunction(requirement.module, requirement.function)!;
            const granted = base.get(`${fn.module}|${fn.function}`);
            return ACTIONS.filter(
              (action) =>
                requirement[action] !== undefined &&
                levelRank(requirement[action]!) > levelRank(granted?.[action] ?? 'None'),
            ).map((action) => `${fn.module}|${fn.function}|${action}|${requirement[action]}`);
          });
        expect(added.length).toBeGreaterThan(0);
        expect([...added].sort()).toEqual([...expected].sort());
        // The base role fails with the feature on, on exactly the added cells.
        const report = auditRole(roleSettings(rows), [id], { features: [featureKey(id, featureId)] });
        expect(
          report.findings
            .filter((finding) => finding.status === 'missing')
            .map((finding) => `${finding.module}|${finding.function}|${finding.action}|${finding.required}`)
            .sort(),
        ).toEqual([...added].sort());
      },
    );

    it('says how much of the source it knows', () => {
      if (profile.partial) expect(profile.partial.shownUpTo).not.toBe('');
      for (const requirement of profile.requirements) {
        if (requirement.inferred) expect(requirement.basis ?? requirement.note).toBeTruthy();
      }
      expect(profile.requirements.length > 0 || profile.manualChecks.length > 0).toBe(true);
    });
  },
);

describe.each(automateProfiles.map((profile) => [profile.id, profile] as const))(
  'Automate profile %s',
  (id, profile) => {
    const needs = profile.requirements.filter((row) => row.feature === undefined);
    const userClass = Object.fromEntries(
      needs.filter((row) => row.scope === 'userClass').map((row) => [row.field, true]),
    );
    const computer = Object.fromEntries(
      needs.filter((row) => row.scope === 'computer').map((row) => [row.field, true]),
    );
    const user = Object.fromEntries(
      needs.filter((row) => row.scope === 'user').map((row) => [row.field, true]),
    );
    const exact = { computerPermissions: computer, user };

    it('passes permissions set exactly to the guide', () => {
      expect(auditUserClass(userClass, [id], exact).pass).toBe(true);
    });

    it.each(needs.map((row) => [`${row.scope}.${row.field}`, row] as const))(
      'fails on exactly %s off',
      (_name, row) => {
        const off = { ...exact, computerPermissions: { ...computer }, user: { ...user } };
        const permissions = { ...userClass };
        if (row.scope === 'userClass') permissions[row.field] = false;
        else if (row.scope === 'computer') off.computerPermissions[row.field] = false;
        else off.user[row.field] = false;
        const report = auditUserClass(permissions, [id], off);
        expect(report.findings.filter((finding) => finding.status !== 'ok')).toEqual([
          expect.objectContaining({ scope: row.scope, permission: row.field, status: 'missing' }),
        ]);
      },
    );

    it.each(profile.optionalFeatures.map((feature) => [feature.id] as const))(
      'optional feature %s adds exactly its rows',
      (featureId) => {
        const report = auditUserClass(userClass, [id], { ...exact, features: [featureKey(id, featureId)] });
        const added = profile.requirements.filter((row) => row.feature === featureId);
        expect(
          report.findings
            .filter((finding) => finding.status === 'missing')
            .map((f) => `${f.scope}.${f.permission}`),
        ).toEqual(added.map((row) => `${row.scope}.${row.field}`));
      },
    );
  },
);

describe('catalogue-wide markers', () => {
  it('marks the profiles the issue names as cut off, inferred, Admin-recommending and sensitive', () => {
    const byId = new Map(catalogue.map((profile) => [profile.id, profile]));
    for (const id of [
      'huntress-psa',
      'liongard-psa',
      'thread-psa',
      'barracuda-intronis-psa',
      'quotewerks-psa',
    ]) {
      expect(byId.get(id)?.partial, id).toBeDefined();
    }
    for (const id of ['threatlocker-psa', 'quotewerks-psa'])
      expect(byId.get(id)?.adminRecommendation, id).toBeTruthy();
    const hudu = requiredRole(['hudu-psa']);
    expect(hudu.functions.find((fn) => fn.function === 'Configuration - Display Passwords')?.sensitive).toBe(
      true,
    );
    expect(hudu.functions.filter((fn) => fn.sensitive).length).toBe(1);
  });

  it('flags a granted password right as sensitive even when no selected profile needs it', () => {
    const rows: RoleRow[] = [
      ...exactRole('datto-rmm-psa'),
      {
        module: 'Companies',
        function: 'Configuration-display passwords',
        levels: { add: 'None', edit: 'None', delete: 'None', inquire: 'All' },
      },
    ];
    const report = auditRole(roleSettings(rows), ['datto-rmm-psa'], { mode: 'least-privilege' });
    expect(report.findings.filter((finding) => finding.sensitive)).toEqual([
      expect.objectContaining({
        function: 'Configuration-display passwords',
        status: 'excess',
        sensitive: true,
      }),
    ]);
  });
});
