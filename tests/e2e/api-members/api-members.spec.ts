import { SANDBOX_SEED } from '../../sandbox/simulators';
import { expect, test } from '../fixtures';
import { savedManageConnection } from '../support/manage-connection';

/**
 * Options › API members over the Manage simulator at the real cloud hosts (the sandbox's seed, so
 * the members are the sandbox's): the list, a suggested tag applied by hand (which audits again),
 * and a role changed on the server between two audits showing as drift.
 */
test('lists the API members, re-audits a tagged one and shows a role change as drift', async ({
  openExtensionPage,
  vendorServer,
}) => {
  const sim = await savedManageConnection(vendorServer, openExtensionPage, {
    seed: SANDBOX_SEED,
    companies: 20,
  });
  const { data } = sim.state;
  const options = await openExtensionPage('options.html#api-members');
  const table = options.getByRole('table', { name: 'API members' });
  await expect(table.getByRole('row')).toHaveCount(sim.state.apiMemberDirectory.length + 1);
  const huntress = table.getByRole('row').filter({ hasText: 'HuntressEDR' });
  await expect(huntress).toContainText('Huntress API');
  await expect(huntress).toContainText('Not audited yet');

  // The suggestion is offered, not applied; applying it audits every member again.
  await huntress.getByRole('button', { name: 'Suggested: tag as Huntress EDR' }).click();
  await expect(huntress.getByText('Passes')).toBeVisible();
  await expect(
    options.getByText('9 API members: 0 lacking rights, 0 with excess, 1 not audited, 7 untagged'),
  ).toBeVisible();
  const roleReads = sim.stats.count('GET /system/securityroles/:id/settings');
  // Six distinct roles exist among the members; the deleted one is never asked for.
  expect(roleReads).toBe(6);

  // An admin takes a right the Huntress role needs away, on the server.
  const role = data.roles.find((candidate) => candidate.name === 'Huntress API')!;
  const products = role.settings.find((setting) => setting.moduleFunctionName === 'Products')!;
  products.inquireLevel = 'None';
  await options.getByRole('button', { name: 'Audit all API members' }).click();
  const drift = options.getByRole('region', { name: 'Changes since the previous audit' });
  await expect(drift).toContainText('Role Huntress API lost Procurement › Products › Inquire: All.');
  await expect(drift).toContainText('HuntressEDR: Passes → Lacks rights (its role’s rights changed).');
  await expect(huntress.getByText('Lacks rights')).toBeVisible();

  // The drill-down is the same findings view as Audit a role.
  await huntress.getByRole('button', { name: 'Findings of HuntressEDR' }).click();
  const result = options.getByRole('region', { name: 'Audit result' });
  await expect(result.getByRole('heading', { level: 3 })).toHaveText(
    'API member HuntressEDR (role Huntress API): fails',
  );

  const popup = await openExtensionPage('popup.html');
  await expect(
    popup.getByText('9 API members: 1 lacking rights, 0 with excess, 1 not audited, 7 untagged'),
  ).toBeVisible();
});
