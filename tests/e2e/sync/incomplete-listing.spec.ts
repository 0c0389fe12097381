import type { Page } from '@playwright/test';
import { createCwRmmSimulator, type RmmPagingFault } from '../../simulators/cw-rmm';
import { expect, test } from '../fixtures';
import type { VendorServer } from '../support/vendor-server';
import { sendCommand } from '../vendors/background-command';

const RMM_HOST = 'openapi.service.itsupport247.net';
const SIZE = 1_800;

/**
 * An RMM simulator at the real North America host and a saved connection to it. The first sync
 * reads every company from an honest server (sparse records: ids and names only); then the
 * server turns faulty, as a real one may: it caps its pages, or ignores `pageNum`.
 */
async function savedRmmConnection(
  vendorServer: VendorServer,
  openExtensionPage: (path: string) => Promise<Page>,
) {
  const sim = createCwRmmSimulator({ companies: SIZE, sitesPerCompany: 0, requireTls: true, sparse: true });
  vendorServer.handle(RMM_HOST, sim.handler);
  const key = sim.state.data.keys.full;
  const options = await openExtensionPage('options.html');
  const saved = (await sendCommand(options, 'saveConnection', {
    vendor: 'cw-rmm',
    name: 'Simulated RMM',
    settings: {
      region: 'na',
      serverUrl: `https://${RMM_HOST}`,
      clientId: key.clientId,
      recordsPerRequest: 500,
    },
    secrets: { clientSecret: key.clientSecret },
  })) as { ok: boolean };
  expect(saved.ok).toBe(true);
  await options.close();
  return sim;
}

const FAULTS: [string, RmmPagingFault, RegExp][] = [
  [
    'caps its pages',
    { cap: 200 },
    /sent 200 companies where 500 were asked for.*Set Records Per Request to 200/,
  ],
  [
    'ignores pageNum',
    { ignorePageNum: true },
    /returned the same 500 companies twice.*Records Per Request may be above the server's limit; set it to 500/,
  ],
];

for (const [label, fault, message] of FAULTS) {
  test(`an RMM server that ${label} ends the sync as incomplete in the popup, and every company stays`, async ({
    openExtensionPage,
    vendorServer,
  }) => {
    const sim = await savedRmmConnection(vendorServer, openExtensionPage);
    const popup = await openExtensionPage('popup.html');
    const row = popup.getByRole('article', { name: 'Simulated RMM' });
    await row.getByRole('button', { name: 'Sync now' }).click();
    await expect(row.getByTestId('sync-last-run')).toContainText(
      'Succeeded · 1,800 companies and sites · 1,800 added',
      {
        timeout: 30_000,
      },
    );

    Object.assign(sim.state.paging, fault);
    await row.getByRole('button', { name: 'Sync now' }).click();
    await expect(row.getByTestId('sync-last-run')).toContainText('Incomplete', { timeout: 30_000 });
    await expect(row.getByTestId('sync-incomplete')).toHaveText(message);
    await expect(row.getByTestId('sync-incomplete')).toContainText('nothing was marked removed');
    // Every company synced before is still there, none removed.
    await expect(row.getByTestId('sync-unmapped')).toHaveText('1,800 unmapped of 1,800');
    await expect(row.getByTestId('sync-last-run')).not.toContainText('removed');
    await popup.screenshot({ path: `test-results/sync-incomplete-${fault.cap ? 'cap' : 'pagenum'}.png` });
  });
}
