import { AUTOMATE_FIELDS_BY_SCOPE, AUTOMATE_SCOPES, type AutomateScope } from './automate-fields';
import { CATALOGUE_VERSION, resolveFeatures, resolveProfiles } from './catalogue';
import { describeValue, PermissionsInputError } from './errors';
import { copyCheck, readMode, summarise } from './mode';
import { featureOn, profileChecks } from './profile-checks';
import type { AutomateProfile } from './schema';
import type { AuditMode, ManualCheck, UserClassAuditReport, UserClassFinding } from './types';

export interface AuditUserClassOptions {
  mode?: AuditMode;
  /**
   * The user class's default computer permissions (`ComputerPermissions`). Without them, the
   * computer permissions a profile needs are returned as a manual check.
   */
  computerPermissions?: unknown;
  /** The integration's Automate user (`User`); only its flags are read. */
  user?: unknown;
  /** Optional features switched on, as "<profile id>/<feature id>"; all off by default. */
  features?: readonly string[];
}

interface Need {
  scope: AutomateScope;
  field: string;
  label: string;
  profiles: string[];
  inferred: boolean;
  ifMissing?: string | undefined;
}

const SCOPE_INPUT: Record<AutomateScope, string> = {
  userClass: 'permissions',
  computer: 'computerPermissions',
  user: 'user',
};

const SCOPE_CHECK: Record<
  Exclude<AutomateScope, 'userClass'>,
  { title: string; evaluator: ManualCheck['evaluator'] }
> = {
  computer: { title: 'Default computer permissions', evaluator: 'auditUserClass.computerPermissions' },
  user: { title: 'Automate user settings', evaluator: 'auditUserClass.user' },
};

/**
 * Reads the booleans of one Automate permission object. Keys match case-insensitively because
 * some clients re-case the API's PascalCase; a value that is neither boolean nor null is refused.
 */
function readFlags(input: unknown, scope: AutomateScope): Map<string, boolean> {
  const name = SCOPE_INPUT[scope];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new PermissionsInputError(
      'not-an-object',
      `Automate ${name} must be an object (got ${describeValue(input)}).`,
      {
        field: name,
        value: describeValue(input),
      },
    );
  }
  const known = new Map(AUTOMATE_FIELDS_BY_SCOPE[scope].map((field) => [field.toLowerCase(), field]));
  const flags = new Map<string, boolean>();
  for (const [key, value] of Object.entries(input)) {
    const field = known.get(key.toLowerCase());
    if (!field) continue; // Not a permission we know (the API may add some), or another property.
    if (flags.has(field)) {
      throw new PermissionsInputError('duplicate-row', `Automate ${name} sets ${field} twice (as ${key}).`, {
        field: key,
      });
    }
    if (value !== null && value !== undefined && typeof value !== 'boolean') {
      throw new PermissionsInputError(
        'invalid-value',
        `Automate ${name}.${key} must be true or false (got ${describeValue(value)}).`,
        { field: key, value: describeValue(value) },
      );
    }
    flags.set(field, value === true);
  }
  return flags;
}

/** Permissions that reveal secrets: flagged wherever they are required or granted. */
const SENSITIVE_FIELDS: ReadonlySet<string> = new Set(['ShowPasswords']);

function collectNeeds(
  profiles: readonly AutomateProfile[],
  features: ReadonlySet<string>,
): Map<string, Need> {
  const needs = new Map<string, Need>();
  for (const profile of profiles) {
    for (const row of profile.requirements) {
      if (!featureOn(profile, row.feature, features)) continue;
      const key = `${row.scope}.${row.field}`;
      const need = needs.get(key);
      if (need) {
        need.profiles.push(profile.id);
        need.inferred &&= row.inferred;
        need.ifMissing ??= row.ifMissing;
      } else {
        needs.set(key, { ...row, profiles: [profile.id], inferred: row.inferred });
      }
    }
  }
  return needs;
}

/**
 * Audits a ConnectWise Automate user class (`UserClass.Permissions` from
 * `GET /api/v1/UserClasses/{id}`) against the selected Automate profiles. The report has the same
 * shape as a Manage audit, with the API permission name in place of module/function/action.
 */
export function auditUserClass(
  permissions: unknown,
  profileIds: readonly string[],
  options?: AuditUserClassOptions,
): UserClassAuditReport {
  const mode = readMode(options);
  const profiles = resolveProfiles(profileIds, 'automate');
  const features = resolveFeatures(options?.features, profiles);
  const inputs: Record<AutomateScope, unknown> = {
    userClass: permissions,
    computer: options?.computerPermissions,
    user: options?.user,
  };
  const flagsByScope = new Map<AutomateScope, Map<string, boolean>>();
  for (const scope of AUTOMATE_SCOPES) {
    if (scope === 'userClass' || inputs[scope] !== undefined)
      flagsByScope.set(scope, readFlags(inputs[scope], scope));
  }

  const needs = collectNeeds(profiles, features);
  const exhaustive = profiles
    .filter((profile) => profile.strictness === 'exhaustive')
    .map((profile) => profile.id);
  const findings: UserClassFinding[] = [];
  const unevaluated = new Map<AutomateScope, Need[]>();

  for (const scope of AUTOMATE_SCOPES) {
    const flags = flagsByScope.get(scope);
    for (const field of AUTOMATE_FIELDS_BY_SCOPE[scope]) {
      const need = needs.get(`${scope}.${field}`);
      if (!flags) {
        if (need) unevaluated.set(scope, [...(unevaluated.get(scope) ?? []), need]);
        continue;
      }
      const actual = flags.get(field) ?? false;
      if (need) {
        findings.push({
          kind: 'user-class',
          scope,
          permission: field,
          label: need.label,
          required: true,
          actual,
          status: actual ? 'ok' : 'missing',
          profiles: [...need.profiles],
          inferred: need.inferred,
          ...(SENSITIVE_FIELDS.has(field) && { sensitive: true as const }),
          ...(!actual && need.ifMissing ? { ifMissing: need.ifMissing } : {}),
        });
      } else if (mode === 'least-privilege' && actual) {
        findings.push({
          kind: 'user-class',
          scope,
          permission: field,
          label: field,
          required: false,
          actual,
          status: 'excess',
          profiles: [...exhaustive],
          inferred: false,
          ...(SENSITIVE_FIELDS.has(field) && { sensitive: true as const }),
        });
      }
    }
  }

  const manualChecks: ManualCheck[] = profiles.flatMap((profile) =>
    profileChecks(profile, features).map(copyCheck),
  );
  // Permissions whose object the caller did not pass stay visible, as one check per object.
  for (const [scope, pending] of unevaluated) {
    if (scope === 'userClass') continue;
    const check = SCOPE_CHECK[scope];
    const owners = [...new Set(pending.flatMap((need) => need.profiles))];
    manualChecks.push({
      id: `${owners.join('+')}/${scope}`,
      profiles: owners,
      title: check.title,
      detail: `Confirm: ${pending.map((need) => need.label).join('; ')}.`,
      source: profiles.find((profile) => profile.id === owners[0])!.source,
      inferred: pending.every((need) => need.inferred),
      evaluator: check.evaluator,
    });
  }

  const summary = summarise(findings, manualChecks.length);
  return {
    product: 'automate',
    mode,
    catalogueVersion: CATALOGUE_VERSION,
    profiles: profiles.map((profile) => profile.id),
    pass: summary.missing === 0 && summary.excess === 0,
    summary,
    findings,
    manualChecks,
  };
}
