import '@/components/overlay.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { OverlayShell } from '@/components/OverlayShell';
import { CONTENT_SCRIPT_MATCHES } from '@/lib/hosts';
import { mountOverlay } from '@/lib/overlay/mount-overlay';
import { RegionHelper } from './region-helper';

// WatchGuard Cloud portal pages. Features mount inside this overlay.
export default defineContentScript({
  matches: [...CONTENT_SCRIPT_MATCHES.watchguard],
  cssInjectionMode: 'ui',
  async main(ctx) {
    await mountOverlay(ctx, () => (
      <OverlayShell title="MSP Portal Companion">
        <RegionHelper ctx={ctx} />
      </OverlayShell>
    ));
  },
});
