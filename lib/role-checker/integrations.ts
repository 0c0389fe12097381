import { automateProfiles, getProfile, manageProfiles } from '../permissions/catalogue';
import { catalogueEntry } from './catalogue-item';
import { type IntegrationOption, integrationOption, shortTitle } from './integration-options';

/** Runs in: extension pages. The pickers' integrations, from the catalogue itself. */

/** The catalogue's integrations for one product, in catalogue order. */
export function integrationOptions(product: 'manage' | 'automate'): IntegrationOption[] {
  return (product === 'manage' ? manageProfiles : automateProfiles).map((profile) =>
    integrationOption(catalogueEntry(profile)),
  );
}

/** A profile's short name for badges and lists: "WatchGuard Cloud" for "WatchGuard Cloud → …". */
export function profileShortName(id: string): string {
  const title = getProfile(id)?.title;
  return title ? shortTitle(title) : id;
}

/**
 * The integrations an audit of a product starts with: those already picked that fit it, else
 * the ones the organization's policy preselects for it. The policy preselects, never locks.
 */
export function startingProfiles(
  product: 'manage' | 'automate',
  picked: readonly string[],
  preselected: readonly string[],
): string[] {
  const offered = new Set(integrationOptions(product).map((option) => option.id));
  const kept = picked.filter((id) => offered.has(id));
  return kept.length > 0 ? kept : preselected.filter((id) => offered.has(id));
}
