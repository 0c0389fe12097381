import { expect } from '@playwright/test';
import { defineScenario } from '../scenario';

export const reviewMappings = defineScenario({
  id: 'review-mappings',
  title: 'Review suggested account mappings',
  description:
    'Settings → Mappings pairs each WatchGuard Cloud account with a ConnectWise company: certain matches, suggestions scored by name, and what is left to map by hand.',
  start: { extensionPage: 'options.html#mappings' },
  tryIt: [
    'Filter on Suggested and accept a suggestion, or pick another company for a row.',
    'Accept every suggestion scoring 90% or more at once, then undo it.',
    'Export the mappings as CSV.',
  ],
  // LEAD: starts from the background's demo pair until the IndexedDB store and sync are in main;
  // then it begins with a quick sync from the popup against the simulators.
  async tour({ openExtensionPage, step }) {
    const page = await openExtensionPage('options.html#mappings');
    await expect(page.getByRole('heading', { name: 'Mappings', level: 2 })).toBeVisible();
    const progress = page.getByTestId('mapping-progress');
    await expect(progress).toHaveText('3 of 21 mapped (14%)');

    const suggested = page.getByRole('button', { name: /^Suggested/ });
    await suggested.click();
    await expect(suggested).toHaveAttribute('aria-pressed', 'true');
    await step(page, 'Suggested mappings, each with its score', { readme: 'mappings' });

    await page.getByRole('button', { name: 'Accept @Home Networks for @Home Networks' }).click();
    await expect(page.getByTestId('mapping-status')).toHaveText('Mapped @Home Networks to @Home Networks.');
    await expect(progress).toHaveText('4 of 21 mapped (19%)');
    await step(page, 'One suggestion accepted');
    await page.close();
  },
});
