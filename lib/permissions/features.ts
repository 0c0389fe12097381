import { PermissionsInputError } from './errors';
import type { Profile } from './schema';

/*
 * Runs in: anywhere the audit runs (pure). Apart from catalogue.ts so that code given its
 * profiles (the role checker's page script, which reads them from storage) does without the
 * catalogue's data.
 */

/** How an optional feature is named in a selection: "<profile id>/<feature id>". */
export function featureKey(profileId: string, featureId: string): string {
  return `${profileId}/${featureId}`;
}

/**
 * The optional features switched on, checked against the selected profiles: each must be
 * "<profile id>/<feature id>" of a feature one of them declares. Off unless listed.
 */
export function resolveFeatures(features: unknown, profiles: readonly Profile[]): Set<string> {
  if (features === undefined) return new Set();
  if (!Array.isArray(features)) {
    throw new PermissionsInputError(
      'unknown-feature',
      'Features must be an array of "<profile>/<feature>" ids.',
    );
  }
  const known = new Set(
    profiles.flatMap((profile) =>
      profile.optionalFeatures.map((feature) => featureKey(profile.id, feature.id)),
    ),
  );
  features.forEach((feature, index) => {
    if (typeof feature !== 'string' || !known.has(feature)) {
      throw new PermissionsInputError(
        'unknown-feature',
        `Unknown optional feature ${JSON.stringify(feature)} at position ${index}; the selected profiles offer: ${[...known].join(', ') || 'none'}.`,
        { index, field: String(feature) },
      );
    }
  });
  return new Set(features as string[]);
}
