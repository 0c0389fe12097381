import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { mountOverlay } from './mount-overlay';
import { createOverlayShell } from './overlay-shell';
import { rememberedPanel } from './panel-state';

/**
 * Runs in: the content script. One in-page feature, as a content script's registry lists it
 * (entrypoints/<portal>.content/features.ts), the way the popup's panels and the options page's
 * sections are listed: where it applies, how it starts, how it stops. The registry is part of
 * the always-loaded script, so a feature's entry stays small: the code behind it (Preact, zod,
 * its reader) is an extension file it imports on demand (lib/overlay/load-chunk.ts) once the page
 * shows what it works on.
 */
export interface OverlayFeature {
  /** Stable name, for keys and reading the registry. */
  id: string;
  /** Where it applies, among the pages its content script matches. */
  appliesTo: (page: URL) => boolean;
  /** How it starts: before the overlay mounts, so it can read the page at once. */
  start: (ctx: ContentScriptContext) => StartedOverlayFeature;
}

export interface StartedOverlayFeature {
  /** Draws what it shows into its own element in the overlay; may return how to undo that. */
  mount: (container: HTMLElement) => void;
  /** The overlay mounts after this (or a moment later at most): e.g. the role checker's first verdict. */
  ready?: Promise<void>;
  /** How it stops when the overlay is dismissed (the context's invalidation is the feature's own). */
  stop?: () => void;
}

/** Every page its content script matches. */
export const EVERY_PAGE = () => true;

/**
 * The longest the overlay waits for a feature's `ready`: mounting and painting the overlay first
 * would hold the page's one thread while, say, the role checker loads; never more than a moment.
 */
const READY_WAIT_MS = 300;

export interface OverlayOptions {
  /** The content script's style sheet, an extension file (WXT writes content-scripts/<name>.css). */
  stylesheet: string;
  rememberPanel?: boolean;
}

/** Starts the features that apply to this page and mounts the overlay that shows them. */
export async function startOverlayFeatures(
  ctx: ContentScriptContext,
  features: readonly OverlayFeature[],
  options: OverlayOptions,
) {
  const page = new URL(location.href);
  const started = features.filter((feature) => feature.appliesTo(page)).map((feature) => feature.start(ctx));
  const remembered = options.rememberPanel ? rememberedPanel(location.host) : undefined;
  const ready = started.flatMap((feature) => (feature.ready ? [feature.ready] : []));
  if (ready.length > 0) {
    await Promise.race([
      Promise.all(ready),
      new Promise<void>((resolve) => ctx.setTimeout(() => resolve(), READY_WAIT_MS)),
    ]);
  }
  const panel = await remembered;
  const host = await mountOverlay(ctx, options.stylesheet);
  const shell = createOverlayShell(document, {
    title: 'MSP Portal Companion',
    ...panel,
    onDismiss: () => {
      for (const feature of started) feature.stop?.();
    },
  });
  for (const feature of started) {
    const container = document.createElement('div');
    shell.body.append(container);
    feature.mount(container);
  }
  host.container.append(shell.element);
  return host;
}
