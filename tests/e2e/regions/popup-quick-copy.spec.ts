import { expect, test } from '../fixtures';
import { allowClipboard, copyAndRead } from './support';

// The popup opens here as a page in its own tab, after the vendor page: the production code path
// (lib/regions/active-tab.ts) then takes the window's most recently used vendor tab, as it does
// for a popup pinned in a tab. As the toolbar popup it reads the active tab instead.

test('the popup pre-selects the region of the open WatchGuard tab and copies its URLs', async ({
  context,
  openExtensionPage,
}) => {
  const vendorTab = await context.newPage();
  await vendorTab.goto('https://deu.cloud.watchguard.com/administration/managed-access/');
  // The clipboard is read back through a web page: the browser grants no permission to an
  // extension origin from outside.
  await allowClipboard(context, ['https://deu.cloud.watchguard.com']);
  const popup = await openExtensionPage('popup.html');

  await expect(popup.getByLabel('Vendor')).toHaveValue('watchguard');
  await expect(popup.getByLabel('Region')).toHaveValue('emea');
  await expect(popup.getByTestId('preselected')).toHaveText(
    'Pre-selected from the open tab deu.cloud.watchguard.com.',
  );
  expect(
    await copyAndRead(popup.getByRole('button', { name: 'Copy Authentication API URL' }), vendorTab),
  ).toBe('https://api.deu.cloud.watchguard.com/oauth/token');
});

test('the popup pre-selects a ConnectWise Manage tab’s vendor and region', async ({
  context,
  openExtensionPage,
}) => {
  const vendorTab = await context.newPage();
  await vendorTab.goto('https://eu.myconnectwise.net/v2024_1/home.html');
  const popup = await openExtensionPage('popup.html');
  await expect(popup.getByLabel('Vendor')).toHaveValue('cw-manage');
  await expect(popup.getByLabel('Region')).toHaveValue('eu');
  await expect(popup.getByText('https://api-eu.myconnectwise.net')).toBeVisible();
});

test('without a vendor tab: defaults, no pre-selection; the pickers change the URLs', async ({
  context,
  openExtensionPage,
}) => {
  const other = await context.newPage();
  await other.goto('https://unrelated.example.com/');
  await allowClipboard(context, ['https://unrelated.example.com']);
  const popup = await openExtensionPage('popup.html');
  await expect(popup.getByLabel('Vendor')).toHaveValue('watchguard');
  await expect(popup.getByLabel('Region')).toHaveValue('na');
  await expect(popup.getByTestId('preselected')).toHaveCount(0);

  await popup.getByLabel('Vendor').selectOption('cw-rmm');
  await popup.getByLabel('Region').selectOption('eu');
  expect(await copyAndRead(popup.getByRole('button', { name: 'Copy Server URL' }), other)).toBe(
    'https://openapi.service.euplatform.connectwise.com',
  );
});
