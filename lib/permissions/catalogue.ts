import { z } from 'zod';
import { AUTOMATE_FIELDS_BY_SCOPE } from './automate-fields';
import { PermissionsInputError } from './errors';
import { canonicalFunctionKey, findManageFunction } from './manage-modules';
import { autoelevatePsa } from './profiles/autoelevate-psa';
import { barracudaIntronisPsa } from './profiles/barracuda-intronis-psa';
import { bitdefenderGravityzonePsa } from './profiles/bitdefender-gravityzone-psa';
import { brightgaugeAutomate } from './profiles/brightgauge-automate';
import { chatstylePsa } from './profiles/chatstyle-psa';
import { commvaultPsa } from './profiles/commvault-psa';
import { crushbankPsa } from './profiles/crushbank-psa';
import { cyberdrainCowPsa } from './profiles/cyberdrain-cow-psa';
import { dattoPartnerPortalPsa } from './profiles/datto-partner-portal-psa';
import { dattoRmmPsa } from './profiles/datto-rmm-psa';
import { gozyntaMobiusPsa } from './profiles/gozynta-mobius-psa';
import { gradientPsa } from './profiles/gradient-psa';
import { halopsaAutomate } from './profiles/halopsa-automate';
import { huduPsa } from './profiles/hudu-psa';
import { huntressPsa } from './profiles/huntress-psa';
import { immybotPsa } from './profiles/immybot-psa';
import { kaseyaQuoteManagerPsa } from './profiles/kaseya-quote-manager-psa';
import { lifecycleInsightsPsa } from './profiles/lifecycle-insights-psa';
import { lifecycleManagerPsa } from './profiles/lifecycle-manager-psa';
import { liongardPsa } from './profiles/liongard-psa';
import { manageengineEndpointCentralPsa } from './profiles/manageengine-endpoint-central-psa';
import { msp360Psa } from './profiles/msp360-psa';
import { msportalRmm } from './profiles/msportal-rmm';
import { nCentralPsa } from './profiles/n-central-psa';
import { nSightPsa } from './profiles/n-sight-psa';
import { neoAgentAutomate } from './profiles/neo-agent-automate';
import { neoAgentRmm } from './profiles/neo-agent-rmm';
import { ninjaonePsa } from './profiles/ninjaone-psa';
import { passportalAutomate } from './profiles/passportal-automate';
import { passportalPsa } from './profiles/passportal-psa';
import { quotewerksPsa } from './profiles/quotewerks-psa';
import { rewstAutomate } from './profiles/rewst-automate';
import { smilebackPsa } from './profiles/smileback-psa';
import { teamGpsPsa } from './profiles/team-gps-psa';
import { threadPsa } from './profiles/thread-psa';
import { threatlockerPsa } from './profiles/threatlocker-psa';
import { trendMicroWfbsAutomate } from './profiles/trend-micro-wfbs-automate';
import { watchguardCloudPsa } from './profiles/watchguard-cloud-psa';
import { watchguardEndpointRmm } from './profiles/watchguard-endpoint-rmm';
import { findRmmScope } from './rmm-scopes';
import type { AutomateProfile, ManageProfile, Product, Profile, ProfileInput } from './schema';
import { profileSchema } from './schema';

/** To add a vendor: write profiles/<id>.ts (plus its test) and list it here. */
const PROFILE_DATA: readonly ProfileInput[] = [
  watchguardCloudPsa,
  ninjaonePsa,
  threatlockerPsa,
  rewstAutomate,
  watchguardEndpointRmm,
  autoelevatePsa,
  barracudaIntronisPsa,
  bitdefenderGravityzonePsa,
  chatstylePsa,
  commvaultPsa,
  crushbankPsa,
  cyberdrainCowPsa,
  dattoPartnerPortalPsa,
  dattoRmmPsa,
  gozyntaMobiusPsa,
  gradientPsa,
  huduPsa,
  huntressPsa,
  immybotPsa,
  kaseyaQuoteManagerPsa,
  lifecycleInsightsPsa,
  lifecycleManagerPsa,
  liongardPsa,
  manageengineEndpointCentralPsa,
  msp360Psa,
  nCentralPsa,
  nSightPsa,
  passportalPsa,
  quotewerksPsa,
  smilebackPsa,
  teamGpsPsa,
  threadPsa,
  brightgaugeAutomate,
  halopsaAutomate,
  neoAgentAutomate,
  passportalAutomate,
  trendMicroWfbsAutomate,
  msportalRmm,
  neoAgentRmm,
];

