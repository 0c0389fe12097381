import { CW_MANAGE_API_HOST, CW_MANAGE_SITE_HOST, createManageSimulator } from '../../simulators/cw-manage';
import { hasHostPermission, registeredScripts } from '../connections/worker';
import { expect, test } from '../fixtures';
import { launchWithGrantedHosts } from '../support/granted-hosts';
import { manageConnectionRequest } from '../support/manage-connection';
import { sendCommand } from '../vendors/background-command';

const PORTAL = 'https://portal.threatlocker.com';
/** The reconstructed fixture, served at the portal's host (tests/fixtures/pages/portal.threatlocker.com/). */
const SETUP_PAGE = `${PORTAL}/connectwise-setup.html`;

test('the opt-in ThreatLocker portal lint reads the ConnectWise form and checks the Company ID live', async ({
  vendorServer,
}) => {
  const sim = createManageSimulator({ companies: 5, requireTls: true });
  vendorServer.handle(CW_MANAGE_SITE_HOST, sim.handler, { pathPrefix: '/login/' });
  vendorServer.handle(CW_MANAGE_API_HOST, sim.handler);
  const { data } = sim.state;
  // Playwright cannot click the permission prompt: the profile already holds the grant, so the
  // opt-in's request resolves without one, as after a person's "Allow".
  const browser = await launchWithGrantedHosts(vendorServer.port, [`${PORTAL}/*`]);
  try {
    const { context, extensionId, serviceWorker } = browser;
    const registered = async () => (await registeredScripts(serviceWorker)).map((script) => script.id);
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html#connections`);
    const saved = (await sendCommand(
      options,
      'saveConnection',
      manageConnectionRequest(data, { name: 'ThreatLocker PSA', integrations: ['threatlocker-psa'] }),
    )) as { ok: boolean };
    expect(saved.ok).toBe(true);
    await options.reload();
    const row = options.getByRole('listitem', { name: 'ThreatLocker PSA' });
    await row.getByRole('button', { name: 'Readiness' }).click();
    const optIn = row.getByRole('checkbox', { name: "Also lint the ThreatLocker portal's ConnectWise form" });
    // Granted in the profile (as after "Allow"): the worker's start registered the portal script.
    await expect(optIn).toBeChecked();
    await expect.poll(registered).toContain('optin-threatlocker-portal');

    const LOOKUP = 'GET /login/companyinfo/:companyId';
    const lookupsBefore = sim.stats.count(LOOKUP);
    const page = await context.newPage();
    await page.goto(SETUP_PAGE);
    const lint = page.getByTestId('portal-setup-lint');
    await expect(lint.getByTestId('setup-lint-server')).toHaveText(
      'Choose the ConnectWise server your login uses.',
    );
    await page.getByLabel('ConnectWise Server Url').selectOption({ label: 'North American Cloud' });
    await page.getByLabel('Public API Key').fill('pub-typed-in-the-portal');
    await page.getByLabel('Company ID').fill('customer42');
    await expect(lint.getByTestId('setup-lint-server')).toHaveText('Server: na.myconnectwise.net.');
    await lint.getByRole('button', { name: 'Check the Company ID' }).click();
    await expect(lint.getByTestId('setup-lint-company')).toHaveText(
      "'customer42' is not known on na.myconnectwise.net: this must be the Company ID you log in with, not a customer's.",
    );
    await page.getByLabel('Company ID').fill(data.companyId);
    await expect(lint.getByTestId('setup-lint-company')).toHaveCount(0);
    await lint.getByRole('button', { name: 'Check the Company ID' }).click();
    await expect(lint.getByTestId('setup-lint-company')).toContainText(
      `'${data.companyId}' is known on na.myconnectwise.net`,
    );
    // What reached ConnectWise: the two lookups, never the key typed in the portal.
    expect(sim.stats.count(LOOKUP) - lookupsBefore).toBe(2);
    expect(JSON.stringify(sim.stats.recent)).not.toContain('pub-typed-in-the-portal');

    // Switched off: the grant goes back and the script is unregistered, so the page has no lint.
    await optIn.click();
    await expect(optIn).not.toBeChecked();
    await expect.poll(registered).not.toContain('optin-threatlocker-portal');
    expect(await hasHostPermission(serviceWorker, `${PORTAL}/*`)).toBe(false);
    const after = await context.newPage();
    await after.goto(SETUP_PAGE);
    await expect(after.getByLabel('Company ID')).toBeVisible();
    await expect(after.locator('mpc-overlay')).toHaveCount(0);
  } finally {
    await browser.close();
  }
});
