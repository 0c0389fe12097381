import { expect } from '@playwright/test';
import { allowClipboard, copyAndRead } from '../../e2e/regions/support';
import { type FixtureRegion, MANAGED_ACCESS, PORTAL_HOSTS } from '../../unit/regions/page/watchguard-pages';
import { defineScenario } from '../scenario';

/** What each region's Managed Access page is, in the words an admin reads in the overlay. */
const REGIONS: readonly { region: FixtureRegion; label: string }[] = [
  { region: 'na', label: 'NA / Americas' },
  { region: 'emea', label: 'EMEA' },
  { region: 'apac', label: 'APAC' },
];

const managedAccess = (region: FixtureRegion) =>
  `https://${PORTAL_HOSTS[region]}/administration/managed-access/`;

export const watchguardEndpoints = defineScenario({
  id: 'watchguard-endpoints',
  title: 'Copy the WatchGuard Cloud API endpoints of each region',
  description:
    'On Administration → Managed Access the companion detects the account’s region and puts a copy button next to every API parameter.',
  start: { url: managedAccess('na') },
  tryIt: [
    'Check the region the panel detected, then copy the Authentication API URL and the API URL.',
    'Do the same on the EMEA (deu) and APAC (jpn) portals: the URLs change with the region.',
    'The read-only access ID is marked as the wrong one for the ConnectWise plug-ins.',
  ],
  async tour({ context, step }) {
    await allowClipboard(
      context,
      REGIONS.map(({ region }) => `https://${PORTAL_HOSTS[region]}`),
    );
    const page = await context.newPage();
    for (const { region, label } of REGIONS) {
      await page.goto(managedAccess(region));
      const panel = page.getByTestId('managed-access');
      await expect(panel.getByText(`Region: ${label}`)).toBeVisible();
      const expected = MANAGED_ACCESS[region];
      const copy = (name: string) => copyAndRead(panel.getByRole('button', { name, exact: true }), page);
      expect(await copy('Copy Authentication API URL')).toBe(expected.authUrl);
      expect(await copy('Copy API URL')).toBe(expected.apiUrl);
      expect(await copy('Copy Account ID')).toBe(expected.accountId);
      await step(page, `${label}: region detected, endpoints copied`, {
        ...(region === 'na' ? { readme: 'managed-access' } : {}),
      });
    }
    await page.close();
  },
});
