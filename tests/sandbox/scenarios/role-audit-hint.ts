import { expect } from '@playwright/test';
import { defineScenario } from '../scenario';
import { SANDBOX_CONNECTION_NAMES } from '../seed';

export const roleAuditHint = defineScenario({
  id: 'role-audit-hint',
  title: 'See a 403 turned into a role-audit hint',
  description:
    'Settings → Connections holds the sandbox connections. Testing the one whose ConnectWise Manage API member lacks a right shows the call that was refused, the role function that grants it and where to fix the role.',
  start: { extensionPage: 'options.html#connections' },
  tryIt: [
    `Click Test connection on “${SANDBOX_CONNECTION_NAMES.manage}”: it connects.`,
    `Click Test connection on “${SANDBOX_CONNECTION_NAMES.manageLimited}”: its role cannot read System › My Company.`,
  ],
  async tour({ openExtensionPage, step }) {
    const page = await openExtensionPage('options.html#connections');
    const row = (name: string) => page.getByRole('listitem', { name, exact: true });

    const manage = row(SANDBOX_CONNECTION_NAMES.manage);
    await manage.getByRole('button', { name: 'Test connection' }).click();
    await expect(manage.getByTestId('test-result')).toContainText('Connected to');

    const limited = row(SANDBOX_CONNECTION_NAMES.manageLimited);
    await limited.getByRole('button', { name: 'Test connection' }).click();
    const result = limited.getByTestId('test-result');
    // The 403 named: the refused call, the right it needs, and where to change the role.
    await expect(result).toContainText(
      'security role cannot use GET /system/info: it needs System › My Company › Inquire level.',
    );
    await expect(result).toContainText('Next step: In ConnectWise Manage open System › Security Roles');
    await expect(result).toContainText('Granted by System › My Company (Inquire)');
    await result.scrollIntoViewIfNeeded();
    await step(page, 'The refused call, the role function that grants it, and where to fix the role', {
      readme: 'role-audit-hint',
    });
    await page.close();
  },
});
