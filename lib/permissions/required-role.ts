import { CATALOGUE_VERSION, resolveFeatures, resolveProfiles } from './catalogue';
import { ACTIONS, type Action, levelAtRank } from './levels';
import { isSensitiveManageFunction } from './manage-modules';
import { manageUnion } from './manage-union';
import { copyCheck } from './mode';
import type { RequiredLevel, RequiredRole } from './types';

/**
 * The least-privilege Manage role that satisfies every selected profile at once: per function and
 * action the highest level any of them needs, with the profiles that need exactly that level.
 * Functions no profile mentions are left out: the role grants them None.
 */
export function requiredRole(
  profileIds: readonly string[],
  options?: { features?: readonly string[] },
): RequiredRole {
  const profiles = resolveProfiles(profileIds, 'manage');
  const features = resolveFeatures(options?.features, profiles);
  const union = manageUnion(profiles, features);
  return {
    product: 'manage',
    catalogueVersion: CATALOGUE_VERSION,
    profiles: [...union.profileIds],
    features: [...features].sort(),
    functions: union.functions.map((entry) => {
      const levels = {} as Record<Action, RequiredLevel>;
      ACTIONS.forEach((action, index) => {
        const requirement = entry.actions[index];
        if (!requirement) {
          levels[action] = { level: 'None', profiles: [], inferred: false };
          return;
        }
        const behind = requirement.contributions.filter(
          (contribution) => contribution.rank === requirement.rank,
        );
        levels[action] = {
          level: levelAtRank(requirement.rank),
          profiles: behind.map((contribution) => contribution.profileId),
          inferred: behind.every((contribution) => contribution.inferred),
        };
      });
      const sensitive = isSensitiveManageFunction(entry.module, entry.function);
      return { module: entry.module, function: entry.function, levels, ...(sensitive && { sensitive }) };
    }),
    manualChecks: union.manualChecks.map(copyCheck),
  };
}
