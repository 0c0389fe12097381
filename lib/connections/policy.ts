/**
 * The organization's managed policy (`storage.managed`, schema in public/managed_schema.json):
 * presets pushed to every technician's browser, never secrets. Each setting is read on its own,
 * so one bad value costs that value only; every problem is reported in plain words for the
 * options page, where managed values show as "set by your organization".
 */
import { z } from 'zod';
import { describeIssues } from '../messaging/router';
// The id list, not the catalogue: this file is in every content script's bundle.
import { PROFILE_IDS } from '../permissions/profile-ids';
import { secretKeysIn } from './kinds';
import {
  autoLockMinutesSchema,
  type DefaultRegions,
  defaultRegionsSchema,
  type Preferences,
} from './preferences';
import { connectionPresetSchema, type PinnedConnection } from './schemas';

export interface ManagedPolicy {
  /** Passphrase-less (device key) storage is disabled. */
  requirePassphrase: boolean;
  autoLockMinutes?: number;
  defaultRegions: DefaultRegions;
  pinnedConnections: PinnedConnection[];
  /** Permission-catalogue profile ids the role checker preselects. */
  roleCheckerIntegrations?: string[];
}

export const EMPTY_POLICY: ManagedPolicy = {
  requirePassphrase: false,
  defaultRegions: {},
  pinnedConnections: [],
};

export const managedPolicySchema = z.object({
  requirePassphrase: z.boolean(),
  autoLockMinutes: z.number().int().optional(),
  defaultRegions: defaultRegionsSchema,
  pinnedConnections: z.array(connectionPresetSchema),
  roleCheckerIntegrations: z.array(z.string()).optional(),
});

export interface ParsedPolicy {
  policy: ManagedPolicy;
  /** What was ignored and why; shown to the user (and useful to the admin who wrote the policy). */
  problems: string[];
}

const KNOWN_KEYS = [
  'requirePassphrase',
  'autoLockMinutes',
  'defaultRegions',
  'pinnedConnections',
  'roleCheckerIntegrations',
];

export function parseManagedPolicy(raw: unknown): ParsedPolicy {
  const problems: string[] = [];
  const policy: ManagedPolicy = { ...EMPTY_POLICY, defaultRegions: {}, pinnedConnections: [] };
  if (raw === undefined || raw === null) return { policy, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { policy, problems: ['The managed policy is not an object; it was ignored.'] };
  }
  const input = raw as Record<string, unknown>;

  for (const key of Object.keys(input)) {
    if (!KNOWN_KEYS.includes(key)) problems.push(`Unknown policy setting "${key}" was ignored.`);
  }

  if (input.requirePassphrase !== undefined) {
    if (typeof input.requirePassphrase === 'boolean') policy.requirePassphrase = input.requirePassphrase;
    else problems.push('requirePassphrase must be true or false; it was ignored.');
  }

  if (input.autoLockMinutes !== undefined) {
    const parsed = autoLockMinutesSchema.safeParse(input.autoLockMinutes);
    if (parsed.success) policy.autoLockMinutes = parsed.data;
    else problems.push(`autoLockMinutes was ignored: ${parsed.error.issues[0]?.message}`);
  }

  if (input.defaultRegions !== undefined) {
    const parsed = defaultRegionsSchema.safeParse(input.defaultRegions);
    if (parsed.success) policy.defaultRegions = parsed.data;
    else problems.push(`defaultRegions was ignored: ${describeIssues(parsed.error)}`);
  }

  if (input.pinnedConnections !== undefined) {
    policy.pinnedConnections = parsePinned(input.pinnedConnections, problems);
  }

  if (input.roleCheckerIntegrations !== undefined) {
    const parsed = z.array(z.string()).safeParse(input.roleCheckerIntegrations);
    if (!parsed.success) {
      problems.push('roleCheckerIntegrations must be a list of integration ids; it was ignored.');
    } else {
      const known = parsed.data.filter((id) => PROFILE_IDS.has(id));
      for (const id of parsed.data.filter((candidate) => !PROFILE_IDS.has(candidate))) {
        problems.push(`roleCheckerIntegrations: "${id}" is not a known integration and was ignored.`);
      }
      policy.roleCheckerIntegrations = known;
    }
  }
  return { policy, problems };
}

function parsePinned(raw: unknown, problems: string[]): PinnedConnection[] {
  if (!Array.isArray(raw)) {
    problems.push('pinnedConnections must be a list; it was ignored.');
    return [];
  }
  const pinned: PinnedConnection[] = [];
  raw.forEach((entry, index) => {
    const where = `pinnedConnections[${index}]`;
    const secretKeys = secretKeysIn(entry);
    if (secretKeys.length) {
      // Refuse the whole entry: a policy that carries secrets is a mistake the admin must see.
      problems.push(`${where} was ignored: policies cannot carry secrets (${secretKeys.join(', ')}).`);
      return;
    }
    const parsed = connectionPresetSchema.safeParse(entry);
    if (!parsed.success) {
      problems.push(`${where} was ignored: ${describeIssues(parsed.error)}`);
      return;
    }
    if (pinned.some((other) => other.id === parsed.data.id)) {
      problems.push(`${where} was ignored: the id "${parsed.data.id}" is used twice.`);
      return;
    }
    pinned.push(parsed.data);
  });
  return pinned;
}

/** Preferences as they apply: the policy's values win over the user's. */
export function effectivePreferences(preferences: Preferences, policy: ManagedPolicy): Preferences {
  return {
    autoLockMinutes: policy.autoLockMinutes ?? preferences.autoLockMinutes,
    defaultRegions: { ...preferences.defaultRegions, ...policy.defaultRegions },
  };
}

/** Which preferences the policy sets, for "set by your organization" and read-only fields. */
export function managedFields(policy: ManagedPolicy) {
  return {
    requirePassphrase: policy.requirePassphrase,
    autoLockMinutes: policy.autoLockMinutes !== undefined,
    defaultRegions: Object.keys(policy.defaultRegions),
    pinnedConnectionIds: policy.pinnedConnections.map((pinned) => pinned.id),
    roleCheckerIntegrations: policy.roleCheckerIntegrations ?? null,
  };
}
