import type { ComponentChild } from 'preact';
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { acceptOnlyTrustedEvents } from './trusted-events';

/** The custom element that hosts our overlay; tests and the page-snapshot scrubber look for it. */
export const OVERLAY_HOST_TAG = 'mpc-overlay';

/**
 * Mounts a Preact tree in an isolated shadow root: the portal's CSS cannot reach it,
 * `isolateEvents` keeps keystrokes typed in our inputs from firing the portal's shortcuts, and
 * only a person's events reach our controls (trusted-events.ts): every overlay, and every panel
 * rendered into it, gets that guard from here.
 */
export async function mountOverlay(ctx: ContentScriptContext, view: () => ComponentChild) {
  const ui = await createShadowRootUi(ctx, {
    name: OVERLAY_HOST_TAG,
    position: 'overlay',
    alignment: 'bottom-right',
    zIndex: 2147483000,
    isolateEvents: true,
    onMount(container, shadow) {
      acceptOnlyTrustedEvents(shadow);
      const root = document.createElement('div');
      container.append(root);
      render(view(), root);
      return root;
    },
    onRemove(root) {
      if (root) render(null, root);
    },
  });
  ui.mount();
  return ui;
}
