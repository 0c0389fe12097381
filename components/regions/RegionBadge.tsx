import type { PageBadge } from '@/lib/regions';
import { CopyRow } from './CopyRow';

export interface RegionBadgeProps {
  badge: PageBadge;
  onCopy: (text: string) => Promise<boolean>;
}

/** The page's vendor and region, with the region's API addresses to copy. */
export function RegionBadge({ badge, onCopy }: RegionBadgeProps) {
  return (
    <div class="mpc-region" data-testid="region-badge">
      <p class="mpc-region__title">
        <span class="mpc-region__vendor">{badge.vendorLabel}</span>
        <span class="mpc-region__chip">Region: {badge.regionLabel}</span>
      </p>
      {badge.rows.map((row) => (
        <CopyRow key={row.key} label={row.label} value={row.url} onCopy={onCopy} />
      ))}
      {badge.note && <p class="mpc-region__note">{badge.note}</p>}
    </div>
  );
}
