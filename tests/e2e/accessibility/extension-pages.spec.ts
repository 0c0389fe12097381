import type { Page } from '@playwright/test';
import { sections } from '../../../entrypoints/options/sections';
import { SANDBOX_CONNECTION_NAMES, setUpExtension } from '../../sandbox/seed';
import { mountSimulators } from '../../sandbox/simulators';
import { expect, test } from '../fixtures';
import { sendCommandFromPage } from '../support/extension-messaging';
import { COLOR_SCHEMES, expectNoAxeViolations, THEME_BACKGROUND } from './axe';

/** Settings → Mappings with the sandbox's WatchGuard accounts against its RMM companies. */
async function showPair(page: Page) {
  for (const [picker, name] of [
    [/^Map each entity of/, SANDBOX_CONNECTION_NAMES.watchguard],
    [/^to one of/, SANDBOX_CONNECTION_NAMES.rmm],
  ] as const) {
    const select = page.getByLabel(picker);
    await select.selectOption((await select.locator('option', { hasText: name }).getAttribute('value'))!);
  }
  await expect(page.getByTestId('mapping-row').first()).toBeVisible();
}

/** Options › API members with every kind of verdict on screen. */
async function auditApiMembers(page: Page) {
  await page.getByRole('button', { name: 'Audit all API members' }).click();
  await expect(page.getByText(/^\d+ API members:/)).toBeVisible({ timeout: 30_000 });
}

for (const colorScheme of COLOR_SCHEMES) {
  test(`axe: every settings section and the popup, with the sandbox's connections (${colorScheme} theme)`, async ({
    openExtensionPage,
    vendorServer,
  }) => {
    test.setTimeout(180_000);
    // The sandbox's own set-up: its simulators, connections and settings, then a sync of each.
    const simulators = await mountSimulators(vendorServer);
    await setUpExtension(openExtensionPage, simulators);

    const page = await openExtensionPage('options.html#connections');
    await page.emulateMedia({ colorScheme });
    const synced = await sendCommandFromPage<{ ok: boolean }>(page, 'syncNow', { all: true });
    expect(synced.ok).toBe(true);
    await expect(page.getByRole('listitem', { name: SANDBOX_CONNECTION_NAMES.manage })).toBeVisible();

    // Every kind of Test connection outcome on screen: passed, passed with a member audit, a 403.
    for (const name of Object.values(SANDBOX_CONNECTION_NAMES)) {
      const row = page.getByRole('listitem', { name, exact: true });
      await row.getByRole('button', { name: 'Test connection' }).click();
      await expect(row.getByTestId('test-result')).toContainText('Next step:');
    }
    await expect(page.locator('body')).toHaveCSS('background-color', THEME_BACKGROUND[colorScheme]);
    await expectNoAxeViolations(page, `Settings → Connections, tested (${colorScheme})`);

    for (const section of sections.filter(({ id }) => id !== 'connections')) {
      await page.goto(page.url().replace(/#.*$/, `#${section.id}`));
      await expect(page.getByRole('main', { name: section.title })).toBeVisible();
      if (section.id === 'mappings') await showPair(page);
      if (section.id === 'api-members') await auditApiMembers(page);
      if (section.id === 'sync')
        await expect(page.getByText('Succeeded').first()).toBeVisible({ timeout: 30_000 });
      await expectNoAxeViolations(page, `Settings → ${section.title} (${colorScheme})`);
    }

    const popup = await openExtensionPage('popup.html');
    await popup.emulateMedia({ colorScheme });
    await expect(popup.getByRole('region', { name: 'Account sync' })).toContainText(
      SANDBOX_CONNECTION_NAMES.rmm,
    );
    await expect(popup.locator('body')).toHaveCSS('background-color', THEME_BACKGROUND[colorScheme]);
    await expectNoAxeViolations(popup, `Popup (${colorScheme})`);
  });
}
