import { expect } from '@playwright/test';
import { defineScenario } from '../scenario';
import { SANDBOX_CONNECTION_NAMES } from '../seed';

const WORKING = [
  SANDBOX_CONNECTION_NAMES.watchguard,
  SANDBOX_CONNECTION_NAMES.manage,
  SANDBOX_CONNECTION_NAMES.rmm,
] as const;

export const sandboxConnections = defineScenario({
  id: 'sandbox-connections',
  title: 'Test the sandbox connections',
  description:
    'Settings → Connections lists the connections the sandbox saved through the extension: secrets encrypted in the vault, shown masked, each one tested against its simulator.',
  start: { extensionPage: 'options.html#connections' },
  tryIt: [
    'Click Test connection on each one.',
    'Edit one: its secrets show as saved, never their values.',
    'Add a connection with the values from the landing page’s list of simulated vendors.',
  ],
  async tour({ openExtensionPage, step }) {
    const page = await openExtensionPage('options.html#connections');
    for (const name of WORKING) {
      const row = page.getByRole('listitem', { name, exact: true });
      await row.getByRole('button', { name: 'Test connection' }).click();
      await expect(row.getByTestId('test-result')).toContainText('Connected');
      await expect(row.getByTestId('test-result')).toContainText('Next step:');
    }
    // From the top of the list: the connections, their masked secrets and the first results.
    await page
      .getByRole('listitem', { name: WORKING[0], exact: true })
      .evaluate((row) => row.scrollIntoView({ block: 'start' }));
    await step(page, 'The sandbox connections, secrets masked, tested', { readme: 'connections' });
    await page.close();
  },
});
