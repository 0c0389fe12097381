import { z } from 'zod';
import { type AuditMode, manageProfiles } from '../permissions';
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
 * The site's preferences; a damaged record falls back to the defaults, and profiles the
 * catalogue no longer has (or that are not for ConnectWise Manage) are dropped.
 */
export function parseSitePreferences(stored: unknown): SitePreferences {
  const parsed = sitePreferencesSchema.safeParse(stored);
  if (!parsed.success) return { ...DEFAULT_SITE_PREFERENCES };
  return {
    profiles: parsed.data.profiles.filter((id) => MANAGE_PROFILE_IDS.has(id)),
    mode: parsed.data.mode satisfies AuditMode,
  };
}

export async function loadSitePreferences(site: string): Promise<SitePreferences> {
  return parseSitePreferences(await roleCheckerSites.read(site));
}

export async function saveSitePreferences(site: string, preferences: SitePreferences): Promise<void> {
  await roleCheckerSites.write(site, sitePreferencesSchema.parse(preferences));
}
