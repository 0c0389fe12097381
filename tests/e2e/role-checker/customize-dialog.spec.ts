import { expect, test } from '../fixtures';
import {
  badge,
  checkerPanel,
  expectCounts,
  levelSelectId,
  openRolePage,
  pickIntegrations,
  ROLE_PAGES,
  row,
} from './support';

// The Customize dialog is reconstructed (tests/fixtures/.../security-roles/customize/): the
// portal-side script opens it when the Table Setup row's Customize link is clicked.

test('opening Table Setup › Customize settles NinjaOne’s two exclusions from the dialog’s boxes', async ({
  context,
}) => {
  const page = await openRolePage(context, 'role-missing.html');
  await page.addScriptTag({ url: `${ROLE_PAGES}/customize/open-dialog.js` });
  const panel = checkerPanel(page);
  await pickIntegrations(page, 'NinjaOne');
  await expectCounts(page, { manual: 2 });

  await row(page, 'System', 'Table Setup').getByText('Customize').click();
  await expect(page.locator('[data-cw-dialog]')).toBeVisible();
  const communication = panel.locator('[data-check="ninjaone-table-setup-disallow-communication-type"]');
  const stsClient = panel.locator('[data-check="ninjaone-table-setup-disallow-stsclient"]');
  await expect(communication.locator('[data-settled]')).toHaveAttribute('data-settled', 'fail');
  await expect(stsClient.locator('[data-settled]')).toHaveAttribute('data-settled', 'fail');
  await expect(communication).toContainText('is on the allowed side: move it to "Disallow access to these"');
  await expectCounts(page, { manual: 0 });
  await expect(panel.locator('[data-verdict]')).toContainText('2 Customize list wrong');

  // The admin moves one entry across: the overlay follows the dialog.
  await page.locator('[data-cw-box="allow"]').selectOption('Contacts / Communication Type');
  await page.locator('[data-cw-move="disallow"]').click();
  await expect(communication.locator('[data-settled]')).toHaveAttribute('data-settled', 'pass');
  await expect(stsClient.locator('[data-settled]')).toHaveAttribute('data-settled', 'fail');

  await page.locator('[data-cw-box="allow"]').selectOption('General / StsClient');
  await page.locator('[data-cw-move="disallow"]').click();
  await expect(stsClient.locator('[data-settled]')).toHaveAttribute('data-settled', 'pass');
  await expect(panel.locator('[data-verdict]')).not.toContainText('Customize list wrong');

  // Closing the dialog keeps what it last showed.
  await page.locator('[data-cw-dialog-save]').click();
  await expect(page.locator('[data-cw-dialog]')).toHaveCount(0);
  await expect(stsClient.locator('[data-settled]')).toHaveAttribute('data-settled', 'pass');
});

test('a page script’s synthetic click on Customize settles nothing', async ({ context }) => {
  const page = await openRolePage(context, 'role-missing.html');
  await page.addScriptTag({ url: `${ROLE_PAGES}/customize/open-dialog.js` });
  await pickIntegrations(page, 'NinjaOne');
  await expectCounts(page, { manual: 2 });
  // An untrusted click still opens the portal's dialog (the page's own script), but the checker
  // only follows a person's click on the link.
  await page.evaluate(() => (document.querySelector('[data-cw-customize]') as HTMLElement).click());
  await expect(page.locator('[data-cw-dialog]')).toBeVisible();
  // A person's change after it makes the checker read the page (and any dialog) again.
  await page.selectOption(`#${levelSelectId('System', 'Table Setup', 0)}`, { label: 'All' });
  await expect(badge(page, 'System', 'Table Setup').text).not.toContainText('Add →');
  await expectCounts(page, { manual: 2 });
  await expect(checkerPanel(page).locator('[data-settled]')).toHaveCount(0);
});
