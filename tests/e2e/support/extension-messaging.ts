import type { Page } from '@playwright/test';

/**
 * Sends a command to the background from an extension page, exactly as the page's own code
 * would (`runtime.sendMessage({ command, payload })`), and returns the router's answer envelope.
 */
export function sendCommandFromPage<T = unknown>(page: Page, command: string, payload: unknown): Promise<T> {
  return page.evaluate(
    ([name, body]) => {
      const { chrome } = globalThis as unknown as {
        chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
      };
      return chrome.runtime.sendMessage({ command: name, payload: body });
    },
    [command, payload] as const,
  ) as Promise<T>;
}
