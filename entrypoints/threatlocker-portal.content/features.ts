import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { loadPageChunk } from '@/lib/extension/page-chunk';
import { EVERY_PAGE, type OverlayFeature } from '@/lib/overlay/features';
import { threatLockerSetupLintChunk } from '@/lib/readiness/threatlocker/page/setup-lint-chunk';

/** The ThreatLocker portal overlay's features (always loaded: plain DOM, see README "Performance"). */
export const features: OverlayFeature[] = [
  {
    id: 'threatlocker-setup-lint',
    appliesTo: EVERY_PAGE,
    // The content script starts the overlay only once the form is on the page.
    start: (ctx: ContentScriptContext) => ({
      mount: (container) => {
        container.textContent = 'Loading the setup lint…';
        loadPageChunk(threatLockerSetupLintChunk, location.href).then(
          (lint) => {
            if (ctx.isValid) lint.start({ ctx, container });
          },
          () => {
            container.textContent = 'The setup lint did not load; reload the page to try again.';
          },
        );
      },
    }),
  },
];
