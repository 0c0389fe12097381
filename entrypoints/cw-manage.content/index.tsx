import '@/components/overlay.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { OverlayShell } from '@/components/OverlayShell';
import { CONTENT_SCRIPT_MATCHES } from '@/lib/hosts';
import { mountOverlay } from '@/lib/overlay/mount-overlay';
import { rememberedPanel } from '@/lib/overlay/panel-state';
import { RegionBadgeFeature } from './region-badge';
import { startRoleChecker } from './role-checker';

// ConnectWise Manage portal pages (cloud). Features mount inside this overlay.
export default defineContentScript({
  matches: [...CONTENT_SCRIPT_MATCHES.cwManage],
  cssInjectionMode: 'ui',
  async main(ctx) {
    // Starts watching for the role screen before the overlay mounts, so the check does not wait.
    const roleChecker = startRoleChecker(ctx);
    const remembered = rememberedPanel(location.host);
    // On a role screen the overlay mounts after the first verdict: mounting and painting it first
    // would hold the page's one thread while the checker loads. Never more than a moment later.
    await Promise.race([
      roleChecker.firstLook,
      new Promise<void>((resolve) => ctx.setTimeout(() => resolve(), 300)),
    ]);
    const panel = await remembered;
    await mountOverlay(ctx, () => (
      <OverlayShell title="MSP Portal Companion" {...panel} onDismiss={roleChecker.stop}>
        <RegionBadgeFeature />
        <roleChecker.View />
      </OverlayShell>
    ));
  },
});
