import type { OverlayFeature } from '@/lib/overlay/features';
import { regionBadgeFeature } from '@/lib/regions/page/region-badge-view';

/** The ConnectWise RMM overlay's features (always loaded: see entrypoints/cw-manage.content/features.ts). */
export const features: OverlayFeature[] = [regionBadgeFeature];
