import { expect } from '@playwright/test';
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

export const quickSync = defineScenario({
  id: 'quick-sync',
  title: 'Run a quick sync from the popup',
  description:
    'The popup’s Account sync panel reads each connection’s accounts or companies into the extension’s database, showing progress and what changed.',
  start: { extensionPage: 'popup.html' },
  tryIt: [
    'Click Sync now on each sandbox connection (or the toolbar icon, then Sync now).',
    'Sync the limited-role Manage connection: the panel says which right its role lacks.',
    'Open Settings → Sync for each connection’s history and schedule.',
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
  },
});
