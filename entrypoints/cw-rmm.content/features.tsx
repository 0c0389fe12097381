import { PageRegionBadge } from '@/components/regions/PageRegionBadge';
import { copyText } from '@/lib/extension/clipboard';
import { EVERY_PAGE, type OverlayFeature } from '@/lib/overlay/features';

/** The ConnectWise RMM overlay's features. */
export const features: OverlayFeature[] = [
  {
    id: 'region-badge',
    appliesTo: EVERY_PAGE,
    start: () => ({ View: () => <PageRegionBadge pageUrl={location.href} onCopy={copyText} /> }),
  },
];
