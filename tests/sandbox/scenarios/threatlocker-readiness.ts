import { expect } from '@playwright/test';
import { threatLockerPanel } from '../../e2e/readiness/panel';
import type { ManageSimState } from '../../simulators/cw-manage';
import { defineScenario } from '../scenario';
import { simulatorState } from '../seed';

const NAME = 'Sandbox Manage for ThreatLocker';

export const threatLockerReadiness = defineScenario({
  id: 'threatlocker-readiness',
  title: 'Check a Manage tenant is ready for ThreatLocker',
  description:
    'A ConnectWise Manage connection that serves ThreatLocker gets a Readiness panel: the login Company ID checked on its server before keys are pasted, the ticket board’s closing status and default member, how many companies the mapping filters select, agreements with additions and the executive summary, each with its evidence and ThreatLocker’s guide as the source.',
  start: { extensionPage: 'options.html#connections' },
  tryIt: [
    'Click Add ConnectWise Manage, tick ThreatLocker under the integrations, type a Company ID and click Check the Company ID.',
    `Save it as “${NAME}” with the sandbox keys, then click Readiness on it.`,
    'Pick the board “Alerts” and run the checks: no closing status, no default member. Then pick “ThreatLocker”, the Client type and the Active status, and run them again.',
    'Reload the page and open Readiness again: your picks are still there. “Also lint the ThreatLocker portal’s ConnectWise form” asks your browser for portal.threatlocker.com (the sandbox cannot serve that portal without the grant).',
  ],
  async tour({ openExtensionPage, simulators, step }) {
    const { data } = simulatorState<ManageSimState>(simulators, 'cw-manage');
    const key = data.apiMembers.integration;
    const page = await openExtensionPage('options.html#connections');
    await page.getByRole('button', { name: 'Add ConnectWise Manage' }).click();
    await page.getByLabel('Name').fill(NAME);
    await page
      .getByRole('group', { name: 'Integrations this API member serves' })
      .getByLabel('ThreatLocker')
      .first()
      .check();
    const lint = page.getByTestId('setup-lint');
    await page.getByLabel('Company ID').fill('customer42');
    await lint.getByRole('button', { name: 'Check the Company ID' }).click();
    await expect(lint.getByTestId('setup-lint-company')).toContainText(
      "not known on na.myconnectwise.net: this must be the Company ID you log in with, not a customer's",
    );
    await page.getByLabel('Company ID').fill(data.companyId);
    await lint.getByRole('button', { name: 'Check the Company ID' }).click();
    await expect(lint.getByTestId('setup-lint-company')).toContainText(
      `'${data.companyId}' is known on na.myconnectwise.net`,
    );
    await step(
      page,
      'Before any key is pasted: the server to pick in ThreatLocker, and the login Company ID checked live',
    );

    await page.getByLabel('Public Key').fill(key.publicKey);
    await page.getByLabel('Client ID').fill(data.clientIds[0]!);
    await page.getByLabel('Private Key').fill(key.privateKey);
    await page.getByRole('button', { name: 'Save' }).click();
    const row = page.getByRole('listitem', { name: NAME, exact: true });
    await row.getByRole('button', { name: 'Readiness' }).click();
    const { panel, check, pickBoard, pickFilters, run } = threatLockerPanel(row);

    await pickBoard('Alerts');
    await run();
    await expect(check('threatlocker-board-closed-status')).toHaveAttribute('data-status', 'fail');
    await expect(check('threatlocker-board-default-member')).toHaveAttribute('data-status', 'fail');
    await check('threatlocker-board-closed-status').scrollIntoViewIfNeeded();
    await step(page, 'A board ThreatLocker cannot close tickets on: the statuses found and what to add');

    await pickBoard('ThreatLocker');
    await pickFilters('Client', 'Active');
    await run();
    for (const id of [
      'threatlocker-company-id-known',
      'threatlocker-board-closed-status',
      'threatlocker-board-default-member',
      'threatlocker-company-filter',
      'threatlocker-executive-summary-type',
      'threatlocker-executive-summary-configurations',
    ]) {
      await expect(check(id)).toHaveAttribute('data-status', 'pass');
    }
    await expect(check('threatlocker-company-filter')).toContainText('Populate ConnectWise Organizations');
    await panel.scrollIntoViewIfNeeded();
    await step(
      page,
      'The ThreatLocker board, the mapping filters’ company count and the executive summary, all read live',
      {},
    );

    // Reopened later, the panel has the admin's picks back (remembered per connection and group).
    await page.reload();
    const reopened = page.getByRole('listitem', { name: NAME, exact: true });
    await reopened.getByRole('button', { name: 'Readiness' }).click();
    const again = threatLockerPanel(reopened);
    await expect(
      again.panel.getByLabel('Board ThreatLocker posts approval requests to').locator('option:checked'),
    ).toHaveText('ThreatLocker');
    await expect(
      again.panel
        .getByRole('group', { name: 'Company types you will pick in ThreatLocker' })
        .getByLabel('Client', {
          exact: true,
        }),
    ).toBeChecked();
    await expect(reopened.getByTestId('portal-lint-opt-in')).toBeVisible();
    await page.close();
  },
});
