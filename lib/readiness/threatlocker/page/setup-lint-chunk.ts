import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { definePageChunk } from '../../../extension/page-chunk';

/**
 * Runs in: the ThreatLocker portal's content script and the script it loads. The setup-form lint
 * (Preact, zod, the lint rules, the Company ID command) is a script of its own
 * (entrypoints/threatlocker-setup-lint/), imported only once a page shows the ConnectWise form.
 */
export interface SetupLintStart {
  ctx: ContentScriptContext;
  /** The feature's element in the overlay; the lint takes it over. */
  container: HTMLElement;
}

export interface SetupLintChunk {
  start(options: SetupLintStart): void;
}

export const threatLockerSetupLintChunk = definePageChunk<SetupLintChunk>('threatlocker-setup-lint.js');
