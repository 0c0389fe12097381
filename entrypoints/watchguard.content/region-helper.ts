import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { copyText } from '@/lib/extension/clipboard';
import { loadPageChunk } from '@/lib/extension/page-chunk';
import type { OverlayFeature } from '@/lib/overlay/features';
import { watchGuardHelpersChunk } from '@/lib/regions/page/helpers-chunk';
import { drawRegionBadge } from '@/lib/regions/page/region-badge-view';
import { readWatchGuardPage } from '@/lib/regions/page/watchguard-page-adapter';

/** Page changes come in bursts (a screen renders in steps): look once the burst settles. */
const SETTLE_MS = 150;

/**
 * The region helper's part of the always-loaded WatchGuard script: the region's URLs (the badge),
 * and a look at the page after each burst of changes. Once the page shows Managed Access or an
 * integration form, it imports the helpers (lib/regions/page/helpers-chunk.ts), which take over.
 */
export function regionHelperFeature(stylesheet: string): OverlayFeature {
  return {
    id: 'region-helper',
    // Managed Access, the integration forms, and the region's URLs on any other page.
    appliesTo: () => true,
    start: (ctx) => ({ mount: (container) => watchForHelpers(ctx, container, stylesheet) }),
  };
}

function watchForHelpers(ctx: ContentScriptContext, container: HTMLElement, stylesheet: string) {
  drawRegionBadge(container, location.href, copyText);
  let pending: number | undefined;
  let loading = false;
  const observer = new MutationObserver(() => schedule());
  const look = () => {
    pending = undefined;
    if (loading || readWatchGuardPage(document).kind === 'other') return;
    loading = true;
    loadPageChunk(watchGuardHelpersChunk, location.href).then(
      (helpers) => {
        observer.disconnect();
        if (ctx.isValid) helpers.start({ ctx, container, stylesheet });
      },
      // The badge stays; the next change of the page tries again.
      () => {
        loading = false;
      },
    );
  };
  const schedule = () => {
    if (pending === undefined && !loading) pending = ctx.setTimeout(look, SETTLE_MS);
  };
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  ctx.addEventListener(window, 'wxt:locationchange', schedule);
  ctx.onInvalidated(() => observer.disconnect());
  look();
}
