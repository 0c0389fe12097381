import { checkerPanel, expectCounts, openRolePage } from '../role-checker/support';
import { expect, test } from './fixture';

test.use({ policy: { roleCheckerIntegrations: ['watchguard-cloud-psa', 'ninjaone-psa'] } });

test('a site with no choice of its own starts with the policy’s integrations; its own choice then wins', async ({
  context,
}) => {
  const page = await openRolePage(context, 'role-missing.html');
  const panel = checkerPanel(page);
  await expect(panel.getByLabel('WatchGuard Cloud')).toBeChecked();
  await expect(panel.getByLabel('NinjaOne')).toBeChecked();
  await expect(panel.getByLabel('ThreatLocker')).not.toBeChecked();
  // WatchGuard Cloud and NinjaOne together (see in-page-check.spec.ts).
  await expectCounts(page, { missing: 6, excess: 0, manual: 2 });

  await panel.getByLabel('NinjaOne').uncheck();
  await expectCounts(page, { missing: 5, manual: 0 });
  await page.reload();
  await expect(checkerPanel(page).getByLabel('WatchGuard Cloud')).toBeChecked();
  await expect(checkerPanel(page).getByLabel('NinjaOne')).not.toBeChecked();
});
