import { expect } from '@playwright/test';
import { allowClipboard, copyAndRead } from '../../e2e/regions/support';
import { defineScenario } from '../scenario';

const DEU = 'https://deu.cloud.watchguard.com';

export const popupQuickCopy = defineScenario({
  id: 'popup-quick-copy',
  title: 'Quick-copy regional URLs from the popup',
  description:
    'The toolbar popup lists every regional URL of WatchGuard Cloud and ConnectWise Manage and RMM, pre-selected from the vendor tab you have open.',
  start: { url: `${DEU}/administration/managed-access/` },
  tryIt: [
    'With this EMEA page open, click the MSP Portal Companion toolbar icon: the popup opens on WatchGuard Cloud, EMEA.',
    'Copy a URL, or pick another vendor and region.',
  ],
  async tour({ context, openExtensionPage, step }) {
    const vendorTab = await context.newPage();
    await vendorTab.goto(`${DEU}/administration/managed-access/`);
    // The clipboard is read back through the vendor page: no permission can be granted to the
    // extension's own origin from outside.
    await allowClipboard(context, [DEU]);
    // Opened in a tab, the popup takes the window's most recently used vendor tab, as when pinned.
    const popup = await openExtensionPage('popup.html');
    await popup.setViewportSize({ width: 420, height: 560 });
    await expect(popup.getByLabel('Vendor')).toHaveValue('watchguard');
    await expect(popup.getByLabel('Region')).toHaveValue('emea');
    await expect(popup.getByTestId('preselected')).toHaveText(
      'Pre-selected from the open tab deu.cloud.watchguard.com.',
    );
    expect(
      await copyAndRead(popup.getByRole('button', { name: 'Copy Authentication API URL' }), vendorTab),
    ).toBe('https://api.deu.cloud.watchguard.com/oauth/token');
    await popup.bringToFront();
    await step(popup, 'Popup pre-selected from the open EMEA tab', { readme: 'popup-quick-copy' });

    await popup.getByLabel('Vendor').selectOption('cw-manage');
    await popup.getByLabel('Region').selectOption('eu');
    await expect(popup.getByText('https://api-eu.myconnectwise.net')).toBeVisible();
    await step(popup, 'ConnectWise Manage, Europe, picked by hand');
    await popup.close();
    await vendorTab.close();
  },
});
