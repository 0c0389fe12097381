import type { BrowserContext, Locator, Page, Worker } from '@playwright/test';
import { expect } from '../fixtures';

/** Lets pages of these origins write and read the clipboard, as a person's click would. */
export async function allowClipboard(context: BrowserContext, origins: readonly string[]): Promise<void> {
  for (const origin of origins) {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  }
}

/**
 * Clicks a copy button, waits for its own confirmation, and answers what the clipboard holds,
 * read through `reader` (a page of an origin allowed to read it).
 */
export async function copyAndRead(button: Locator, reader: Page): Promise<string> {
  await button.click();
  await expect(button).toHaveText('Copied ✓');
  await reader.bringToFront();
  return reader.evaluate(() => navigator.clipboard.readText());
}

/** The lint messages shown under a form box (our element right after it). */
export function findingsUnder(page: Page, boxSelector: string): Locator {
  return page.locator(`${boxSelector} + mpc-field-lint`).getByTestId('field-findings');
}

/** Puts text on the clipboard and pastes it into a box with the keyboard, as a person does. */
export async function pasteInto(page: Page, boxSelector: string, text: string): Promise<void> {
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  const box = page.locator(boxSelector);
  await box.click();
  await box.press('ControlOrMeta+a');
  await box.press('ControlOrMeta+v');
}

type StorageArea = { get(keys: string[]): Promise<Record<string, unknown>> };

/** What the extension keeps in `storage.local` (or `storage.session`) under these keys, read in its worker. */
export function readExtensionStorage(
  serviceWorker: Worker,
  keys: string[],
  area: 'local' | 'session' = 'local',
): Promise<Record<string, unknown>> {
  return serviceWorker.evaluate(
    ([wanted, which]) => {
      const { chrome } = globalThis as unknown as {
        chrome: { storage: Record<'local' | 'session', StorageArea> };
      };
      return chrome.storage[which].get(wanted);
    },
    [keys, area] as const,
  );
}
