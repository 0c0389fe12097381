import { z } from 'zod';
import { AUTOMATE_FIELDS_BY_SCOPE } from './automate-fields';
import { PermissionsInputError } from './errors';
import { findManageFunction } from './manage-modules';
import { functionKey } from './normalise';
import { ninjaonePsa } from './profiles/ninjaone-psa';
import { rewstAutomate } from './profiles/rewst-automate';
import { threatlockerPsa } from './profiles/threatlocker-psa';
import { watchguardCloudPsa } from './profiles/watchguard-cloud-psa';
import { watchguardEndpointRmm } from './profiles/watchguard-endpoint-rmm';
import {
  type AutomateProfile,
  type ManageProfile,
  type Product,
  type Profile,
  type ProfileInput,
  profileSchema,
} from './schema';

/**
 * Bumped whenever any profile changes, and written into every export, so two saved audits can be
 * told apart when the catalogue (rather than the role) changed between them.
 */
export const CATALOGUE_VERSION = '2026.11.1';

/** To add a vendor: write profiles/<id>.ts (plus its test) and list it here. */
const PROFILE_DATA: readonly ProfileInput[] = [
  watchguardCloudPsa,
  ninjaonePsa,
  threatlockerPsa,
  rewstAutomate,
  watchguardEndpointRmm,
];

const catalogueSchema = z.array(profileSchema).superRefine((profiles, ctx) => {
  const seen = new Set<string>();
  const checkIds = new Set<string>();
  for (const profile of profiles) {
    if (seen.has(profile.id)) ctx.addIssue({ code: 'custom', message: `duplicate profile id ${profile.id}` });
    seen.add(profile.id);
    for (const check of profile.manualChecks) {
      if (checkIds.has(check.id)) ctx.addIssue({ code: 'custom', message: `duplicate check id ${check.id}` });
      checkIds.add(check.id);
    }
    const rows = new Set<string>();
    if (profile.product === 'manage') {
      for (const row of profile.requirements) {
        const key = functionKey(row.module, row.function);
        if (rows.has(key)) {
          ctx.addIssue({
            code: 'custom',
            message: `${profile.id} lists ${row.module} > ${row.function} twice`,
          });
        }
        rows.add(key);
      }
    } else if (profile.product === 'automate') {
      for (const row of profile.requirements) {
        const key = `${row.scope}.${row.field}`;
        if (rows.has(key)) ctx.addIssue({ code: 'custom', message: `${profile.id} lists ${key} twice` });
        rows.add(key);
      }
    }
  }
});

/** Every integration profile, validated. */
export const catalogue: readonly Profile[] = Object.freeze(catalogueSchema.parse(PROFILE_DATA));

const profilesById = new Map(catalogue.map((profile) => [profile.id, profile]));

export function getProfile(id: string): Profile | undefined {
  return profilesById.get(id);
}

export function profilesFor(product: 'manage'): ManageProfile[];
export function profilesFor(product: 'automate'): AutomateProfile[];
export function profilesFor(product: Product): Profile[];
export function profilesFor(product: Product): Profile[] {
  return catalogue.filter((profile) => profile.product === product);
}

export const manageProfiles: readonly ManageProfile[] = profilesFor('manage');
export const automateProfiles: readonly AutomateProfile[] = profilesFor('automate');

/**
 * Resolves the profile ids a caller selected, in catalogue order, refusing unknown ids, profiles
 * for another product and an empty selection (which would audit nothing and always "pass").
 */
export function resolveProfiles(profileIds: unknown, product: 'manage'): ManageProfile[];
export function resolveProfiles(profileIds: unknown, product: 'automate'): AutomateProfile[];
export function resolveProfiles(profileIds: unknown, product: Product): Profile[] {
  if (!Array.isArray(profileIds)) {
    throw new PermissionsInputError('no-profiles', 'Profile ids must be an array of catalogue profile ids.');
  }
  const selected = new Set<string>();
  profileIds.forEach((id, index) => {
    const profile = typeof id === 'string' ? profilesById.get(id) : undefined;
    if (!profile) {
      throw new PermissionsInputError(
        'unknown-profile',
        `Unknown profile id ${JSON.stringify(id)} at position ${index}; known ids: ${catalogue.map((p) => p.id).join(', ')}.`,
        { index, field: String(id) },
      );
    }
    if (profile.product !== product) {
      throw new PermissionsInputError(
        'wrong-product',
        `Profile "${profile.id}" is for ConnectWise ${profile.product}, not ${product}.`,
        { index, field: profile.id, value: profile.product },
      );
    }
    selected.add(profile.id);
  });
  if (selected.size === 0) {
    throw new PermissionsInputError(
      'no-profiles',
      'Select at least one integration profile to audit against.',
    );
  }
  return catalogue.filter((profile) => selected.has(profile.id));
}

/** Catalogue entries that name a Manage function or Automate field we do not know. */
export function findUnknownCatalogueNames(profiles: readonly Profile[] = catalogue): string[] {
  const unknown: string[] = [];
  for (const profile of profiles) {
    if (profile.product === 'manage') {
      for (const row of profile.requirements) {
        if (!findManageFunction(row.module, row.function)) {
          unknown.push(`${profile.id}: ${row.module} > ${row.function}`);
        }
      }
    } else if (profile.product === 'automate') {
      for (const row of profile.requirements) {
        if (!AUTOMATE_FIELDS_BY_SCOPE[row.scope].includes(row.field)) {
          unknown.push(`${profile.id}: ${row.scope}.${row.field}`);
        }
      }
    }
  }
  return unknown;
}
