import type { Page } from '@playwright/test';
import { CW_MANAGE_API_HOST, CW_MANAGE_SITE_HOST, createManageSimulator } from '../../simulators/cw-manage';
import { COLOR_SCHEMES, expectNoAxeViolations } from '../accessibility/axe';
import { expect, test } from '../fixtures';
import { manageConnectionRequest } from '../support/manage-connection';
import type { VendorServer } from '../support/vendor-server';
import { sendCommand } from '../vendors/background-command';
import { threatLockerPanel } from './panel';

const THREATLOCKER_PAGE = 'https://threatlocker.kb.help/connectwise-manage-custom-integration';

/** The Manage simulator at the real cloud hosts and saved connections to it, as the options page saves them. */
async function savedConnections(
  vendorServer: VendorServer,
  openExtensionPage: (path: string) => Promise<Page>,
) {
  const sim = createManageSimulator({ companies: 60, requireTls: true });
  vendorServer.handle(CW_MANAGE_SITE_HOST, sim.handler, { pathPrefix: '/login/' });
  vendorServer.handle(CW_MANAGE_API_HOST, sim.handler);
  const { data } = sim.state;
  const options = await openExtensionPage('options.html');
  const save = async (name: string, member: 'integration' | 'limited', integrations: string[]) => {
    const saved = (await sendCommand(
      options,
      'saveConnection',
      manageConnectionRequest(data, { name, member, integrations }),
    )) as { ok: boolean };
    expect(saved.ok).toBe(true);
  };
  await save('ThreatLocker PSA', 'integration', ['threatlocker-psa']);
  await save('Limited PSA', 'limited', ['threatlocker-psa']);
  await save('Plain PSA', 'integration', []);
  await options.close();
  return sim;
}

async function openReadiness(page: Page, name: string) {
  const row = page.getByRole('listitem', { name });
  await row.getByRole('button', { name: 'Readiness' }).click();
  return row;
}

test('the Readiness panel checks a ThreatLocker board, company filter and executive summary live', async ({
  openExtensionPage,
  vendorServer,
}) => {
  await savedConnections(vendorServer, openExtensionPage);
  const page = await openExtensionPage('options.html#connections');
  const row = await openReadiness(page, 'ThreatLocker PSA');
  const { panel, check, pickBoard, pickFilters, run } = threatLockerPanel(row);
  await expect(
    panel.getByRole('link', { name: /ThreatLocker: ConnectWise Manage Custom Integration/ }).first(),
  ).toHaveAttribute('href', THREATLOCKER_PAGE);
  await expect(check('threatlocker-board-closed-status')).toHaveAttribute('data-status', 'not-run');

  // A board without "closed": fail, with the statuses found and what to add.
  await pickBoard('Alerts');
  await run();
  await expect(check('threatlocker-board-closed-status')).toHaveAttribute('data-status', 'fail');
  await expect(check('threatlocker-board-closed-status')).toContainText(
    'Statuses of “Alerts”: New, Acknowledged, Completed',
  );
  await expect(check('threatlocker-board-closed-status')).toContainText(
    'add a status whose name contains “closed”',
  );
  await expect(check('threatlocker-board-default-member')).toHaveAttribute('data-status', 'fail');
  await expect(check('threatlocker-board-default-member')).toContainText('inferred');
  // No types or statuses picked yet: unknown, never a pass.
  await expect(check('threatlocker-company-filter')).toHaveAttribute('data-status', 'unknown');
  await expect(check('threatlocker-company-id-known')).toHaveAttribute('data-status', 'pass');
  await expect(check('threatlocker-company-id-known')).toContainText('is known on na.myconnectwise.net');

  // The board ThreatLocker uses, and the mapping filters the admin will pick.
  await pickBoard('ThreatLocker');
  await pickFilters('Client', 'Active');
  await run();
  await expect(check('threatlocker-board-closed-status')).toHaveAttribute('data-status', 'pass');
  await expect(check('threatlocker-board-default-member')).toHaveAttribute('data-status', 'pass');
  await expect(check('threatlocker-board-default-member')).toContainText('Team “Security” (default)');
  await expect(check('threatlocker-company-filter')).toHaveAttribute('data-status', 'pass');
  await expect(check('threatlocker-company-filter')).toContainText('Populate ConnectWise Organizations');
  // Nothing mapped in this browser yet: the agreements check says so instead of passing.
  await expect(check('threatlocker-agreement-additions')).toHaveAttribute('data-status', 'unknown');
  await expect(check('threatlocker-executive-summary-type')).toHaveAttribute('data-status', 'pass');
  await expect(check('threatlocker-executive-summary-configurations')).toHaveAttribute('data-status', 'pass');
  await page.screenshot({ path: 'test-results/readiness-threatlocker.png', fullPage: true });
  // Every status, evidence list, next step and source link on screen, in both themes.
  for (const colorScheme of COLOR_SCHEMES) {
    await page.emulateMedia({ colorScheme });
    await expectNoAxeViolations(page, `Settings → Connections → Readiness (${colorScheme})`);
  }
});

