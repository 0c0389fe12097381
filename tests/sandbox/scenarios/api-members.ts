import { expect } from '@playwright/test';
import type { ManageSimState } from '../../simulators/cw-manage';
import { defineScenario } from '../scenario';
import { simulatorState } from '../seed';

export const apiMembers = defineScenario({
  id: 'api-members',
  title: 'Audit every API member of a Manage tenant at once',
  description:
    'Settings → API members lists the sandbox tenant’s API members with their roles, locations and default boards, audits each against the integrations it is tagged with (each role read once), and says what changed since the last audit.',
  start: { extensionPage: 'options.html#api-members' },
  tryIt: [
    'Click “Audit all API members”: one row per member with its verdict; LegacyBackup is on the built-in Admin role, RetiredRMM’s role was deleted.',
    'Apply the suggested tag on HuntressEDR: the members are audited again.',
    'Click “Findings of …” on a member for the same findings view as Audit a role; Print gives a printable report.',
  ],
  async tour({ openExtensionPage, simulators, step }) {
    const page = await openExtensionPage('options.html#api-members');
    const table = page.getByRole('table', { name: 'API members' });
    await expect(table.getByRole('row').filter({ hasText: 'LegacyBackup' })).toBeVisible();
    await page.getByRole('button', { name: 'Audit all API members' }).click();
    await expect(
      page.getByText('9 API members: 1 lacking rights, 3 with excess, 1 not audited, 3 untagged'),
    ).toBeVisible();
    const legacy = table.getByRole('row').filter({ hasText: 'LegacyBackup' });
    await expect(legacy).toContainText('Built-in Admin role');
    await expect(legacy).toContainText('Sensitive: Companies › Configuration - Display Passwords');
    await expect(table.locator('tr[data-member="NinjaOneRMM"]')).toContainText(
      'one role for two integrations grants each the other’s rights',
    );
    await expect(table.getByRole('row').filter({ hasText: 'RetiredRMM' })).toContainText('Role deleted');
    await step(page, 'Every API member audited at once: Admin role, shared role and deleted role flagged');

    const huntress = table.getByRole('row').filter({ hasText: 'HuntressEDR' });
    await huntress.getByRole('button', { name: 'Suggested: tag as Huntress EDR' }).click();
    await expect(huntress.getByText('Passes')).toBeVisible();

    // Someone takes a right away from the Huntress role in Manage; the next audit says so.
    const { data } = simulatorState<ManageSimState>(simulators, 'cw-manage');
    const role = data.roles.find((candidate) => candidate.name === 'Huntress API');
    const products = role?.settings.find((setting) => setting.moduleFunctionName === 'Products');
    if (!products) throw new Error('The Manage simulator no longer seeds the Huntress API role.');
    products.inquireLevel = 'None';
    await page.getByRole('button', { name: 'Audit all API members' }).click();
    const drift = page.getByRole('region', { name: 'Changes since the previous audit' });
    await expect(drift).toContainText('HuntressEDR: Passes → Lacks rights (its role’s rights changed).');
    await drift.scrollIntoViewIfNeeded();
    await step(page, 'What changed since the previous audit: a right removed from a role');
    products.inquireLevel = 'All';
    await page.close();
  },
});
