import { expect } from '@playwright/test';
import { allowClipboard, copyAndRead } from '../../e2e/regions/support';
import { defineScenario } from '../scenario';

const MANAGE_EU = 'https://eu.myconnectwise.net';
const RMM = 'https://control.itsupport247.net';

export const regionBadges = defineScenario({
  id: 'region-badges',
  title: 'The region badge on ConnectWise Manage and RMM',
  description:
    'On ConnectWise portals the companion shows the region you are signed in to and copies the matching API server URL (and, on Manage, the REST base of your codebase).',
  start: { url: `${MANAGE_EU}/v2024_1/home.html` },
  tryIt: [
    'Copy the API server URL and the REST base from the badge.',
    `Open ${RMM}/ for ConnectWise RMM’s badge.`,
  ],
  async tour({ context, step }) {
    await allowClipboard(context, [MANAGE_EU, RMM]);
    const page = await context.newPage();
    await page.goto(`${MANAGE_EU}/v2024_1/home.html`);
    const badge = page.getByTestId('region-badge');
    await expect(badge).toContainText('ConnectWise Manage (PSA)');
    await expect(badge).toContainText('Region: Europe');
    expect(await copyAndRead(badge.getByRole('button', { name: 'Copy REST base (v2024_1)' }), page)).toBe(
      'https://api-eu.myconnectwise.net/v2024_1/apis/3.0',
    );
    await step(page, 'ConnectWise Manage Europe: region and the REST base of codebase v2024_1', {
      readme: 'manage-region-badge',
    });

    await page.goto(`${RMM}/`);
    await expect(badge).toContainText('ConnectWise RMM');
    await expect(badge).toContainText('Region: North America');
    expect(await copyAndRead(badge.getByRole('button', { name: 'Copy API server URL' }), page)).toBe(
      'https://openapi.service.itsupport247.net',
    );
    await step(page, 'ConnectWise RMM: region and API server URL');
    await page.close();
  },
});
