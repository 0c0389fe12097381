import { EVERY_PAGE, type OverlayFeature } from '@/lib/overlay/features';
import { RegionHelper } from './region-helper';

/** The WatchGuard Cloud overlay's features. */
export const features: OverlayFeature[] = [
  {
    id: 'region-helper',
    // Managed Access, the integration forms, and the region's URLs on any other page.
    appliesTo: EVERY_PAGE,
    start: (ctx) => ({ View: () => <RegionHelper ctx={ctx} /> }),
  },
];
