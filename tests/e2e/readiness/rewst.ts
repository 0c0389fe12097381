import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Rewst ↔ ConnectWise Automate as a person drives it (E2E and the sandbox tour): Options › Audit
 * a role on an Automate user class, and a connection's Readiness panel. What is expected is
 * Rewst's guide (docs.rewst.help, read 2026-12-01), written out here rather than taken from the
 * product, so a wrong address or a lost consequence fails.
 */
export const REWST_GUIDE =
  'https://docs.rewst.help/documentation/integrations/rmm/connectwise-automate/least-privilege-access-guide-for-connectwise-automate-integration';
/** The address Rewst's guide gives for its calls to Automate. */
export const REWST_ADDRESS = '3.139.170.31';

/** Audits `userClass` of the Automate connection `connection` for Rewst; the result's region. */
export async function auditUserClassForRewst(page: Page, connection: string, userClass: string) {
  await page.getByLabel('Connection').selectOption({ label: `${connection} (ConnectWise Automate)` });
  await page.getByLabel('User class').selectOption({ label: userClass });
  await page.getByLabel('Rewst', { exact: true }).check();
  await page.getByRole('button', { name: 'Audit' }).click();
  return page.getByRole('region', { name: 'Audit result' });
}

/**
 * A class without Clients Read, audited for Rewst: that one right to change, with what Rewst then
 * shows; the Integrator box read on `user` (no longer a box to tick); the IP allow-list note.
 */
export async function expectClientsReadMissing(result: Locator, user: { name: string; id: number }) {
  const toChange = result.getByRole('list', { name: 'To change' }).getByRole('listitem');
  await expect(toChange).toHaveCount(1);
  await expect(toChange).toContainText('Clients: Read: needs on, has off (Rewst)');
  await expect(toChange.getByTestId('if-missing')).toContainText(
    'Rewst finds no customers when it refreshes its options',
  );
  await expect(result.getByTestId('audit-note')).toHaveText(
    `User settings (the Integrator box) read from the connection's own user, ${user.name} (#${user.id}).`,
  );
  const checklist = result.getByRole('group', { name: 'Check by hand (the API cannot show these)' });
  await expect(checklist).not.toContainText('Automate user settings');
  const allowList = checklist.locator('label').filter({ hasText: 'Allow Rewst’s IP address' });
  await expect(allowList.getByRole('checkbox')).toBeVisible();
  await expect(allowList).toContainText(`Rewst connects from ${REWST_ADDRESS}`);
}

/** Opens the connection's Readiness, runs the Rewst group; its panel and one check by id. */
export async function runRewstReadiness(row: Locator) {
  await row.getByRole('button', { name: 'Readiness' }).click();
  const panel = row.getByRole('region', { name: 'Rewst ↔ ConnectWise Automate' });
  const check = (id: string) => panel.locator(`[data-check-id="${id}"]`);
  await expect(check('rewst-clients-read')).toHaveAttribute('data-status', 'not-run');
  await panel.getByRole('button', { name: 'Run checks' }).click();
  await expect(check('rewst-clients-read')).not.toHaveAttribute('data-status', /not-run|unknown/);
  return { panel, check };
}

/** Every Rewst check cites the guide, and the IP allow list stays a person's check, with the address. */
export async function expectRewstSources(panel: Locator) {
  const links = panel.getByRole('link', { name: /^Rewst: ConnectWise Automate integration/ });
  // The group's own source, then one per check.
  await expect(links).toHaveCount(4);
  for (const link of await links.all()) await expect(link).toHaveAttribute('href', REWST_GUIDE);
  const allowList = panel.locator('[data-check-id="rewst-ip-allow-list"]');
  await expect(allowList).toHaveAttribute('data-status', 'unknown');
  await expect(allowList).toContainText(`Add ${REWST_ADDRESS} to the allow list`);
}
