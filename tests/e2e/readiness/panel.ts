import type { Locator } from '@playwright/test';

/** The ThreatLocker Readiness panel of a saved connection's row, as a person drives it (E2E and the sandbox tour). */
export function threatLockerPanel(row: Locator) {
  const panel = row.getByRole('region', { name: 'ThreatLocker ↔ ConnectWise Manage' });
  return {
    panel,
    check: (id: string) => panel.locator(`[data-check-id="${id}"]`),
    pickBoard: (label: string) =>
      panel.getByLabel('Board ThreatLocker posts approval requests to').selectOption({ label }),
    /** Ticks one company type and one status, as on ThreatLocker's Company Mapping tab. */
    async pickFilters(type: string, status: string) {
      await panel
        .getByRole('group', { name: 'Company types you will pick in ThreatLocker' })
        .getByLabel(type, { exact: true })
        .check();
      await panel
        .getByRole('group', { name: 'Company statuses you will pick in ThreatLocker' })
        .getByLabel(status, { exact: true })
        .check();
    },
    run: () => panel.getByRole('button', { name: 'Run checks' }).click(),
  };
}
