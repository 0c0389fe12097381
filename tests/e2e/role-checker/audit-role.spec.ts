import { MISSING_ROLE } from '../../unit/role-checker/role-pages';
import { openNewManageForm, saveManageConnection } from '../connections/forms';
import { CONTOSO, mountManageStub, NA_CLOUD } from '../connections/manage-stub';
import { expect, test } from '../fixtures';
import { mountSecurityRoles } from './security-roles-stub';

test('audits a security role through a saved connection, exports it and keeps the checklist ticks', async ({
  openExtensionPage,
  vendorServer,
  context,
}) => {
  mountManageStub(vendorServer, CONTOSO, NA_CLOUD);
  // One role, "API Integrations", five rights short.
  mountSecurityRoles(vendorServer, { 7: { name: 'API Integrations', levels: MISSING_ROLE } });
  const form = await openNewManageForm(openExtensionPage);
  await saveManageConnection(form);

  const page = await openExtensionPage('options.html#audit-role');
  await page.getByLabel('Connection').selectOption({ label: 'Production (ConnectWise Manage)' });
  await page.getByLabel('Security role').selectOption({ label: 'API Integrations' });
  await page.getByLabel('WatchGuard Cloud').check();
  await page.getByLabel('NinjaOne').check();
  await page.getByRole('button', { name: 'Audit' }).click();

  const result = page.getByRole('region', { name: 'Audit result' });
  await expect(result.getByRole('heading', { level: 3 })).toHaveText('Security role API Integrations: fails');
  await expect(result.getByRole('list', { name: 'To change' }).getByRole('listitem')).toHaveCount(6);
  await expect(
    result.getByText('Companies › Configurations › Delete: needs All, has None (WatchGuard Cloud).'),
  ).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    result.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^role-audit-API-Integrations-\d{4}-\d{2}-\d{2}\.csv$/);

  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await result.getByRole('button', { name: 'Copy as Markdown' }).click();
  await expect(result.getByText('Copied as Markdown.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
    /^# ConnectWise Manage permission audit: FAIL\n/,
  );

  // NinjaOne's two Table Setup exclusions cannot be read through the API: ticked by hand, remembered.
  const exclusion = result.getByRole('checkbox', { name: /disallow "Contacts \/ Communication Type"/ });
  await exclusion.check();
  await page.reload();
  await page.getByLabel('Connection').selectOption({ label: 'Production (ConnectWise Manage)' });
  await page.getByLabel('Security role').selectOption({ label: 'API Integrations' });
  await page.getByLabel('NinjaOne').check();
  await page.getByRole('button', { name: 'Audit' }).click();
  await expect(
    result.getByRole('checkbox', { name: /disallow "Contacts \/ Communication Type"/ }),
  ).toBeChecked();
  await expect(result.getByRole('checkbox', { name: /disallow "General \/ StsClient"/ })).not.toBeChecked();
});

test('says how to start when no connection is saved', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('options.html#audit-role');
  await expect(page.getByRole('status')).toHaveText(
    'No ConnectWise connection is saved yet. Add one under Connections, then audit its roles here.',
  );
});
