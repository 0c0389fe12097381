import { expect } from '@playwright/test';
import { defineScenario } from '../scenario';

export const overlayOnPortals = defineScenario({
  id: 'overlay-on-portals',
  title: 'The companion on ConnectWise and WatchGuard pages',
  description:
    'Open a ConnectWise Manage page and a WatchGuard Cloud page: the companion panel appears on both.',
  url: () => 'https://na.myconnectwise.net/v4_6_release/home.html',
  async tour({ context, step }) {
    const page = await context.newPage();
    await page.goto('https://na.myconnectwise.net/v4_6_release/home.html');
    await expect(page.locator('mpc-overlay')).toHaveCount(1);
    await step(page, 'ConnectWise Manage page with the companion panel');
    await page.goto('https://usa.cloud.watchguard.com/');
    await expect(page.locator('mpc-overlay')).toHaveCount(1);
    await step(page, 'WatchGuard Cloud page with the companion panel');
    await page.close();
  },
});
