import { featureKey } from './features';
import { findManageFunction } from './manage-modules';
import type { CustomizeList, Profile } from './schema';
import type { ManualCheck } from './types';

/* Runs in: anywhere the audit runs (pure). */

/** True when a row or list is part of the selection: not tied to a feature, or its feature is on. */
export function featureOn(profile: Profile, feature: string | undefined, features: ReadonlySet<string>) {
  return feature === undefined || features.has(featureKey(profile.id, feature));
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * A Customize list as a check a person confirms: the role settings API reports the four levels
 * of a function but not its Customize lists, so the overlay and the reports name them instead.
 */
export function customizeCheck(profile: Profile, list: CustomizeList): ManualCheck {
  const fn = findManageFunction(list.module, list.function) ?? {
    module: list.module,
    function: list.function,
  };
  const side = list.list === 'allow' ? 'allowed' : 'disallowed';
  const entries = list.entries.map((entry) => `"${entry}"`).join(', ');
  return {
    id: `${profile.id}/customize/${slug(fn.function)}-${list.list}`,
    profiles: [profile.id],
    title: `${fn.function} › Customize: ${list.list} ${entries}${list.optional ? ' (optional narrowing)' : ''}`,
    detail: `In the role, open ${fn.module} › ${fn.function} › Customize and make sure ${entries} ${list.entries.length > 1 ? 'are' : 'is'} on the ${side} side.${list.note ? ` ${list.note}` : ''}`,
    source: list.source,
    inferred: false,
    customize: { module: fn.module, function: fn.function, list: list.list, entries: list.entries },
  };
}

/** A profile's manual checks plus its Customize lists, for the features switched on. */
export function profileChecks(profile: Profile, features: ReadonlySet<string>): ManualCheck[] {
  return [
    ...profile.manualChecks.map((check) => ({ ...check, profiles: [profile.id] })),
    ...profile.customize
      .filter((list) => featureOn(profile, list.feature, features))
      .map((list) => customizeCheck(profile, list)),
  ];
}
