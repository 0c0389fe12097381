import { expect } from '@playwright/test';
import {
  auditUserClassForRewst,
  expectClientsReadMissing,
  expectRewstSources,
  runRewstReadiness,
} from '../../e2e/readiness/rewst';
import type { AutomateSimState } from '../../simulators/cw-automate';
import { defineScenario } from '../scenario';
import { SANDBOX_CONNECTION_NAMES, simulatorState } from '../seed';

const NAME = SANDBOX_CONNECTION_NAMES.automate;

export const rewstAutomate = defineScenario({
  id: 'rewst-automate',
  title: 'Check an Automate user set up for Rewst',
  description:
    'An Automate connection signed in as Rewst’s user, whose user class was set up without Clients Read: Audit a role says what Rewst’s guide says then happens (no customers when its options are refreshed), reads the Integrator box on the user itself and gives Rewst’s address for an IP allow list; the connection’s Readiness panel checks the same user live, each check citing the guide.',
  start: { extensionPage: 'options.html#audit-role' },
  tryIt: [
    `Pick “${NAME}”, the user class “Rewst Automation (no Clients Read)” and Rewst, then click Audit.`,
    `Under Connections, click Test connection on “${NAME}” (the client list is refused), then Readiness, and run the checks.`,
  ],
  async tour({ openExtensionPage, simulators, step }) {
    const { user, totpSecret } = simulatorState<AutomateSimState>(simulators, 'cw-automate').data.accounts
      .rewstNoClients;
    if (!totpSecret) throw new Error('The Rewst account no longer signs in with two factors.');
    const userClass = user.UserClasses[0]!.Name;
    const audit = await openExtensionPage('options.html#audit-role');
    const result = await auditUserClassForRewst(audit, NAME, userClass);
    await expect(result.getByRole('heading', { level: 3 })).toHaveText(`User class ${userClass}: fails`);
    await expectClientsReadMissing(result, { name: user.Name, id: user.UserId });
    await step(
      audit,
      'Clients Read missing for Rewst, with what Rewst then shows; the Integrator box read on the user',
    );
    await result
      .getByRole('checkbox', { name: /Allow Rewst’s IP address/ })
      .evaluate((box) => box.scrollIntoView({ block: 'center' }));
    await step(audit, 'What only a person can check, Rewst’s IP address for an allow list among them');
    await audit.close();

    const page = await openExtensionPage('options.html#connections');
    const row = page.getByRole('listitem', { name: NAME, exact: true });
    // What Rewst meets first: no customers, because the API refuses the client list.
    await row.getByRole('button', { name: 'Test connection' }).click();
    await expect(row.getByTestId('test-result')).toContainText(
      `The user class of "${user.Name}" cannot use GET /Clients: it needs Clients › Read (ClientRead).`,
    );
    const { panel, check } = await runRewstReadiness(row);
    await expect(check('rewst-user-integrator')).toHaveAttribute('data-status', 'pass');
    await expect(check('rewst-user-integrator')).toContainText(
      `${user.Name} (#${user.UserId}): IsIntegrator true`,
    );
    await expect(check('rewst-clients-read')).toHaveAttribute('data-status', 'fail');
    await expect(check('rewst-clients-read')).toContainText(`${userClass}: Clients Read off`);
    await expect(check('rewst-clients-read')).toContainText('no customers when it refreshes its options');
    await expectRewstSources(panel);
    await panel.scrollIntoViewIfNeeded();
    await step(
      page,
      'Readiness for Rewst: Integrator passes, Clients Read fails, the IP allow list is a person’s check',
    );
    await page.close();
  },
});
