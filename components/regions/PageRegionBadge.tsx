import { pageBadgeFor } from '@/lib/regions';
import { RegionBadge } from './RegionBadge';

export interface PageRegionBadgeProps {
  pageUrl: string;
  onCopy: (text: string) => Promise<boolean>;
}

/** The region badge for a page address; nothing on a page of no known region. */
export function PageRegionBadge({ pageUrl, onCopy }: PageRegionBadgeProps) {
  const badge = pageBadgeFor(pageUrl);
  return badge ? <RegionBadge badge={badge} onCopy={onCopy} /> : null;
}
