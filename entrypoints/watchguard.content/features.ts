import type { OverlayFeature } from '@/lib/overlay/features';
import { regionHelperFeature } from './region-helper';

/** The WatchGuard Cloud overlay's features (always loaded: see entrypoints/cw-manage.content/features.ts). */
export const features = (stylesheet: string): OverlayFeature[] => [regionHelperFeature(stylesheet)];
