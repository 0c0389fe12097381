import '@/components/overlay.css';
import '@/components/readiness/readiness.css';
import '@/components/readiness/portal-lint.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startOverlayFeatures } from '@/lib/overlay/features';
import { readThreatLockerSetupForm } from '@/lib/readiness/threatlocker/page/setup-form';
import { features } from './features';

const STYLESHEET = 'content-scripts/threatlocker-portal.css';
/** Page changes come in bursts (a screen renders in steps): look once the burst settles. */
const SETTLE_MS = 150;

// The ThreatLocker portal, opt-in (Options › Connections › Readiness): registered at run time by
// the background while the user grants the portal's host (lib/connections/host-access.ts). No
// `matches` here, or WXT would ask for the host at install. The overlay appears only on a page
// showing the ConnectWise setup form.
export default defineContentScript({
  matches: [],
  registration: 'runtime',
  cssInjectionMode: 'ui',
  main(ctx) {
    let pending: number | undefined;
    const observer = new MutationObserver(() => {
      if (pending === undefined) pending = ctx.setTimeout(look, SETTLE_MS);
    });
    function look() {
      pending = undefined;
      if (!readThreatLockerSetupForm(document)) return;
      observer.disconnect();
      void startOverlayFeatures(ctx, features, { stylesheet: STYLESHEET });
    }
    observer.observe(document.body, { childList: true, subtree: true });
    ctx.onInvalidated(() => observer.disconnect());
    look();
  },
});
