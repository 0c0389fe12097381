import type { IncomingMessage, ServerResponse } from 'node:http';
import { apiSettings } from '../../unit/role-checker/api-fixtures';
import { MISSING_ROLE } from '../../unit/role-checker/role-pages';
import { openNewManageForm, saveManageConnection } from '../connections/forms';
import { CONTOSO, mountManageStub, NA_CLOUD } from '../connections/manage-stub';
import { expect, test } from '../fixtures';
import type { VendorServer } from '../support/vendor-server';

/**
 * Security roles on the stub's API host: one role, "API Integrations", five rights short. Paths
 * are matched without case, as ConnectWise does (the client writes both securityroles and
 * securityRoles); the stub's own /system/info handler is registered first and keeps answering.
 */
function mountSecurityRoles(server: VendorServer) {
  const system = `/${NA_CLOUD.codebase}apis/3.0/system/`;
  const prefix = `${system}securityroles`;
  server.handle(
    NA_CLOUD.apiHost,
    (req: IncomingMessage, res: ServerResponse) => {
      const path = new URL(req.url ?? '/', 'https://x').pathname.toLowerCase().slice(prefix.length);
      const body =
        path === ''
          ? [{ id: 7, name: 'API Integrations' }]
          : path === '/7/settings'
            ? apiSettings(MISSING_ROLE)
            : null;
      res.writeHead(body ? 200 : 404, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body ?? { message: 'Not found' }));
    },
    { pathPrefix: system },
  );
}

test('audits a security role through a saved connection, exports it and keeps the checklist ticks', async ({
  openExtensionPage,
  vendorServer,
  context,
}) => {
  mountManageStub(vendorServer, CONTOSO, NA_CLOUD);
  mountSecurityRoles(vendorServer);
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
