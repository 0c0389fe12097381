import { expect, test } from '../fixtures';

test('the overlay host appears on a ConnectWise Manage page', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('https://na.myconnectwise.net/v4_6_release/home.html');
  await expect(page.locator('mpc-overlay')).toHaveCount(1);
  await expect(page.getByRole('heading', { name: 'MSP Portal Companion' })).toBeVisible();
});

test('the overlay host appears on a WatchGuard Cloud page', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('https://usa.cloud.watchguard.com/');
  await expect(page.locator('mpc-overlay')).toHaveCount(1);
});

test('no overlay on an unrelated host', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('https://unrelated.example.com/');
  await expect(page.getByRole('heading', { name: 'Nothing to do with any vendor' })).toBeVisible();
  // Give a content script the time it would need to run, then check it did not.
  await page.waitForTimeout(500);
  await expect(page.locator('mpc-overlay')).toHaveCount(0);
});
