import type { IntegrationKind } from '../permissions/schema';
import type { CatalogueEntry } from './catalogue-item';

/**
 * Runs in: the role checker's page chunk and extension pages. The integrations as the pickers
 * offer them, made from catalogue entries (catalogue-item.ts): the page chunk has those from
 * storage, extension pages from the catalogue itself (integrations.ts). No catalogue data here.
 */

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

/** A profile's short name for badges and lists: "WatchGuard Cloud" for "WatchGuard Cloud → …". */
export function shortTitle(title: string): string {
  return title.split(/\s+→\s+/)[0]!.trim();
}

export function integrationOption(entry: CatalogueEntry): IntegrationOption {
  const name = shortTitle(entry.title);
  return {
    id: entry.id,
    name,
    note: entry.strictnessNote,
    vendor: entry.vendor,
    kind: entry.kind,
    partial: entry.partial,
    adminRecommended: entry.adminRecommended,
    features: entry.features.map((feature) => ({
      // featureKey (lib/permissions/features.ts) spells it the same way.
      key: `${entry.id}/${feature.id}`,
      label: `${name}: ${feature.title}`,
      detail: feature.detail,
    })),
  };
}

/** The optional features the picked integrations offer, in catalogue order. */
export function featureChoices(options: readonly IntegrationOption[], picked: readonly string[]) {
  return options.filter((option) => picked.includes(option.id)).flatMap((option) => option.features);
}
