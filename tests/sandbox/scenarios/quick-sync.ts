import { expect, type Page } from '@playwright/test';
import { progressText } from '../../e2e/mappings/synced-pair';
import type { ManageSimState } from '../../simulators/cw-manage';
import type { CwRmmSimState } from '../../simulators/cw-rmm';
import type { WatchGuardSimState } from '../../simulators/watchguard';
import { defineScenario, type SandboxContext } from '../scenario';
import { SANDBOX_CONNECTION_NAMES, simulatorState } from '../seed';

/** What each seeded connection's last run says after a quick sync, counted from its simulator. */
function expectedRuns(simulators: SandboxContext['simulators']) {
  const accounts = simulatorState<WatchGuardSimState>(simulators, 'watchguard').data.accounts.length;
  const companies = simulatorState<ManageSimState>(simulators, 'cw-manage').data.companies.length;
  const rmm = simulatorState<CwRmmSimState>(simulators, 'cw-rmm').data;
  const rmmRecords = rmm.companies.length + rmm.allSites().length;
  return [
    {
      name: SANDBOX_CONNECTION_NAMES.watchguard,
      result: `Succeeded · ${accounts} accounts · ${accounts} added`,
    },
    {
      name: SANDBOX_CONNECTION_NAMES.manage,
      result: `Succeeded · ${companies} companies · ${companies} added`,
    },
    {
      name: SANDBOX_CONNECTION_NAMES.rmm,
      result: `Succeeded · ${rmmRecords} companies and sites · ${rmmRecords} added`,
    },
  ];
}

/** Picks a connection in one of the Mappings screen's pickers by its name. */
async function pick(page: Page, picker: RegExp, connectionName: string) {
  const select = page.getByLabel(picker);
  const value = await select.locator('option', { hasText: connectionName }).getAttribute('value');
  await select.selectOption(value!);
}

export const quickSync = defineScenario({
  id: 'quick-sync',
  title: 'Run a quick sync from the popup and review suggested mappings',
  description:
    'The popup’s Account sync panel reads each connection’s accounts or companies into the extension’s database; Settings → Mappings then pairs each WatchGuard Cloud account with a ConnectWise RMM company, suggesting matches by name.',
  start: { extensionPage: 'popup.html' },
  tryIt: [
    'Click Sync now on each sandbox connection (or the toolbar icon, then Sync now).',
    'Sync the limited-role Manage connection: the panel says which right its role lacks.',
    'In Settings → Mappings map the WatchGuard accounts to the RMM companies: filter on Suggested, accept one or all that score 90% or more, undo, export.',
  ],
  async tour({ openExtensionPage, simulators, step }) {
    const popup = await openExtensionPage('popup.html');
    await popup.setViewportSize({ width: 420, height: 900 });
    const panel = popup.getByRole('region', { name: 'Account sync' });
    for (const { name, result } of expectedRuns(simulators)) {
      const row = panel.getByRole('article', { name, exact: true });
      await expect(row).toContainText('Never synced.');
      await row.getByRole('button', { name: 'Sync now' }).click();
      await expect(row.getByTestId('sync-last-run')).toContainText(result, { timeout: 30_000 });
    }
    await step(popup, 'Each sandbox connection synced, with counts', { readme: 'quick-sync' });
    await popup.close();

    const accounts = simulatorState<WatchGuardSimState>(simulators, 'watchguard').data.accounts.length;
    const page = await openExtensionPage('options.html#mappings');
    await expect(page.getByRole('heading', { name: 'Mappings', level: 2 })).toBeVisible();
    await pick(page, /^Map each entity of/, SANDBOX_CONNECTION_NAMES.watchguard);
    await pick(page, /^to one of/, SANDBOX_CONNECTION_NAMES.rmm);
    const progress = page.getByTestId('mapping-progress');
    await expect(progress).toHaveText(progressText(0, accounts));
    const suggested = page.getByRole('button', { name: /^Suggested/ });
    await suggested.click();
    await expect(suggested).toHaveAttribute('aria-pressed', 'true');
    await step(page, 'WatchGuard Cloud accounts with the RMM companies suggested for them', {
      readme: 'mappings',
    });

    await page
      .getByTestId('mapping-row')
      .first()
      .getByRole('button', { name: /^Accept / })
      .click();
    await expect(page.getByTestId('mapping-status')).toHaveText(/^Mapped .+ to .+\.$/);
    await expect(progress).toHaveText(progressText(1, accounts));
    await step(page, 'One suggestion accepted');
    await page.close();
  },
});
