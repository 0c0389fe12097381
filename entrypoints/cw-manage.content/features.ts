import { EVERY_PAGE, type OverlayFeature } from '@/lib/overlay/features';
import { regionBadgeFeature } from '@/lib/regions/page/region-badge-view';
import { startRoleChecker } from './role-checker';

/**
 * The ConnectWise Manage overlay's features, top to bottom. This script runs on every Manage
 * page: an entry here stays small and imports its feature's code when the page needs it (as the
 * role checker does, see lib/extension/page-chunk.ts).
 */
export const features: OverlayFeature[] = [
  regionBadgeFeature,
  // A small detector on every page; the checker itself loads only on a security-role screen.
  { id: 'role-checker', appliesTo: EVERY_PAGE, start: startRoleChecker },
];
