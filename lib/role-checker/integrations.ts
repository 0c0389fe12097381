import { automateProfiles, manageProfiles } from '../permissions';
import { profileShortName } from './verdict';

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
