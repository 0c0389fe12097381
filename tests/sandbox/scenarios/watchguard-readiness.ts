import { expect } from '@playwright/test';
import type { WatchGuardSimState } from '../../simulators/watchguard';
import { defineScenario } from '../scenario';
import { SANDBOX_CONNECTION_NAMES, simulatorState } from '../seed';

const GROUP = 'WatchGuard ↔ ConnectWise RMM plug-in';
const CODE = 'R7Q2-K9ZP-44XM';

/** An invitation as a mail client may paste it: quoted-printable soft breaks and &nbsp;. */
function invitation(accountId: string, codes: readonly string[]): string {
  return [
    'You are invited to register as a device user.',
    'Server URL:&nbsp;https://usa.cloud.watch=',
    'guard.com',
    `Account ID:&nbsp;${accountId}`,
    ...codes.map((code) => `Registration Code: ${code}`),
  ].join('\n');
}

export const watchguardReadiness = defineScenario({
  id: 'watchguard-readiness',
  title: 'Check the WatchGuard ↔ ConnectWise RMM plug-in set-up',
  description:
    'The WatchGuard Cloud connection’s Readiness panel reads Administrator Login as the plug-in document’s troubleshooting list and checks a device-user invitation (an email with two registration codes is refused, not guessed); the invitation reader under Connections gives the three values cleaned of mail encoding, each with a copy button, the code masked.',
  start: { extensionPage: 'options.html#connections' },
  tryIt: [
    `Click Readiness on “${SANDBOX_CONNECTION_NAMES.watchguard}”, paste an invitation email with two “Registration Code:” lines and run the checks.`,
    'Paste an invitation with one code into “device-user invitation” lower on the page and click Read the invitation: copy each value.',
  ],
  async tour({ openExtensionPage, simulators, step }) {
    const { data } = simulatorState<WatchGuardSimState>(simulators, 'watchguard');
    const page = await openExtensionPage('options.html#connections');
    const row = page.getByRole('listitem', { name: SANDBOX_CONNECTION_NAMES.watchguard, exact: true });
    await row.getByRole('button', { name: 'Readiness' }).click();
    const panel = row.getByRole('region', { name: GROUP });
    const check = (id: string) => panel.locator(`[data-check-id="${id}"]`);
    await panel
      .getByLabel('Device-user invitation email (User Login)')
      .fill(invitation(data.partner.accountId, [CODE, 'Z1Z1-Z1Z1-Z1Z1']));
    await panel.getByRole('button', { name: 'Run checks' }).click();
    await expect(check('watchguard-rmm-admin-login')).toHaveAttribute('data-status', 'pass');
    await expect(check('watchguard-rmm-invitation-serverUrl')).toHaveAttribute('data-status', 'pass');
    await expect(check('watchguard-rmm-invitation-registrationCode')).toHaveAttribute('data-status', 'fail');
    await expect(check('watchguard-rmm-invitation-registrationCode')).toContainText('none was picked');
    await expect(panel).not.toContainText(CODE);
    await check('watchguard-rmm-invitation-registrationCode').scrollIntoViewIfNeeded();
    await step(
      page,
      'Two registration codes in one email: refused, never guessed; Administrator Login passes',
    );

    const reader = page.getByTestId('invitation-paste');
    await reader.getByTestId('invitation-text').fill(invitation(data.partner.accountId, [CODE]));
    await reader.getByRole('button', { name: 'Read the invitation' }).click();
    const result = reader.getByTestId('invitation-result');
    await expect(result.locator('[data-field="serverUrl"]')).toContainText(
      'https://usa.cloud.watchguard.com',
    );
    await expect(result.locator('[data-field="registrationCode"]')).toContainText(
      `(${CODE.length} characters)`,
    );
    await expect(result).not.toContainText(CODE);
    await expect(result.locator('[data-code="mail-encoding"]')).toBeVisible();
    await reader.scrollIntoViewIfNeeded();
    await step(page, 'The invitation’s three values, mail encoding undone, each ready to copy');
    await page.close();
  },
});
