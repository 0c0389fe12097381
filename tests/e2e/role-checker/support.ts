import type { BrowserContext, FrameLocator, Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';

export const ROLE_PAGES = 'https://na.myconnectwise.net/v4_6_release/security-roles';

export async function openRolePage(context: BrowserContext, name: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${ROLE_PAGES}/${name}`);
  return page;
}

/** The role checker's panel inside the overlay (Playwright's locators pierce its shadow root). */
export function checkerPanel(page: Page): Locator {
  return page.locator('mpc-overlay').getByRole('region', { name: 'Security role check' });
}

export async function pickIntegrations(page: Page, ...names: string[]) {
  for (const name of names) await checkerPanel(page).getByLabel(name).check();
}

/** The count shown for one status in the summary ("missing", "excess", "ok", "unread", "manual"). */
export function count(page: Page, status: string): Locator {
  return checkerPanel(page).locator(`[data-count="${status}"] .mpc-rc__count-value`);
}

export async function expectCounts(page: Page, expected: Record<string, number>) {
  for (const [status, value] of Object.entries(expected)) {
    await expect(count(page, status), status).toHaveText(String(value));
  }
}

/** The fixture's id for a row's level drop-down: action 0 Add, 1 Edit, 2 Delete, 3 Inquire. */
export function levelSelectId(module: string, fn: string, action: 0 | 1 | 2 | 3): string {
  const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return `gwt-uid-${slug(module)}-${slug(fn)}-${action}`;
}

/** A function's row in the page (or in a frame of it). */
export function row(scope: Page | FrameLocator, module: string, fn: string): Locator {
  return scope.locator('tr').filter({ has: scope.locator(`#${levelSelectId(module, fn, 0)}`) });
}

/** The badge the checker put on a row: its host carries the status, its shadow root the text. */
export function badge(scope: Page | FrameLocator, module: string, fn: string) {
  const host = row(scope, module, fn).locator('[data-mpc-badge]');
  return { host, text: host.locator('.mpc-badge') };
}
