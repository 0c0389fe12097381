import { EVERY_PAGE, type OverlayFeature } from '@/lib/overlay/features';
import { RegionBadgeFeature } from './region-badge';
import { startRoleChecker } from './role-checker';

/** The ConnectWise Manage overlay's features, top to bottom. */
export const features: OverlayFeature[] = [
  { id: 'region-badge', appliesTo: EVERY_PAGE, start: () => ({ View: RegionBadgeFeature }) },
  {
    id: 'role-checker',
    // A small detector on every page; the checker itself loads only on a security-role screen.
    appliesTo: EVERY_PAGE,
    start: (ctx) => {
      const roleChecker = startRoleChecker(ctx);
      return { View: roleChecker.View, ready: roleChecker.firstLook, stop: roleChecker.stop };
    },
  },
];
