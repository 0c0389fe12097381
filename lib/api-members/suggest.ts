import { manageProfiles } from '../permissions/catalogue';

/**
 * Tag suggestions for an API member, from its identifier and name: "HuntressEDR" suggests
 * Huntress EDR's profile, "WatchGuard Cloud sync" WatchGuard Cloud's. Only ever a suggestion;
 * the admin applies it. Matching uses the catalogue's own words (each Manage profile's product
 * name, the part of its title before "→", and its vendor), with case, spaces and punctuation
 * ignored. A vendor with several Manage profiles (N-able, ScalePad…) suggests only the profiles
 * whose product name matches, since its name alone cannot tell them apart.
 * Runs in: the background (it needs the catalogue).
 */

const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Words too short or too common to tell an integration apart. */
const MIN_TOKEN = 4;

interface Candidate {
  id: string;
  product: string;
  vendor: string;
}

const CANDIDATES: readonly Candidate[] = manageProfiles.map((profile) => ({
  id: profile.id,
  product: squash(profile.title.split('→')[0] ?? profile.title),
  // "Datto (Kaseya)" → "datto": the bracket names the parent company, not what members are called.
  vendor: squash(profile.vendor.replace(/\(.*\)/, '')),
}));

const VENDOR_PROFILES = new Map<string, number>();
for (const candidate of CANDIDATES) {
  VENDOR_PROFILES.set(candidate.vendor, (VENDOR_PROFILES.get(candidate.vendor) ?? 0) + 1);
}

/** Product first words, e.g. "huntressedr" also matches on "huntress" when the vendor says so. */
export function suggestProfiles(identifier: string, name: string | null | undefined): string[] {
  const text = squash(`${identifier} ${name ?? ''}`);
  if (text.length === 0) return [];
  const byProduct = CANDIDATES.filter(
    (candidate) => candidate.product.length >= MIN_TOKEN && text.includes(candidate.product),
  );
  if (byProduct.length > 0) return byProduct.map((candidate) => candidate.id).slice(0, 3);
  return CANDIDATES.filter(
    (candidate) =>
      candidate.vendor.length >= MIN_TOKEN &&
      VENDOR_PROFILES.get(candidate.vendor) === 1 &&
      text.includes(candidate.vendor),
  )
    .map((candidate) => candidate.id)
    .slice(0, 3);
}
