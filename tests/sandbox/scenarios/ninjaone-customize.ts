import { expect } from '@playwright/test';
import {
  checkerPanel,
  expectCounts,
  pickIntegrations,
  ROLE_PAGES,
  row,
} from '../../e2e/role-checker/support';
import { defineScenario } from '../scenario';

export const ninjaOneCustomize = defineScenario({
  id: 'ninjaone-customize',
  title: 'Settle NinjaOne’s Table Setup exclusions from the Customize dialog',
  description:
    'NinjaOne asks for two Table Setup tables on the disallowed side of the role’s Customize dialog. Open the dialog on the role screen and the checker reads its two boxes and settles both checks (the dialog here is reconstructed from NinjaOne’s guide, not captured).',
  start: { url: `${ROLE_PAGES}/role-missing.html` },
  tryIt: [
    'Tick NinjaOne in the panel: two manual checks.',
    'Run the dialog script (customize/open-dialog.js), click Customize on System › Table Setup, and move “Contacts / Communication Type” to the right-hand box.',
  ],
  async tour({ context, step }) {
    const page = await context.newPage();
    await page.goto(`${ROLE_PAGES}/role-missing.html`);
    await page.addScriptTag({ url: `${ROLE_PAGES}/customize/open-dialog.js` });
    const panel = checkerPanel(page);
    await pickIntegrations(page, 'NinjaOne');
    await expectCounts(page, { manual: 2 });
    await row(page, 'System', 'Table Setup').getByText('Customize').click();
    const tag = (id: string) => panel.locator(`[data-check="${id}"] [data-settled]`);
    await expect(tag('ninjaone-table-setup-disallow-communication-type')).toHaveAttribute(
      'data-settled',
      'fail',
    );
    await page.locator('[data-cw-box="allow"]').selectOption('Contacts / Communication Type');
    await page.locator('[data-cw-move="disallow"]').click();
    await expect(tag('ninjaone-table-setup-disallow-communication-type')).toHaveAttribute(
      'data-settled',
      'pass',
    );
    await expect(tag('ninjaone-table-setup-disallow-stsclient')).toHaveAttribute('data-settled', 'fail');
    await step(page, 'The Customize dialog read: one exclusion done, “General / StsClient” still allowed');
    await page.close();
  },
});
