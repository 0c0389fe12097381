import { browser } from 'wxt/browser';
import type { IntegrationKind, ManageProfile, Profile } from '../permissions/schema';

/**
 * The Manage catalogue as the role checker's page script reads it: written into `storage.local`
 * by the background (background/catalogue-delivery.ts), read by the content script and the
 * checker without waking the worker. Public data, no secrets. A small index of every Manage
 * profile (what the picker, the badges and the exports name) under one key, and each profile's
 * full data under a key of its own, so a page reads the index and only the profiles it audits.
 * Plain `storage.local`, like preferences-item.ts, to keep the content script small.
 * Runs in: the background (writes), the Manage content script and the checker chunk (read).
 */
export const CATALOGUE_INDEX_KEY = 'roleChecker.catalogue';

/** Where one profile's full data is kept. */
export const catalogueProfileKey = (id: string) => `roleChecker.catalogue/${id}`;

/** A Manage profile as the index lists it. */
export interface CatalogueEntry {
  id: string;
  title: string;
  vendor: string;
  kind: IntegrationKind;
  strictnessNote: string;
  source: ManageProfile['source'];
  /** The source's table is cut off. */
  partial: boolean;
  /** The vendor recommends ConnectWise's Admin role. */
  adminRecommended: boolean;
  features: { id: string; title: string; detail: string }[];
}

/** A profile's index entry (the background builds the index; extension pages their pickers). */
export function catalogueEntry(profile: Profile): CatalogueEntry {
  return {
    id: profile.id,
    title: profile.title,
    vendor: profile.vendor,
    kind: profile.kind,
    strictnessNote: profile.strictnessNote,
    source: profile.source,
    partial: profile.partial !== undefined,
    adminRecommended: profile.adminRecommendation !== undefined,
    features: profile.optionalFeatures.map(({ id, title, detail }) => ({ id, title, detail })),
  };
}

/** `CATALOGUE_INDEX_KEY`: every Manage profile, in catalogue order, of catalogue `version`. */
export interface StoredCatalogueIndex {
  version: string;
  profiles: CatalogueEntry[];
}

/** `catalogueProfileKey(id)`: the profile as the catalogue parsed it, of catalogue `version`. */
export interface StoredCatalogueProfile {
  version: string;
  profile: ManageProfile;
}

/** The ids a stored site record picks, read leniently (the checker validates the record). */
function pickedIds(stored: unknown): string[] {
  const profiles = (stored as { profiles?: unknown } | null | undefined)?.profiles;
  return Array.isArray(profiles) ? profiles.filter((id) => typeof id === 'string').slice(0, 50) : [];
}

/**
 * The content script's read at screen found, while the checker script loads: the index and the
 * profiles the site's stored preferences pick, in one read after those preferences. Unvalidated
 * (the checker checks it, page/catalogue-guards.ts); never rejects (an empty answer reads as missing).
 */
export async function readStoredCatalogue(
  storedPreferences: Promise<unknown>,
): Promise<Record<string, unknown>> {
  const picked = pickedIds(await storedPreferences.catch(() => undefined));
  try {
    return await browser.storage.local.get([CATALOGUE_INDEX_KEY, ...picked.map(catalogueProfileKey)]);
  } catch {
    return {};
  }
}
