import { MISSING_ROLE, PASSING_ROLE } from '../../unit/role-checker/role-pages';
import { openNewManageForm, saveManageConnection } from '../connections/forms';
import { CONTOSO, mountManageStub, NA_CLOUD } from '../connections/manage-stub';
import { expect, test } from '../fixtures';
import { mountSecurityRoles, type StubRoles } from './security-roles-stub';
import { checkerPanel, levelSelectId, openRolePage } from './support';

// role-missing.html shows "API Integrations" with MISSING_ROLE's levels (see role-pages.ts).

test("counts the page's unsaved changes against the role the site's saved connection reads, locally", async ({
  context,
  openExtensionPage,
  vendorServer,
}) => {
  mountManageStub(vendorServer, CONTOSO, NA_CLOUD);
  // The server still holds the role as it was: 12 levels differ from what the page shows.
  const roles: StubRoles = { 7: { name: 'API Integrations', levels: PASSING_ROLE } };
  const { requests } = mountSecurityRoles(vendorServer, roles);
  await saveManageConnection(await openNewManageForm(openExtensionPage));

  const page = await openRolePage(context, 'role-missing.html');
  const panel = checkerPanel(page);
  const summary = panel.locator('summary').filter({ hasText: 'compared with the server' });
  await expect(summary).toHaveText('12 unsaved changes compared with the server (read through “Production”)');
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('list', { name: 'Unsaved changes' })).toContainText(
    'Companies › Configurations › Delete: saved All, page None',
  );
  const settingsReads = () => requests.filter((path) => path.endsWith('/settings')).length;
  expect(settingsReads()).toBe(1);

  // Back to what the server holds: one change fewer, counted in the page without a request.
  await page.selectOption(`#${levelSelectId('Companies', 'Configurations', 2)}`, { label: 'All' });
  await expect(summary).toHaveText('11 unsaved changes compared with the server (read through “Production”)');
  expect(settingsReads()).toBe(1);

  // The admin saves the role in ConnectWise (now as MISSING_ROLE, but for that Delete), then re-reads.
  roles[7] = {
    name: 'API Integrations',
    levels: { ...MISSING_ROLE, 'Companies > Configurations': ['All', 'All', 'All', 'All'] },
  };
  await panel.getByRole('button', { name: 'Re-read from server' }).click();
  await expect(panel.getByText('Matches what ConnectWise holds (read through “Production”).')).toBeVisible();
  expect(settingsReads()).toBe(2);
});

test('claims nothing about unsaved changes when no connection is saved for the site', async ({ context }) => {
  const page = await openRolePage(context, 'role-missing.html');
  const panel = checkerPanel(page);
  await expect(panel.getByText('Pick the integrations this role is for.')).toBeVisible();
  await expect(
    panel.getByText(
      'Save a ConnectWise Manage connection for this site to compare the role with what ConnectWise holds.',
    ),
  ).toBeVisible();
  await expect(panel.getByText(/compared with the server|Matches what ConnectWise holds/)).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Re-read from server' })).toHaveCount(0);
});
