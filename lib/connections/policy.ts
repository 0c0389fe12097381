/**
 * The organization's managed policy (`storage.managed`, schema in public/managed_schema.json):
 * presets pushed to every technician's browser, never secrets. Each setting is read on its own
 * and taken whole or not at all: a setting with any bad part (a wrong type, a number out of
 * range, an unknown vendor, region, key or integration, a secret) is ignored entirely, never
 * applied in part, and the problem is reported in plain words for the Status page.
 *
 * The schema declares only types, on purpose: Chrome checks policy against it first and silently
 * drops (or strips the unknown keys of) any value that does not fit, so the stricter checks live
 * here, where they can be reported (see README, "Deploying to a fleet").
 */
import { z } from 'zod';
import { describeIssues } from '../messaging/router';
// The id lists, not the catalogue: this file is in every content script's bundle.
import { MANAGE_PROFILE_IDS, PROFILE_IDS } from '../permissions/profile-ids';
import { vendorIdSchema } from '../vendor-ids';
import { CONNECTION_KINDS, kindOf, secretKeysIn } from './kinds';
import {
  autoLockMinutesSchema,
  type DefaultRegions,
  defaultRegionsSchema,
  type Preferences,
} from './preferences';
import { type ConnectionRecord, connectionPresetSchema, type PinnedConnection } from './schemas';

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
    const integrations = parseIntegrations(input.roleCheckerIntegrations, problems);
    if (integrations) policy.roleCheckerIntegrations = integrations;
  }
  return { policy, problems };
}

/**
 * The role checker checks ConnectWise Manage security roles, so only Manage integrations can be
 * preselected. All or nothing: a subset of the chosen integrations would check roles against a
 * combination nobody asked for.
 */
function parseIntegrations(raw: unknown, problems: string[]): string[] | null {
  const parsed = z.array(z.string()).safeParse(raw);
  if (!parsed.success) {
    problems.push('roleCheckerIntegrations must be a list of integration ids; it was ignored.');
    return null;
  }
  const refused = parsed.data.flatMap((id) => {
    if (!PROFILE_IDS.has(id)) return [`"${id}" is not a known integration`];
    if (!MANAGE_PROFILE_IDS.has(id)) return [`"${id}" is not a ConnectWise Manage integration`];
    return [];
  });
  if (!refused.length) return parsed.data;
  problems.push(`roleCheckerIntegrations was ignored: ${refused.join('; ')}.`);
  return null;
}

const PINNED_KEYS = new Set(['id', 'vendor', 'name', 'settings']);

/** Why one pinned entry cannot be pinned, or null when it can. */
function pinnedEntryProblem(entry: unknown): string | null {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return 'it is not an object';
  const secretKeys = secretKeysIn(entry);
  // Names only, never the values: the admin must see the mistake, nobody the secret.
  if (secretKeys.length) return `policies cannot carry secrets (${secretKeys.join(', ')})`;
  const { vendor, settings } = entry as { vendor?: unknown; settings?: unknown };
  const known = vendorIdSchema.safeParse(vendor);
  if (!known.success) {
    return `unknown vendor ${JSON.stringify(vendor)} (one of ${Object.keys(CONNECTION_KINDS).join(', ')})`;
  }
  const unknownKeys = Object.keys(entry).filter((key) => !PINNED_KEYS.has(key));
  if (typeof settings === 'object' && settings !== null) {
    const shape = kindOf(known.data).settingsSchema.shape;
    unknownKeys.push(
      ...Object.keys(settings)
        .filter((key) => !Object.hasOwn(shape, key))
        .map((key) => `settings.${key}`),
    );
  }
  // Zod would drop them quietly; a misspelt setting must not pin a connection without it.
  if (unknownKeys.length) return `unknown setting ${unknownKeys.map((key) => `"${key}"`).join(', ')}`;
  const parsed = connectionPresetSchema.safeParse(entry);
  return parsed.success ? null : describeIssues(parsed.error);
}

/** All or nothing, like every setting: one bad entry leaves no connection pinned until it is fixed. */
function parsePinned(raw: unknown, problems: string[]): PinnedConnection[] {
  if (!Array.isArray(raw)) {
    problems.push('pinnedConnections must be a list; it was ignored.');
    return [];
  }
  const entryProblems: string[] = [];
  const ids = new Set<string>();
  raw.forEach((entry, index) => {
    const problem = pinnedEntryProblem(entry);
    const { id } = entry as { id?: unknown };
    if (problem) entryProblems.push(`[${index}]: ${problem}`);
    else if (ids.has(id as string)) entryProblems.push(`[${index}]: the id "${id}" is used twice`);
    else ids.add(id as string);
  });
  if (!entryProblems.length) return raw.map((entry) => connectionPresetSchema.parse(entry));
  problems.push(`pinnedConnections was ignored, so no connection is pinned: ${entryProblems.join('; ')}.`);
  return [];
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

/** A connection with the policy's settings applied (pinned connections are the organization's). */
export interface EffectiveConnection {
  record: ConnectionRecord;
  pinned: PinnedConnection | undefined;
  /** False for a pinned connection not saved in this browser yet. */
  stored: boolean;
}

/** Stored records with pinned settings applied, plus pinned presets not saved here yet. */
export function withPinnedConnections(
  records: readonly ConnectionRecord[],
  pinnedConnections: readonly PinnedConnection[],
  at: Date,
): EffectiveConnection[] {
  const pinnedById = new Map(pinnedConnections.map((pinned) => [pinned.id, pinned]));
  const out: EffectiveConnection[] = records.map((record) => {
    const pinned = pinnedById.get(record.id);
    return { record: pinned ? applyPinned(record, pinned) : record, pinned, stored: true };
  });
  for (const pinned of pinnedConnections) {
    if (!records.some((record) => record.id === pinned.id)) {
      out.push({ record: recordFromPinned(pinned, at), pinned, stored: false });
    }
  }
  return out;
}

function applyPinned(record: ConnectionRecord, pinned: PinnedConnection): ConnectionRecord {
  if (record.vendor !== pinned.vendor) return record;
  return { ...record, name: pinned.name, settings: pinned.settings } as ConnectionRecord;
}

function recordFromPinned(pinned: PinnedConnection, at: Date): ConnectionRecord {
  const stamp = at.toISOString();
  return { ...pinned, secretRefs: {}, createdAt: stamp, updatedAt: stamp } as ConnectionRecord;
}
