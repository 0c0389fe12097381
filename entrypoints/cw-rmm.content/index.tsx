import '@/components/overlay.css';
import '@/components/regions/regions.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { OverlayShell } from '@/components/OverlayShell';
import { PageRegionBadge } from '@/components/regions/PageRegionBadge';
import { copyText } from '@/lib/extension/clipboard';
import { CONTENT_SCRIPT_MATCHES } from '@/lib/hosts';
import { mountOverlay } from '@/lib/overlay/mount-overlay';

// ConnectWise RMM web portal pages. Features mount inside this overlay.
export default defineContentScript({
  matches: [...CONTENT_SCRIPT_MATCHES.cwRmm],
  cssInjectionMode: 'ui',
  async main(ctx) {
    await mountOverlay(ctx, () => (
      <OverlayShell title="MSP Portal Companion">
        <PageRegionBadge pageUrl={location.href} onCopy={copyText} />
      </OverlayShell>
    ));
  },
});
