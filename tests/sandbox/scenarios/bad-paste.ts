import { expect } from '@playwright/test';
import { allowClipboard, copyAndRead, findingsUnder, pasteInto } from '../../e2e/regions/support';
import { MANAGED_ACCESS } from '../../unit/regions/page/watchguard-pages';
import { defineScenario } from '../scenario';

const USA = 'https://usa.cloud.watchguard.com';
const RMM_FORM = `${USA}/administration/integrations/connectwise-rmm/`;
const na = MANAGED_ACCESS.na;

export const badPaste = defineScenario({
  id: 'bad-paste',
  title: 'Catch a bad paste in an integration form',
  description:
    'In WatchGuard Cloud’s ConnectWise RMM integration form every box is checked as you paste: the wrong URL, the read-only access ID and stray spaces are named with the value to paste instead.',
  start: { url: RMM_FORM },
  tryIt: [
    'On Managed Access copy the API URL, then paste it into the form’s Authentication API URL box.',
    'Paste the read-only access ID into the Access ID box (after visiting Managed Access once).',
    'Paste the values the messages suggest: each message goes away.',
  ],
  async tour({ context, step }) {
    await allowClipboard(context, [USA]);
    const page = await context.newPage();
    // The usual slip: the API URL copied from Managed Access lands in the authentication box.
    await page.goto(`${USA}/administration/managed-access/`);
    const panel = page.getByTestId('managed-access');
    expect(await copyAndRead(panel.getByRole('button', { name: 'Copy API URL', exact: true }), page)).toBe(
      na.apiUrl,
    );
    await page.goto(RMM_FORM);
    await expect(page.getByTestId('form-lint')).toContainText('No problems found.');
    await page.locator('#wg-auth').click();
    await page.locator('#wg-auth').press('ControlOrMeta+v');
    const auth = findingsUnder(page, '#wg-auth');
    await expect(auth).toContainText('This is the WatchGuard API URL (Endpoint Security) for NA / Americas');
    await expect(auth).toContainText(`paste ${na.authUrl}`);

    // Managed Access was visited, so the read-only access ID is known for what it is.
    await pasteInto(page, '#wg-access', na.readOnlyAccessId);
    const access = findingsUnder(page, '#wg-access');
    await expect(access).toContainText('This is the read-only access ID');
    await expect(access).toContainText(`paste the read-write one, ${na.readWriteAccessId}`);
    await expect(page.getByTestId('form-lint')).toContainText('2 problems');
    await step(
      page,
      'API URL in the authentication box and the read-only access ID, each named with its fix',
      {
        readme: 'form-lint',
      },
    );

    await pasteInto(page, '#wg-auth', na.authUrl);
    await pasteInto(page, '#wg-access', na.readWriteAccessId);
    await expect(auth).toHaveCount(0);
    await expect(access).toHaveCount(0);
    await expect(page.getByTestId('form-lint')).toContainText('No problems found.');
    await step(page, 'The suggested values pasted: no problems left');
    await page.close();
  },
});
