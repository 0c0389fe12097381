import type { StorageAreaLike } from '../../extension/storage-area';
import type { ManageProfile } from '../../permissions/schema';
import {
  CATALOGUE_INDEX_KEY,
  catalogueEntry,
  catalogueProfileKey,
  type StoredCatalogueIndex,
  type StoredCatalogueProfile,
} from '../catalogue-item';

/**
 * Runs in: the background. Writes the Manage catalogue where the role checker's page script reads
 * it (catalogue-item.ts): at every worker start (so after an install, an update and a browser
 * start) when it is missing or of another version, and whenever a page asks
 * (`roleCheckerCatalogue`: it found it missing, stale or damaged).
 */

/** Every record to write: the index, then one per profile. */
export function catalogueRecords(
  profiles: readonly ManageProfile[],
  version: string,
): Record<string, unknown> {
  const index: StoredCatalogueIndex = { version, profiles: profiles.map(catalogueEntry) };
  const records: Record<string, unknown> = { [CATALOGUE_INDEX_KEY]: index };
  for (const profile of profiles) {
    records[catalogueProfileKey(profile.id)] = { version, profile } satisfies StoredCatalogueProfile;
  }
  return records;
}

/** The ids the stored index lists, if it is one. */
function storedIds(stored: unknown): string[] {
  const profiles = (stored as { profiles?: unknown } | undefined)?.profiles;
  return Array.isArray(profiles)
    ? profiles.flatMap((entry) => (typeof entry?.id === 'string' ? [entry.id as string] : []))
    : [];
}

/**
 * Writes the catalogue unless the stored index is already this version (`always`: even then, for
 * a page that found a profile damaged). Profiles an older catalogue had and this one dropped are
 * removed. The profiles' records are written before the index that names them.
 */
export async function deliverManageCatalogue(
  area: StorageAreaLike,
  profiles: readonly ManageProfile[],
  version: string,
  always = false,
): Promise<{ version: string }> {
  const stored = (await area.get(CATALOGUE_INDEX_KEY))[CATALOGUE_INDEX_KEY];
  if (!always && (stored as { version?: unknown } | undefined)?.version === version) return { version };
  const { [CATALOGUE_INDEX_KEY]: index, ...profileRecords } = catalogueRecords(profiles, version);
  await area.set(profileRecords);
  await area.set({ [CATALOGUE_INDEX_KEY]: index });
  const current = new Set(profiles.map((profile) => profile.id));
  for (const id of storedIds(stored)) {
    if (!current.has(id)) await area.remove(catalogueProfileKey(id));
  }
  return { version };
}
