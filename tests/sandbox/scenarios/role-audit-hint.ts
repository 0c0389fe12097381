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
    `Click Test connection on “${SANDBOX_CONNECTION_NAMES.manage}”: it connects, and its API member’s rights are checked against WatchGuard Cloud.`,
    `Click Test connection on “${SANDBOX_CONNECTION_NAMES.manageLimited}”: its role cannot read System › My Company.`,
    'Then Settings → Audit a role: pick the full connection and the “Limited API” role to see everything it lacks.',
  ],
  async tour({ openExtensionPage, step }) {
    const page = await openExtensionPage('options.html#connections');
    const row = (name: string) => page.getByRole('listitem', { name, exact: true });

    const manage = row(SANDBOX_CONNECTION_NAMES.manage);
    await manage.getByRole('button', { name: 'Test connection' }).click();
    await expect(manage.getByTestId('test-result')).toContainText('Connected to');
    // The passed test goes on to audit the API member against WatchGuard Cloud, the integration it serves.
    const member = manage.getByRole('region', { name: 'API member rights' });
    await expect(member).toContainText(
      'The API member has every right the integrations need, and 2 rights more than they need.',
    );
    await expect(member).toContainText('Checked against WatchGuard Cloud (least privilege).');

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

    // The hint's follow-up without leaving the extension: audit that role through the connection.
    const audit = await openExtensionPage('options.html#audit-role');
    await audit
      .getByLabel('Connection')
      .selectOption({ label: `${SANDBOX_CONNECTION_NAMES.manage} (ConnectWise Manage)` });
    await audit.getByLabel('Security role').selectOption({ label: 'Limited API' });
    await audit.getByLabel('WatchGuard Cloud').check();
    await audit.getByRole('button', { name: 'Audit' }).click();
    const report = audit.getByRole('region', { name: 'Audit result' });
    await expect(report.getByRole('heading', { level: 3 })).toHaveText('Security role Limited API: fails');
    await expect(
      report.getByText('Companies › Configurations › Inquire: needs All, has None (WatchGuard Cloud).'),
    ).toBeVisible();
    await step(
      audit,
      'The limited role audited through the full connection: what to change for WatchGuard Cloud',
    );
    await audit.close();
    await page.close();
  },
});
