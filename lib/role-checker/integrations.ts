import { automateProfiles, manageProfiles } from '../permissions';
import { profileShortName } from './page/verdict';

/** An integration as the pickers offer it. */
export interface IntegrationOption {
  id: string;
  name: string;
  /** How strict the vendor's own list is, in one sentence. */
  note: string;
}

/** The catalogue's integrations for one product, in catalogue order. */
export function integrationOptions(product: 'manage' | 'automate'): IntegrationOption[] {
  return (product === 'manage' ? manageProfiles : automateProfiles).map((profile) => ({
    id: profile.id,
    name: profileShortName(profile.id),
    note: profile.strictnessNote,
  }));
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
