import { expect } from '@playwright/test';
import {
  badge,
  checkerPanel,
  expectCounts,
  pickIntegrations,
  ROLE_PAGES,
} from '../../e2e/role-checker/support';
import { defineScenario } from '../scenario';

export const roleCheck = defineScenario({
  id: 'role-check',
  title: 'Audit a ConnectWise Manage security role in the page',
  description:
    'On a security role’s screen the companion checks every row against the integrations you pick: a role that passes, one missing what WatchGuard Cloud needs, and one with more than NinjaOne’s least-privilege list.',
  start: { url: `${ROLE_PAGES}/role-passing.html` },
  tryIt: [
    'Tick WatchGuard Cloud in the panel: this role passes.',
    `Open ${ROLE_PAGES}/role-missing.html: five rights are missing, each badged on its row; “Next problem” walks them.`,
    'Back on the first role, tick only NinjaOne and Least privilege: rights beyond NinjaOne’s list are badged as excess.',
  ],
  async tour({ context, step }) {
    const page = await context.newPage();
    await page.goto(`${ROLE_PAGES}/role-passing.html`);
    const panel = checkerPanel(page);
    const verdict = panel.getByRole('status').filter({ hasText: /^(Passes|Fails)/ });
    await pickIntegrations(page, 'WatchGuard Cloud');
    await expect(verdict).toHaveText('Passes: the role has what the integrations need.');
    await expectCounts(page, { missing: 0, excess: 0 });
    await step(page, 'A role that passes for WatchGuard Cloud');

    await page.goto(`${ROLE_PAGES}/role-missing.html`);
    await expect(panel.getByLabel('WatchGuard Cloud')).toBeChecked(); // remembered for the site
    await expect(verdict).toHaveText('Fails: 5 missing.');
    await expect(badge(page, 'Companies', 'Configurations').text).toHaveText(
      'Missing: Delete → All · WatchGuard Cloud',
    );
    await step(page, 'Five rights missing for WatchGuard Cloud, each badged on its row', {
      readme: 'role-check',
    });

    await page.goto(`${ROLE_PAGES}/role-passing.html`);
    await panel.getByLabel('WatchGuard Cloud').uncheck();
    await pickIntegrations(page, 'NinjaOne');
    await panel.getByLabel('Least privilege').check();
    // The same WatchGuard-built role holds rights NinjaOne's list does not name.
    await expect(verdict).toHaveText('Fails: 3 missing, 10 excess.');
    await expectCounts(page, { missing: 3, excess: 10 });
    await expect(badge(page, 'Companies', 'Configurations').text).toHaveText(
      'Excess: Delete → None · NinjaOne',
    );
    await step(page, 'For NinjaOne in least-privilege mode: rights beyond its list badged as excess', {
      readme: 'role-check-excess',
    });
    await page.close();
  },
});
