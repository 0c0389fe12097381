import type { Browser } from 'webextension-polyfill';
import { expect, test } from './fixture';
import { PINNED_WATCHGUARD } from './pinned';

declare const chrome: Browser;

test.use({
  policy: {
    // Out of range.
    autoLockMinutes: 5000,
    // A good region next to an unknown vendor.
    defaultRegions: { watchguard: 'emea', sophos: 'eu' },
    // A good connection next to one of an unknown vendor.
    pinnedConnections: [
      PINNED_WATCHGUARD,
      { id: 'sophos', vendor: 'sophos', name: 'Sophos Central', settings: {} },
    ],
    // A good integration next to an unknown one.
    roleCheckerIntegrations: ['watchguard-cloud-psa', 'made-up'],
    // Wrong types and unknown names: Chromium drops these itself, before the extension.
    requirePassphrase: 'yes',
    colour: 'blue',
  },
});

test('invalid values are reported on the Status page and none is applied, not even in part', async ({
  openExtensionPage,
  serviceWorker,
}) => {
  const status = await openExtensionPage('options.html#status');
  const report = status.getByTestId('policy-report');
  await expect(report.getByTestId('policy-in-effect')).toHaveText('No setting is set by your organization.');
  const problems = report.getByTestId('policy-problems').getByRole('listitem');
  await expect(problems).toHaveText([
    /^autoLockMinutes was ignored: .*at most 1440 minutes/,
    /^defaultRegions was ignored: .*"sophos"/,
    /^pinnedConnections was ignored, so no connection is pinned: \[1\]: unknown vendor "sophos"/,
    /^roleCheckerIntegrations was ignored: "made-up" is not a known integration/,
  ]);
  await expect(report).toContainText('a setting of the wrong type');

  // What the browser handed over: the wrong-typed and unknown settings never arrived.
  const managed = await serviceWorker.evaluate(() => chrome.storage.managed.get());
  expect(Object.keys(managed).sort()).toEqual([
    'autoLockMinutes',
    'defaultRegions',
    'pinnedConnections',
    'roleCheckerIntegrations',
  ]);

  const page = await openExtensionPage('options.html#connections');
  await expect(page.locator('#default-region-watchguard')).toBeEnabled();
  await expect(page.locator('#default-region-watchguard')).toHaveValue('');
  await expect(page.getByRole('listitem', { name: 'HQ WatchGuard' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Add WatchGuard Cloud' }).click();
  await expect(page.getByLabel('Region')).toHaveValue('na');
  await page.getByRole('button', { name: 'Cancel' }).click();
  // No passphrase required: the device key still works.
  await expect(page.getByTestId('vault-panel').getByRole('alert')).toHaveCount(0);
});