/**
 * Everything in the catalogue that would make an audit silently wrong: a name outside the
 * vocabulary, a row listed twice, an optional feature that does not exist or is declared twice.
 * Checked when the catalogue loads, so any test (and the build's test step) fails on it.
 */
export function findCatalogueProblems(profiles: readonly Profile[]): string[] {
  const problems: string[] = [...findUnknownCatalogueNames(profiles)];
  const ids = new Set<string>();
  const checkIds = new Set<string>();
  for (const profile of profiles) {
    if (ids.has(profile.id)) problems.push(`duplicate profile id ${profile.id}`);
    ids.add(profile.id);
    for (const check of profile.manualChecks) {
      if (checkIds.has(check.id)) problems.push(`duplicate check id ${check.id}`);
      checkIds.add(check.id);
    }
    const features = new Set<string>();
    for (const feature of profile.optionalFeatures) {
      if (features.has(feature.id)) problems.push(`${profile.id} declares feature ${feature.id} twice`);
      features.add(feature.id);
    }
    const used = new Set<string>();
    const useFeature = (feature: string | undefined, where: string) => {
      if (feature === undefined) return;
      used.add(feature);
      if (!features.has(feature)) problems.push(`${profile.id}: ${where} names unknown feature "${feature}"`);
    };
    // A row may repeat a function only for another feature (the rows it adds when switched on).
    const rows = new Set<string>();
    const once = (key: string, label: string) => {
      if (rows.has(key)) problems.push(`${profile.id} lists ${label} twice`);
      rows.add(key);
    };
    if (profile.product === 'manage') {
      for (const row of profile.requirements) {
        useFeature(row.feature, `${row.module} > ${row.function}`);
        once(
          `${canonicalFunctionKey(row.module, row.function)}#${row.feature ?? ''}`,
          `${row.module} > ${row.function}`,
        );
      }
    } else if (profile.product === 'automate') {
      for (const row of profile.requirements) {
        useFeature(row.feature, `${row.scope}.${row.field}`);
        once(`${row.scope}.${row.field}#${row.feature ?? ''}`, `${row.scope}.${row.field}`);
      }
    } else {
      for (const row of profile.scopes) {
        useFeature(row.feature, row.scope);
        once(`${row.scope}#${row.feature ?? ''}`, row.scope);
      }
    }
    for (const list of profile.customize) {
      useFeature(list.feature, `Customize list of ${list.module} > ${list.function}`);
      if (!findManageFunction(list.module, list.function)) {
        problems.push(`${profile.id}: Customize list of unknown function ${list.module} > ${list.function}`);
      }
    }
    for (const feature of features) {
      if (!used.has(feature)) problems.push(`${profile.id}: feature "${feature}" adds no row`);
    }
  }
  return problems;
}

const catalogueSchema = z.array(profileSchema).superRefine((profiles, ctx) => {
  for (const message of findCatalogueProblems(profiles)) ctx.addIssue({ code: 'custom', message });
});

/** Parses profile data the way the catalogue does; throws on any problem (tests feed it bad data). */
export function parseCatalogue(data: unknown): Profile[] {
  return catalogueSchema.parse(data);
}

export { featureKey, resolveFeatures } from './features';

/** Every integration profile, validated. */
export const catalogue: readonly Profile[] = Object.freeze(parseCatalogue(PROFILE_DATA));

/** FNV-1a: a short, stable digest of text (not a security boundary, just a change detector). */
export function digest(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** The digest of one profile's data: changes with any row, check, date or note of it. */
export function profileDigest(profile: Profile): string {
  return digest(JSON.stringify(profile));
}

/** Bumped by hand for a release of the catalogue's format; the data digest follows it. */
const CATALOGUE_SERIES = '2026.12';

/**
 * Written into every export, so two saved audits can be told apart when the catalogue (rather
 * than the role) changed between them. Derived from the data: it changes whenever any profile
 * does, with nothing to remember to bump.
 */
export const CATALOGUE_VERSION = `${CATALOGUE_SERIES}+${digest(catalogue.map(profileDigest).join(','))}`;

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

/** Catalogue entries that name a Manage function, Automate field or RMM scope we do not know. */
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
    } else {
      for (const row of profile.scopes) {
        if (!findRmmScope(row.scope)) unknown.push(`${profile.id}: ${row.scope}`);
      }
    }
  }
  return unknown;
}
