import { PermissionsInputError } from '../../permissions/errors';
import type { ManageProfile } from '../../permissions/schema';
import { CATALOGUE_INDEX_KEY, type CatalogueEntry, catalogueProfileKey } from '../catalogue-item';
import { type IntegrationOption, integrationOption, shortTitle } from '../integration-options';
import { asCatalogueIndex, asStoredProfile } from './catalogue-guards';
import type { PickableProfiles } from './preferences';
import type { AuditProfiles } from './verdict';

/**
 * Runs in: the content script, in the role-checker chunk. The Manage catalogue as this page has
 * it: the index (every profile's names, kind and features) and the full data of the profiles the
 * page audits, read from storage.local (catalogue-item.ts) as they are picked. Only when the data
 * is missing, of another version or damaged is the background asked to write it again, once per
 * page; re-checks after a change read nothing.
 */

/** What the panel says when the catalogue cannot be had. */
export const CATALOGUE_UNAVAILABLE =
  'The integration catalogue could not be loaded from the extension: reload the page to try again.';

export interface CatalogueAccess {
  /** storage.local's get. */
  read(keys: string[]): Promise<Record<string, unknown>>;
  /** Asks the background to write the catalogue again (`roleCheckerCatalogue`); false when it did not. */
  restore(): Promise<boolean>;
}

export interface PageCatalogue extends AuditProfiles, PickableProfiles {
  /** The pickers' integrations, in catalogue order. */
  readonly integrations: readonly IntegrationOption[];
  /** A profile's short name ("WatchGuard Cloud"); the id when the catalogue has none. */
  shortName(id: string): string;
  /** Whether the full data of every known profile of `ids` has been read. */
  isLoaded(ids: readonly string[]): boolean;
  /** Reads the profiles of `ids` not read yet; rejects with CATALOGUE_UNAVAILABLE when they cannot be had. */
  load(ids: readonly string[]): Promise<void>;
}

/**
 * Opens the catalogue from `first`, the content script's read at screen found (the index and the
 * stored picks' profiles); rejects with CATALOGUE_UNAVAILABLE when it cannot be had.
 * `version`: the catalogue this build ships (catalogue-version.ts).
 */
export async function openPageCatalogue(
  first: Promise<Record<string, unknown>>,
  version: string,
  access: CatalogueAccess,
): Promise<PageCatalogue> {
  let asked: Promise<boolean> | null = null;
  // The background is asked at most once per page: its answer stands for every later read.
  const restoreOnce = () => {
    asked ??= access.restore().catch(() => false);
    return asked;
  };
  const unavailable = () => new Error(CATALOGUE_UNAVAILABLE);

  let records = await first.catch(() => ({}) as Record<string, unknown>);
  let index = asCatalogueIndex(records[CATALOGUE_INDEX_KEY], version);
  if (!index) {
    if (!(await restoreOnce())) throw unavailable();
    records = await access.read([CATALOGUE_INDEX_KEY]);
    index = asCatalogueIndex(records[CATALOGUE_INDEX_KEY], version);
    if (!index) throw unavailable();
  }
  const entries = new Map<string, CatalogueEntry>(index.profiles.map((entry) => [entry.id, entry]));
  const order = index.profiles.map((entry) => entry.id);
  const featureKeys = new Set(
    index.profiles.flatMap((entry) => entry.features.map((feature) => `${entry.id}/${feature.id}`)),
  );
  const profiles = new Map<string, ManageProfile>();
  const take = (from: Record<string, unknown>, ids: readonly string[]) => {
    for (const id of ids) {
      const profile = asStoredProfile(from[catalogueProfileKey(id)], id, version);
      if (profile) profiles.set(id, profile);
    }
  };
  take(records, order);
  const unread = (ids: readonly string[]) => ids.filter((id) => entries.has(id) && !profiles.has(id));
  const readProfiles = async (ids: readonly string[]) =>
    take(await access.read(ids.map(catalogueProfileKey)), ids);

  return {
    version,
    integrations: index.profiles.map(integrationOption),
    has: (id) => entries.has(id),
    hasFeature: (key) => featureKeys.has(key),
    shortName(id) {
      const entry = entries.get(id);
      return entry ? shortTitle(entry.title) : id;
    },
    isLoaded: (ids) => unread(ids).length === 0,
    async load(ids) {
      if (unread(ids).length === 0) return;
      await readProfiles(unread(ids));
      if (unread(ids).length === 0) return;
      if (!(await restoreOnce())) throw unavailable();
      await readProfiles(unread(ids));
      if (unread(ids).length > 0) throw unavailable();
    },
    resolve(ids) {
      const known = new Set<string>();
      ids.forEach((id, position) => {
        if (!entries.has(id)) {
          throw new PermissionsInputError(
            'unknown-profile',
            `Unknown profile id ${JSON.stringify(id)} at position ${position}.`,
            { index: position, field: id },
          );
        }
        known.add(id);
      });
      if (known.size === 0) {
        throw new PermissionsInputError(
          'no-profiles',
          'Select at least one integration profile to audit against.',
        );
      }
      return order.flatMap((id) => {
        if (!known.has(id)) return [];
        const profile = profiles.get(id);
        if (!profile) throw new Error(`The profile ${id} was not read before the audit.`);
        return [profile];
      });
    },
  };
}
