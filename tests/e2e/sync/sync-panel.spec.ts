import { MIGRATIONS } from '../../../lib/db/migrations';
import { COMPANION_DB_NAME } from '../../../lib/db/schema';
import { expect, test } from '../fixtures';
import { evaluateInContentScript } from '../support/content-script-world';

/*
 * Until saved connections (wip/connections) are wired into the background, these specs cover the
 * sync surface with no connections: the real IndexedDB in the worker, the panel, the schedule and
 * the sender rules. The sync-with-simulator specs are planned in the sync report.
 */

test('the popup shows the sync panel, and the worker opened the companion database', async ({
  openExtensionPage,
  serviceWorker,
}) => {
  const popup = await openExtensionPage('popup.html');
  const panel = popup.getByRole('region', { name: 'Account sync' });
  await expect(panel.getByText('No connections yet.')).toBeVisible();
  await expect(panel.getByRole('link', { name: 'Add one in the settings.' })).toHaveAttribute(
    'href',
    'options.html',
  );

  const databases = await serviceWorker.evaluate(() => indexedDB.databases());
  // At the version the migrations reach (the fleet-audit store made it 2).
  expect(databases).toContainEqual({ name: COMPANION_DB_NAME, version: MIGRATIONS.length });
  // Opening the popup acknowledges failed scheduled syncs: no badge.
  expect(await serviceWorker.evaluate('chrome.action.getBadgeText({})')).toBe('');
});

test('Options › Sync keeps the schedule, and the off switch holds after a reload', async ({
  openExtensionPage,
}) => {
  const options = await openExtensionPage('options.html#sync');
  const automatic = options.getByRole('checkbox', { name: 'Sync connections automatically' });
  await expect(automatic).toBeChecked();
  await expect(options.getByRole('combobox', { name: 'Default interval' })).toHaveValue('1440');

  await options.getByRole('combobox', { name: 'Default interval' }).selectOption({ label: 'Every 6 hours' });
  await automatic.uncheck();
  await expect(options.getByRole('combobox', { name: 'Default interval' })).toBeDisabled();

  await options.reload();
  await expect(options.getByRole('checkbox', { name: 'Sync connections automatically' })).not.toBeChecked();
  await expect(options.getByRole('combobox', { name: 'Default interval' })).toHaveValue('360');
});

test('a portal page cannot start or read a sync', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('https://na.myconnectwise.net/v4_6_release/home.html');
  await expect(page.locator('mpc-overlay')).toHaveCount(1);
  for (const command of ['syncNow', 'getSyncStatus']) {
    const answer = await evaluateInContentScript<unknown>(
      page,
      `chrome.runtime.sendMessage({ command: '${command}', payload: { all: true } })`,
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  }
});
