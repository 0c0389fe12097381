import { expect } from '@playwright/test';
import { LANDING_URL } from './landing';
import { defineScenario, type Scenario } from './scenario';

/**
 * The tour's first entry, not listed on the landing page itself: the landing page offers every
 * scenario, and its links to extension pages (which a web page may not open) do open them.
 */
export function landingCheck(scenarios: readonly Scenario[]): Scenario {
  return defineScenario({
    id: 'landing',
    title: 'The sandbox landing page lists every scenario',
    description: 'The page `npm start` opens.',
    start: { url: LANDING_URL },
    tryIt: [],
    async tour({ context, extensionId, step }) {
      const page = await context.newPage();
      await page.goto(LANDING_URL);
      for (const scenario of scenarios) {
        await expect(page.getByRole('link', { name: scenario.title, exact: true })).toBeVisible();
      }
      await step(page, 'The sandbox landing page', { readme: 'sandbox-landing' });

      const opened = context.waitForEvent('page');
      await page.getByRole('link', { name: 'settings', exact: true }).click();
      const settings = await opened;
      await expect(settings).toHaveURL(`chrome-extension://${extensionId}/options.html`);
      // The landing page stays where it was (the sandbox answered 204).
      await expect(page).toHaveURL(LANDING_URL);
      await settings.close();
      await page.close();
    },
  });
}
