import type { Page } from '@playwright/test';
import { createAutomateSimulator } from '../../simulators/cw-automate';
import { COLOR_SCHEMES, expectNoAxeViolations } from '../accessibility/axe';
import { expect, test } from '../fixtures';
import type { VendorServer } from '../support/vendor-server';
import { sendCommand } from '../vendors/background-command';
import {
  auditUserClassForRewst,
  expectClientsReadMissing,
  expectRewstSources,
  runRewstReadiness,
} from './rewst';

/** A host the manifest grants (`*.connectwisedev.com`): an on-premise one would need the browser's prompt. */
const GRANTED_HOST = 'automate.connectwisedev.com';

/** The Automate simulator and saved connections to it, signed in as each of `accounts`. */
async function savedConnections(
  vendorServer: VendorServer,
  openExtensionPage: (path: string) => Promise<Page>,
  accounts: Readonly<Record<string, 'rewstNoClients' | 'integrator'>>,
) {
  const sim = createAutomateSimulator({ clients: 30, requireTls: true });
  vendorServer.handle(GRANTED_HOST, sim.handler);
  const { data } = sim.state;
  const options = await openExtensionPage('options.html');
  for (const [name, account] of Object.entries(accounts)) {
    const { user, password, totpSecret } = data.accounts[account];
    const saved = await sendCommand(options, 'saveConnection', {
      vendor: 'cw-automate',
      name,
      settings: { serverUrl: `https://${GRANTED_HOST}`, username: user.Name, clientId: data.clientIds[0] },
      secrets: { password, ...(totpSecret ? { totpSecret } : {}) },
    });
    expect(saved).toMatchObject({ ok: true });
  }
  await options.close();
  return sim;
}

test('Audit a role (Automate) for Rewst: Clients Read missing says what Rewst shows; Readiness checks the user live', async ({
  openExtensionPage,
  vendorServer,
}) => {
  const sim = await savedConnections(vendorServer, openExtensionPage, { 'Rewst Automate': 'rewstNoClients' });
  const { user } = sim.state.data.accounts.rewstNoClients;

  const audit = await openExtensionPage('options.html#audit-role');
  const result = await auditUserClassForRewst(audit, 'Rewst Automate', 'Rewst Automation (no Clients Read)');
  await expect(result.getByRole('heading', { level: 3 })).toHaveText(
    'User class Rewst Automation (no Clients Read): fails',
  );
  await expectClientsReadMissing(result, { name: 'rewst', id: user.UserId });
  // The user's own record was read (not only the class): the Integrator finding comes from it.
  expect(sim.stats.count('GET /users/:id')).toBe(1);
  await audit.close();

  const page = await openExtensionPage('options.html#connections');
  const { panel, check } = await runRewstReadiness(page.getByRole('listitem', { name: 'Rewst Automate' }));
  await expect(check('rewst-user-integrator')).toHaveAttribute('data-status', 'pass');
  await expect(check('rewst-user-integrator')).toContainText('rewst (#4): IsIntegrator true');
  await expect(check('rewst-clients-read')).toHaveAttribute('data-status', 'fail');
  await expect(check('rewst-clients-read')).toContainText(
    'Rewst Automation (no Clients Read): Clients Read off',
  );
  await expect(check('rewst-clients-read')).toContainText('API Reader: Clients Read off');
  await expect(check('rewst-clients-read')).toContainText('Turn on Clients › Read in the Rewst user class');
  await expectRewstSources(panel);
  for (const colorScheme of COLOR_SCHEMES) {
    await page.emulateMedia({ colorScheme });
    await expectNoAxeViolations(page, `Settings → Connections → Readiness, Rewst (${colorScheme})`);
  }
});

test('a Rewst user without the Integrator box fails that check, and a class with Clients Read passes', async ({
  openExtensionPage,
  vendorServer,
}) => {
  const sim = await savedConnections(vendorServer, openExtensionPage, {
    'Integrator Automate': 'integrator',
  });
  sim.state.data.accounts.integrator.user.IsIntegrator = false;

  const audit = await openExtensionPage('options.html#audit-role');
  const result = await auditUserClassForRewst(audit, 'Integrator Automate', 'Rewst Automation');
  const toChange = result.getByRole('list', { name: 'To change' }).getByRole('listitem');
  await expect(toChange).toHaveText(['User: Integrator box checked: needs on, has off (Rewst).']);
  await expect(result.getByTestId('if-missing')).toHaveCount(0);
  await audit.close();

  const page = await openExtensionPage('options.html#connections');
  const { check } = await runRewstReadiness(page.getByRole('listitem', { name: 'Integrator Automate' }));
  await expect(check('rewst-user-integrator')).toHaveAttribute('data-status', 'fail');
  await expect(check('rewst-user-integrator')).toContainText('integrator (#1) is not an integrator user.');
  await expect(check('rewst-clients-read')).toHaveAttribute('data-status', 'pass');
  await expect(check('rewst-clients-read')).toContainText('Rewst Automation: Clients Read on');
});
