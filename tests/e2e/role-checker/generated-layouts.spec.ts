import type { FrameLocator, Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { checkerPanel, expectCounts, openRolePage, pickIntegrations } from './support';

// Layouts drawn by the unit suite's layout generator (tests/unit/role-checker/page/layout-generator),
// each holding the same role as role-missing.html: WatchGuard Cloud's table, five rights short.

/** A generated row's badge: the generator names each control `lvl-<module>-<function>-<action>`. */
function generatedBadge(scope: Page | FrameLocator, module: string, fn: string) {
  const slug = `${module}-${fn}-0`.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const row = scope.locator('.sec-row, [role="row"], tr').filter({ has: scope.locator(`#lvl-${slug}`) });
  const host = row.locator('[data-mpc-badge]');
  return { host, text: host.locator('.mpc-badge') };
}

async function expectWatchGuardVerdict(page: Page, scope: Page | FrameLocator) {
  await pickIntegrations(page, 'WatchGuard Cloud');
  await expect(checkerPanel(page).getByRole('status').filter({ hasText: 'Fails' })).toHaveText(
    'Fails: 5 missing.',
  );
  await expectCounts(page, { missing: 5, excess: 0, ok: 43, unread: 0 });
  await expect(scope.locator('[data-mpc-badge]')).toHaveCount(12);
  // "Reports" is a function of three modules: each is read under its own heading.
  await expect(generatedBadge(scope, 'Finance', 'Reports').text).toHaveText(
    'Missing: Inquire → All · WatchGuard Cloud',
  );
  await expect(generatedBadge(scope, 'Service Desk', 'Reports').host).toHaveAttribute('data-mpc-badge', 'ok');
  await expect(generatedBadge(scope, 'Companies', 'Configurations').text).toHaveText(
    'Missing: Delete → All · WatchGuard Cloud',
  );
}

test('a toolkit div grid with read-only level boxes: audited, badged, and left to the admin to change', async ({
  context,
}) => {
  const page = await openRolePage(context, 'generated/toolkit-div-grid.html');
  await expectWatchGuardVerdict(page, page);
  const panel = checkerPanel(page);
  // Apply offers only what it can set: none of these boxes.
  await expect(panel.getByRole('button', { name: /^Apply required levels/ })).toBeDisabled();
  const byHand = panel.getByRole('list', { name: 'Change by hand' });
  await expect(byHand.getByRole('listitem')).toHaveCount(5);
  await expect(byHand).toContainText('System › Table Setup: Add → All');
});

test('an ARIA grid with combo boxes labelled by action and +/− module markers', async ({ context }) => {
  const page = await openRolePage(context, 'generated/aria-grid-combobox.html');
  await expectWatchGuardVerdict(page, page);
});

test('one table per module, captions with row counts, inside the portal content frame', async ({
  context,
}) => {
  const page = await openRolePage(context, 'generated/framed-module-tables.html');
  const frame = page.frameLocator('#content-frame');
  await expectWatchGuardVerdict(page, frame);
  // Native drop-downs: Apply can set all five.
  await expect(checkerPanel(page).getByRole('button', { name: 'Apply required levels (5)' })).toBeEnabled();
});
