import type { FunctionComponent } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { OverlayShell } from '../../components/OverlayShell';
import { mountOverlay } from './mount-overlay';
import { rememberedPanel } from './panel-state';

/**
 * Runs in: the content script. One in-page feature, as a content script's registry lists it
 * (entrypoints/<portal>.content/features.tsx), the way the popup's panels and the options page's
 * sections are listed: where it applies, how it starts, how it stops.
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
  /** What it shows inside the overlay. */
  View: FunctionComponent;
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

/** Starts the features that apply to this page and mounts the overlay that shows them. */
export async function startOverlayFeatures(
  ctx: ContentScriptContext,
  features: readonly OverlayFeature[],
  options: { rememberPanel?: boolean } = {},
) {
  const page = new URL(location.href);
  const started = features
    .filter((feature) => feature.appliesTo(page))
    .map((feature) => ({ id: feature.id, ...feature.start(ctx) }));
  const remembered = options.rememberPanel ? rememberedPanel(location.host) : undefined;
  const ready = started.flatMap((feature) => (feature.ready ? [feature.ready] : []));
  if (ready.length > 0) {
    await Promise.race([
      Promise.all(ready),
      new Promise<void>((resolve) => ctx.setTimeout(() => resolve(), READY_WAIT_MS)),
    ]);
  }
  const panel = await remembered;
  const stop = () => {
    for (const feature of started) feature.stop?.();
  };
  return mountOverlay(ctx, () => (
    <OverlayShell title="MSP Portal Companion" {...panel} onDismiss={stop}>
      {started.map(({ id, View }) => (
        <View key={id} />
      ))}
    </OverlayShell>
  ));
}
