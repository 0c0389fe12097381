import { z } from 'zod';
import { type AuditMode, manageProfiles } from '../../permissions';
import { roleCheckerSites } from './preferences-item';

/**
 * What the role checker remembers per ConnectWise site (host): the integrations the admin
 * checks roles for and the mode (stored by preferences-item.ts).
 */

export const sitePreferencesSchema = z.object({
  profiles: z.array(z.string()).max(50),
  mode: z.enum(['minimum', 'least-privilege']),
});
export type SitePreferences = z.infer<typeof sitePreferencesSchema>;

/**
 * A first visit selects nothing: auditing a role against integrations the MSP does not use
 * would only produce noise, so the admin picks them once per site.
 */
export const DEFAULT_SITE_PREFERENCES: SitePreferences = { profiles: [], mode: 'minimum' };

const MANAGE_PROFILE_IDS = new Set(manageProfiles.map((profile) => profile.id));

/**
 * The site's preferences. A site with none of its own (or a damaged record) starts from the
 * defaults, with the integrations the organization's policy preselects. Profiles the catalogue
 * no longer has (or that are not for ConnectWise Manage) are dropped.
 */
export function parseSitePreferences(stored: unknown, preselected: readonly string[] = []): SitePreferences {
  const parsed = sitePreferencesSchema.safeParse(stored);
  const chosen = parsed.success ? parsed.data : { ...DEFAULT_SITE_PREFERENCES, profiles: [...preselected] };
  return {
    profiles: chosen.profiles.filter((id) => MANAGE_PROFILE_IDS.has(id)),
    mode: chosen.mode satisfies AuditMode,
  };
}

/**
 * What the checker starts with: the site's own choice when it has one (even "nothing"), without
 * waiting for the policy; else the policy's preselection. The policy only preselects: the admin
 * may change it, and that choice is then the site's own.
 */
export async function startingPreferences(
  stored: Promise<unknown>,
  preselected: () => Promise<readonly string[]>,
): Promise<SitePreferences> {
  const record = await stored;
  if (sitePreferencesSchema.safeParse(record).success) return parseSitePreferences(record);
  return parseSitePreferences(record, await preselected());
}

export async function loadSitePreferences(site: string): Promise<SitePreferences> {
  return parseSitePreferences(await roleCheckerSites.read(site));
}

export async function saveSitePreferences(site: string, preferences: SitePreferences): Promise<void> {
  await roleCheckerSites.write(site, sitePreferencesSchema.parse(preferences));
}
