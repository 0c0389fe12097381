import { ACTIONS, levelRank } from './levels';
import { findManageFunction, rowIdentity } from './manage-modules';
import { featureOn, profileChecks } from './profile-checks';
import type { ManageProfile } from './schema';
import type { ManualCheck } from './types';

/**
 * The requirements of several Manage profiles merged per (function, action): what an audit and a
 * required role are both computed from. Merging is the slow part, so it is done once per
 * selection of profiles and remembered.
 */
export interface Contribution {
  profileId: string;
  rank: number;
  inferred: boolean;
}

export interface UnionAction {
  /** Highest rank any contributing profile needs. */
  rank: number;
  /** In catalogue order. */
  contributions: Contribution[];
}

export interface UnionFunction {
  /** Normalised module, then function (`functionKey`): the index key and the sort order. */
  key: string;
  module: string;
  function: string;
  /** Per ACTIONS index; undefined when no selected profile mentions the action. */
  actions: (UnionAction | undefined)[];
  /** The function reveals secrets (Configuration - Display Passwords). */
  sensitive: boolean;
}

export interface ManageUnion {
  profileIds: string[];
  functions: UnionFunction[];
  byKey: Map<string, UnionFunction>;
  /** Selected profiles whose source says every unlisted right stays None. */
  exhaustive: string[];
  manualChecks: ManualCheck[];
}

const cache = new Map<string, ManageUnion>();

/**
 * `profiles` must be in catalogue order (resolveProfiles guarantees it); `features` are the
 * optional features switched on ("<profile>/<feature>", checked by resolveFeatures).
 */
export function manageUnion(
  profiles: readonly ManageProfile[],
  features: ReadonlySet<string> = new Set(),
): ManageUnion {
  const cacheKey = `${profiles.map((profile) => profile.id).join(',')}|${[...features].sort().join(',')}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;

  const byKey = new Map<string, UnionFunction>();
  for (const profile of profiles) {
    for (const row of profile.requirements) {
      if (!featureOn(profile, row.feature, features)) continue;
      const { key, sensitive } = rowIdentity(row.module, row.function);
      let entry = byKey.get(key);
      if (!entry) {
        // Show the canonical spelling where we know it, whatever casing the data file used.
        const known = findManageFunction(row.module, row.function);
        const module = known?.module ?? row.module;
        const fn = known?.function ?? row.function;
        entry = { key, module, function: fn, actions: [], sensitive };
        byKey.set(key, entry);
      }
      ACTIONS.forEach((action, index) => {
        const level = row[action];
        if (level === undefined) return;
        const rank = levelRank(level);
        let slot = entry.actions[index];
        if (!slot) {
          slot = { rank, contributions: [] };
          entry.actions[index] = slot;
        }
        slot.rank = Math.max(slot.rank, rank);
        slot.contributions.push({ profileId: profile.id, rank, inferred: row.inferred });
      });
    }
  }
  const functions = [...byKey.values()].sort((a, b) => compareText(a.key, b.key));
  const union: ManageUnion = {
    profileIds: profiles.map((profile) => profile.id),
    functions,
    byKey,
    exhaustive: profiles
      .filter((profile) => profile.strictness === 'exhaustive')
      .map((profile) => profile.id),
    manualChecks: profiles.flatMap((profile) => profileChecks(profile, features)),
  };
  cache.set(cacheKey, union);
  return union;
}

/** Locale-independent ordering, so exports sort the same on every machine. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
