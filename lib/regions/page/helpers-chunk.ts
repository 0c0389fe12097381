import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { definePageChunk } from '../../extension/page-chunk';

/**
 * Runs in: the WatchGuard content script and the script it loads. The WatchGuard helpers (the
 * Managed Access panel, the integration-form lint, their notices: Preact, zod, the lint rules)
 * are a script of their own (entrypoints/watchguard-helpers/), imported only once a page shows
 * Managed Access or an integration form; every other WatchGuard page shows the region badge alone.
 */
export interface WatchGuardHelpersStart {
  ctx: ContentScriptContext;
  /** The feature's element in the overlay; the helpers take it over. */
  container: HTMLElement;
  /** The content script's style sheet (the inline form messages' shadow roots use it too). */
  stylesheet: string;
}

export interface WatchGuardHelpersChunk {
  start(options: WatchGuardHelpersStart): void;
}

export const watchGuardHelpersChunk = definePageChunk<WatchGuardHelpersChunk>('watchguard-helpers.js');
