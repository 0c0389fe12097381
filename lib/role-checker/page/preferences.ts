import type { AuditMode } from '../../permissions/types';
import { roleCheckerSites } from './preferences-item';

/** How many recent picks a site remembers. */
export const RECENT_LIMIT = 6;
/** How many integrations (and features) a site's record may list. */
const PICK_LIMIT = 50;

/**
 * What the role checker remembers per ConnectWise site (host): the integrations the admin
 * checks roles for and the mode (stored by preferences-item.ts).
 */
export interface SitePreferences {
  profiles: string[];
  mode: AuditMode;
  /** Integrations picked on this site lately, most recent first: the picker lists them first. */
  recent?: string[];
  /** Optional features switched on ("<profile>/<feature>"); those of unpicked profiles are kept but unused. */
  features?: string[];
}

const isStringList = (value: unknown, limit: number): value is string[] =>
  Array.isArray(value) && value.length <= limit && value.every((item) => typeof item === 'string');

/**
 * A stored record read as `sitePreferencesSchema` (preferences-schema.ts) parses it, or null where
 * that schema refuses it: by hand, so the checker's page script carries no zod
 * (tests/unit/role-checker/page/preferences-guard.test.ts holds the two to each other).
 */
export function asSitePreferences(value: unknown): SitePreferences | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { profiles, mode, recent, features } = value as Record<string, unknown>;
  if (!isStringList(profiles, PICK_LIMIT) || (mode !== 'minimum' && mode !== 'least-privilege')) return null;
  if (recent !== undefined && !isStringList(recent, RECENT_LIMIT)) return null;
  if (features !== undefined && !isStringList(features, PICK_LIMIT)) return null;
  return {
    profiles: [...profiles],
    mode,
    ...(recent !== undefined && { recent: [...recent] }),
    ...(features !== undefined && { features: [...features] }),
  };
}

/**
 * A first visit selects nothing: auditing a role against integrations the MSP does not use
 * would only produce noise, so the admin picks them once per site.
 */
export const DEFAULT_SITE_PREFERENCES: SitePreferences = { profiles: [], mode: 'minimum' };

/** The Manage profiles a site may pick: the page catalogue's (page-catalogue.ts). */
export interface PickableProfiles {
  /** A Manage profile of the catalogue. */
  has(id: string): boolean;
  /** An optional feature ("<profile>/<feature>") that one of them declares. */
  hasFeature(key: string): boolean;
}

/**
 * The site's preferences. A site with none of its own (or a damaged record) starts from the
 * defaults, with the integrations the organization's policy preselects. Profiles the catalogue
 * no longer has (or that are not for ConnectWise Manage) are dropped.
 */
export function parseSitePreferences(
  stored: unknown,
  known: PickableProfiles,
  preselected: readonly string[] = [],
): SitePreferences {
  const chosen = asSitePreferences(stored) ?? { ...DEFAULT_SITE_PREFERENCES, profiles: [...preselected] };
  const recent = 'recent' in chosen ? chosen.recent?.filter((id) => known.has(id)) : undefined;
  return {
    profiles: chosen.profiles.filter((id) => known.has(id)),
    mode: chosen.mode satisfies AuditMode,
    ...(recent && recent.length > 0 && { recent }),
    ...('features' in chosen &&
      chosen.features &&
      chosen.features.length > 0 && { features: chosen.features }),
  };
}

/** The switched-on features that belong to the picked integrations (and still exist). */
export function activeFeatures(preferences: SitePreferences, known: PickableProfiles): string[] {
  return (preferences.features ?? []).filter(
    (key) => known.hasFeature(key) && preferences.profiles.includes(key.slice(0, key.indexOf('/'))),
  );
}

/** The site's recent picks after choosing `profiles`: the newly ticked ones move to the front. */
export function withRecentPicks(preferences: SitePreferences, profiles: readonly string[]): string[] {
  const added = profiles.filter((id) => !preferences.profiles.includes(id));
  return [...new Set([...added, ...(preferences.recent ?? []), ...profiles])].slice(0, RECENT_LIMIT);
}

/**
 * What the checker starts with: the site's own choice when it has one (even "nothing"), without
 * waiting for the policy; else the policy's preselection. The policy only preselects: the admin
 * may change it, and that choice is then the site's own.
 */
export async function startingPreferences(
  stored: Promise<unknown>,
  preselected: () => Promise<readonly string[]>,
  known: PickableProfiles,
): Promise<SitePreferences> {
  const record = await stored;
  if (asSitePreferences(record)) return parseSitePreferences(record, known);
  return parseSitePreferences(record, known, await preselected());
}

export async function loadSitePreferences(site: string, known: PickableProfiles): Promise<SitePreferences> {
  return parseSitePreferences(await roleCheckerSites.read(site), known);
}

export async function saveSitePreferences(site: string, preferences: SitePreferences): Promise<void> {
  const record = asSitePreferences(preferences);
  if (!record) throw new Error("The role checker's preferences are not in the shape they are stored in.");
  await roleCheckerSites.write(site, record);
}
