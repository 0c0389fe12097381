import { automateProfiles, featureKey, type IntegrationKind, manageProfiles } from '../permissions';
import { profileShortName } from './page/verdict';

/** An integration as the pickers offer it. */
export interface IntegrationOption {
  id: string;
  name: string;
  /** How strict the vendor's own list is, in one sentence. */
  note: string;
  vendor: string;
  kind: IntegrationKind;
  /** The source's table is cut off: some of its rows are unknown. */
  partial: boolean;
  /** The vendor recommends ConnectWise's Admin role. */
  adminRecommended: boolean;
  /** Its optional features, as the feature pickers list them. */
  features: readonly { key: string; label: string; detail: string }[];
}

/** The catalogue's integrations for one product, in catalogue order. */
export function integrationOptions(product: 'manage' | 'automate'): IntegrationOption[] {
  return (product === 'manage' ? manageProfiles : automateProfiles).map((profile) => ({
    id: profile.id,
    name: profileShortName(profile.id),
    note: profile.strictnessNote,
    vendor: profile.vendor,
    kind: profile.kind,
    partial: profile.partial !== undefined,
    adminRecommended: profile.adminRecommendation !== undefined,
    features: profile.optionalFeatures.map((feature) => ({
      key: featureKey(profile.id, feature.id),
      label: `${profileShortName(profile.id)}: ${feature.title}`,
      detail: feature.detail,
    })),
  }));
}

/** The optional features the picked integrations offer, in catalogue order. */
export function featureChoices(options: readonly IntegrationOption[], picked: readonly string[]) {
  return options.filter((option) => picked.includes(option.id)).flatMap((option) => option.features);
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
