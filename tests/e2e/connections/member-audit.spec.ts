import type { IncomingMessage, ServerResponse } from 'node:http';
import { apiSettings } from '../../unit/role-checker/api-fixtures';
import { MISSING_ROLE } from '../../unit/role-checker/role-pages';
import { expect, test } from '../fixtures';
import type { VendorServer } from '../support/vendor-server';
import { fillManage, openNewManageForm } from './forms';
import { CONTOSO, mountManageStub, NA_CLOUD } from './manage-stub';

/**
 * `GET /system/mySecurity` on the stub's API host: the API member's own rights, five short of
 * WatchGuard Cloud's table (the role the fixture pages call MISSING_ROLE), or a refusal.
 */
function mountMySecurity(server: VendorServer, answer: 'missing-role' | 'forbidden') {
  server.handle(
    NA_CLOUD.apiHost,
    (_req: IncomingMessage, res: ServerResponse) => {
      res.writeHead(answer === 'forbidden' ? 403 : 200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify(
          answer === 'forbidden'
            ? { code: 'Forbidden', message: 'You do not have access to this resource.' }
            : apiSettings(MISSING_ROLE),
        ),
      );
    },
    // The client writes mySecurity; ConnectWise matches paths without case, the stub matches this.
    { pathPrefix: `/${NA_CLOUD.codebase}apis/3.0/system/mySecurity` },
  );
}

test("a passed Manage test audits the API member's rights against the integrations it serves", async ({
  openExtensionPage,
  vendorServer,
}) => {
  mountManageStub(vendorServer, CONTOSO, NA_CLOUD);
  mountMySecurity(vendorServer, 'missing-role');
  const page = await openNewManageForm(openExtensionPage);
  await fillManage(page);
  const integrations = page.getByRole('group', { name: 'Integrations this API member serves' });
  await integrations.getByLabel('WatchGuard Cloud').check();

  await page.getByRole('button', { name: 'Test connection' }).click();
  const result = page.getByTestId('test-result');
  await expect(result).toContainText('Connected to Contoso MSP');
  const audit = result.getByRole('region', { name: 'API member rights' });
  await expect(audit).toContainText(
    'The API member lacks 5 rights the integrations need: their calls would fail with 403.',
  );
  await expect(audit).toContainText('Checked against WatchGuard Cloud (least privilege).');
  const grant = audit.getByRole('list', { name: 'Rights to grant' }).getByRole('listitem');
  await expect(grant).toHaveCount(5);
  await expect(
    grant.filter({ hasText: 'Companies › Configurations › Delete: needs All, has None' }),
  ).toHaveCount(1);
  await page.screenshot({ path: 'test-results/member-audit.png', fullPage: true });

  // Saved, the choice stays with the connection and its test from the list audits the same way.
  await page.getByRole('button', { name: 'Save' }).click();
  const row = page.getByRole('listitem', { name: 'Production' });
  await expect(row).toContainText('na.myconnectwise.net · company contoso · for WatchGuard Cloud');
  await row.getByRole('button', { name: 'Test connection' }).click();
  await expect(row.getByRole('region', { name: 'API member rights' })).toContainText('lacks 5 rights');
  await row.getByRole('button', { name: 'Edit' }).click();
  await expect(
    page.getByRole('group', { name: 'Integrations this API member serves' }).getByLabel('WatchGuard Cloud'),
  ).toBeChecked();
});

test('without integrations a passed test says how to get the audit; a refused read says what to grant', async ({
  openExtensionPage,
  vendorServer,
}) => {
  mountManageStub(vendorServer, CONTOSO, NA_CLOUD);
  mountMySecurity(vendorServer, 'forbidden');
  const page = await openNewManageForm(openExtensionPage);
  await fillManage(page);

  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByTestId('member-audit')).toHaveText(
    'Choose the integrations this API member serves (Edit) to have its rights checked after each test.',
  );

  await page.getByLabel('NinjaOne').check();
  await page.getByRole('button', { name: 'Test connection' }).click();
  const result = page.getByTestId('test-result');
  // The connection itself works: the test stays passed, only the audit could not run.
  await expect(result).toContainText('Connected to Contoso MSP');
  await expect(page.getByTestId('member-audit')).toContainText(
    "The API member’s rights could not be checked: The API member's security role does not allow GET /system/mySecurity.",
  );
});
