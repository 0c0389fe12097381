import type { Page } from '@playwright/test';

/**
 * Sends a typed command to the background from an extension page, the way the options page's
 * `callBackground` does, and returns the router's `Result` envelope.
 */
export function sendCommand(page: Page, command: string, payload: unknown): Promise<unknown> {
  return page.evaluate(
    (message) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } }
      ).chrome.runtime.sendMessage(message),
    { command, payload },
  );
}
