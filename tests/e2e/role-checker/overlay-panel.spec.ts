import { expect, test } from '../fixtures';
import { checkerPanel, expectCounts, openRolePage, pickIntegrations } from './support';

test('the overlay keeps its position and collapsed state for the site, and is keyboard-movable', async ({
  context,
}) => {
  const page = await openRolePage(context, 'role-missing.html');
  const overlay = page.locator('mpc-overlay').getByRole('region', { name: 'MSP Portal Companion' });
  await expect(checkerPanel(page)).toBeVisible();
  const before = await overlay.boundingBox();

  const move = overlay.getByRole('button', { name: /^Move panel/ });
  await move.focus();
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('ArrowUp');
  await expect.poll(async () => (await overlay.boundingBox())?.x).toBe((before?.x ?? 0) - 64);
  await overlay.getByRole('button', { name: 'Collapse' }).click();
  await expect(checkerPanel(page)).toHaveCount(0);

  await page.reload();
  await expect(overlay.getByRole('button', { name: 'Expand' })).toBeVisible();
  const after = await overlay.boundingBox();
  expect(after?.x).toBe((before?.x ?? 0) - 64);
  expect((after?.y ?? 0) + (after?.height ?? 0)).toBe((before?.y ?? 0) + (before?.height ?? 0) - 16);
});

test('collapsing keeps the badges; dismissing removes the checker from the page', async ({ context }) => {
  const page = await openRolePage(context, 'role-missing.html');
  const overlay = page.locator('mpc-overlay');
  await pickIntegrations(page, 'WatchGuard Cloud');
  await expectCounts(page, { missing: 5 });

  await overlay.getByRole('button', { name: 'Collapse' }).click();
  await expect(page.locator('[data-mpc-badge]')).toHaveCount(12);
  await overlay.getByRole('button', { name: 'Expand' }).click();
  await expectCounts(page, { missing: 5 });

  await overlay.getByRole('button', { name: 'Dismiss' }).click();
  await expect(overlay.getByRole('region')).toHaveCount(0);
  await expect(page.locator('[data-mpc-badge]')).toHaveCount(0);
});
