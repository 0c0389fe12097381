import '@/components/regions/regions.css';
import { PageRegionBadge } from '@/components/regions/PageRegionBadge';
import { copyText } from '@/lib/extension/clipboard';

/** The region badge on ConnectWise Manage pages: this site's region and its API server URL. */
export function RegionBadgeFeature() {
  return <PageRegionBadge pageUrl={location.href} onCopy={copyText} />;
}
