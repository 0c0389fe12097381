import type { AuditMode } from '@/lib/permissions';
import { CATALOGUE_VERSION, manageProfiles } from '@/lib/permissions/catalogue';
import { catalogueRecords } from '@/lib/role-checker/background/catalogue-delivery';
import { type CatalogueAccess, openPageCatalogue } from '@/lib/role-checker/page/page-catalogue';
import { judgePage as judgeWith, type PageContent } from '@/lib/role-checker/page/verdict';

/**
 * The Manage catalogue as the background stores it and the checker's page catalogue reads it
 * (every profile read), for the tests of the page side.
 */
export const storedCatalogue = (): Record<string, unknown> =>
  catalogueRecords(manageProfiles, CATALOGUE_VERSION);

/** A storage area over `records`, for CatalogueAccess. */
export function storageOver(records: Record<string, unknown>): CatalogueAccess['read'] {
  return async (keys) =>
    Object.fromEntries(keys.flatMap((key) => (key in records ? [[key, structuredClone(records[key])]] : [])));
}

export function openTestCatalogue(records = storedCatalogue()) {
  return openPageCatalogue(Promise.resolve(records), CATALOGUE_VERSION, {
    read: storageOver(records),
    restore: async () => false,
  });
}

/** Every Manage profile, read: what a page that picked them all has. */
export const fullCatalogue = await openTestCatalogue();
await fullCatalogue.load(manageProfiles.map((profile) => profile.id));

/** judgePage against the whole Manage catalogue. */
export const judgePage = (
  page: PageContent,
  profileIds: readonly string[],
  mode: AuditMode,
  features: readonly string[] = [],
) => judgeWith(page, profileIds, mode, features, fullCatalogue);
