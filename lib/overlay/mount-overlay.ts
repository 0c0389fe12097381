import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { acceptOnlyTrustedEvents } from './trusted-events';

/** The custom element that hosts our overlay; tests and the page-snapshot scrubber look for it. */
export const OVERLAY_HOST_TAG = 'mpc-overlay';

/** Keystrokes typed in our inputs must not fire the portal's shortcuts. */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

export interface ShadowHost {
  host: HTMLElement;
  /** Where our content goes, inside the shadow root. */
  container: HTMLElement;
}

/**
 * Runs in: a content script. A host element (`tag`) with an open shadow root holding the
 * content script's style sheet (`stylesheet`, an extension file WXT writes as
 * content-scripts/<name>.css, fetched once per page): the portal's CSS cannot reach inside,
 * keystrokes stay inside, and only a person's events reach our controls (trusted-events.ts), so
 * everything rendered into it gets that guard from here. The structure WXT's createShadowRootUi
 * builds, without its anchoring machinery: the caller places `host`.
 */
export async function createShadowHost(tag: string, stylesheet: string): Promise<ShadowHost> {
  const css = await loadStylesheet(stylesheet);
  const host = document.createElement(tag);
  const shadow = host.attachShadow({ mode: 'open' });
  const html = document.createElement('html');
  const head = document.createElement('head');
  const style = document.createElement('style');
  // WXT's reset, which the style sheets are written against (see components/overlay.css).
  style.textContent = `:host{all:initial !important;}\n${css.replaceAll(':root', ':host')}`;
  head.append(style);
  const container = document.createElement('body');
  html.append(head, container);
  shadow.append(html);
  for (const type of ISOLATED_EVENTS) container.addEventListener(type, (event) => event.stopPropagation());
  acceptOnlyTrustedEvents(shadow);
  return { host, container };
}

/** The overlay's host, in the page's bottom-right corner; removed when the extension goes away. */
export async function mountOverlay(ctx: ContentScriptContext, stylesheet: string): Promise<ShadowHost> {
  const mounted = await createShadowHost(OVERLAY_HOST_TAG, stylesheet);
  Object.assign(mounted.host.style, {
    zIndex: '2147483000',
    overflow: 'visible',
    position: 'relative',
    width: '0',
    height: '0',
    display: 'block',
  });
  Object.assign(mounted.container.style, { position: 'absolute', bottom: '0', right: '0' });
  document.body.append(mounted.host);
  ctx.onInvalidated(() => mounted.host.remove());
  return mounted;
}

const stylesheets = new Map<string, Promise<string>>();

function loadStylesheet(path: string): Promise<string> {
  let loading = stylesheets.get(path);
  if (!loading) {
    const runtime = browser.runtime as unknown as { getURL(path: string): string };
    // Unstyled beats absent: the panel still works.
    loading = fetch(runtime.getURL(`/${path}`))
      .then((response) => response.text())
      .catch(() => '');
    stylesheets.set(path, loading);
  }
  return loading;
}