test('a 403 on the boards names the right; a connection serving no listed integration has no checks', async ({
  openExtensionPage,
  vendorServer,
}) => {
  await savedConnections(vendorServer, openExtensionPage);
  const page = await openExtensionPage('options.html#connections');
  const limited = await openReadiness(page, 'Limited PSA');
  const panel = limited.getByRole('region', { name: 'ThreatLocker ↔ ConnectWise Manage' });
  await expect(panel.locator('[data-input-id="board"]')).toContainText('System › Table Setup › Inquire');
  await panel.getByRole('button', { name: 'Run checks' }).click();
  await expect(panel.locator('[data-check-id="threatlocker-board-closed-status"]')).toHaveAttribute(
    'data-status',
    'unknown',
  );
  await expect(panel.locator('[data-check-id="threatlocker-agreement-additions"]')).toHaveAttribute(
    'data-status',
    'unknown',
  );

  const plain = await openReadiness(page, 'Plain PSA');
  await expect(plain.getByTestId('readiness-none')).toContainText(
    'No readiness checks apply to this connection',
  );
});

test('the Manage form, when it serves ThreatLocker, names the server to choose and checks the Company ID live', async ({
  openExtensionPage,
  vendorServer,
}) => {
  const sim = createManageSimulator({ companies: 5, requireTls: true });
  vendorServer.handle(CW_MANAGE_SITE_HOST, sim.handler, { pathPrefix: '/login/' });
  const page = await openExtensionPage('options.html#connections');
  await page.getByRole('button', { name: 'Add ConnectWise Manage' }).click();
  await expect(page.getByTestId('setup-lint')).toHaveCount(0);
  await page
    .getByRole('group', { name: 'Integrations this API member serves' })
    .getByLabel('ThreatLocker', { exact: false })
    .first()
    .check();
  const lint = page.getByTestId('setup-lint');
  await expect(lint.getByTestId('setup-lint-server')).toHaveText(
    'In ThreatLocker, choose “North American Cloud” (na.myconnectwise.net).',
  );
  await page.getByLabel('Company ID').fill('customer42');
  await lint.getByRole('button', { name: 'Check the Company ID' }).click();
  await expect(lint.getByTestId('setup-lint-company')).toHaveText(
    "'customer42' is not known on na.myconnectwise.net: this must be the Company ID you log in with, not a customer's.",
  );
  await page.getByLabel('Company ID').fill(sim.state.data.companyId);
  await expect(lint.getByTestId('setup-lint-company')).toHaveCount(0);
  await lint.getByRole('button', { name: 'Check the Company ID' }).click();
  await expect(lint.getByTestId('setup-lint-company')).toHaveText(
    `'${sim.state.data.companyId}' is known on na.myconnectwise.net (${sim.state.data.companyName}).`,
  );
  // Nothing was sent but the lookup: no key reached the server.
  expect(sim.stats.recent.every((record) => record.route === 'GET /login/companyinfo/:companyId')).toBe(true);
});
