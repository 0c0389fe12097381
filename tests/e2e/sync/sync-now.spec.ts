import { expect, test } from '../fixtures';
import { savedManageConnection } from '../support/manage-connection';

const COMPANIES = 'GET /company/companies';
const SIZE = 2_500;

test('Sync now from the popup shows progress, survives reopening, and ends with the right counts', async ({
  openExtensionPage,
  vendorServer,
}) => {
  const sim = await savedManageConnection(vendorServer, openExtensionPage, { companies: SIZE });
  // The second page is slow, so the popup can be seen (and reopened) mid-sync.
  sim.faults.add({ route: COMPANIES, kind: 'slow', delayMs: 4_000, afterRequests: 1 });

  let popup = await openExtensionPage('popup.html');
  let row = popup.getByRole('article', { name: 'Simulated Manage' });
  await expect(row).toContainText('Never synced.');
  await row.getByRole('button', { name: 'Sync now' }).click();
  await expect(row.getByTestId('sync-progress')).toContainText('Reading companies: page 1, 1,000 so far');

  // Closed and reopened mid-sync: the popup reads the run's state when it opens.
  await popup.close();
  popup = await openExtensionPage('popup.html');
  row = popup.getByRole('article', { name: 'Simulated Manage' });
  await expect(row.getByTestId('sync-progress')).toContainText('Reading companies: page 1, 1,000 so far');
  await expect(row.getByRole('button', { name: 'Cancel' })).toBeVisible();

  await expect(row.getByTestId('sync-last-run')).toHaveText(
    `Last sync just now: Succeeded · 2,500 companies · 2,500 added`,
    { timeout: 20_000 },
  );
  await expect(row.getByTestId('sync-progress')).toHaveCount(0);
  await expect(row.getByTestId('sync-unmapped')).toHaveText('2,500 unmapped of 2,500');
  await popup.screenshot({ path: 'test-results/sync-popup.png' });
});

test('an injected 500 midway leaves the previous data intact and shows the error', async ({
  openExtensionPage,
  vendorServer,
}) => {
  const sim = await savedManageConnection(vendorServer, openExtensionPage, { companies: SIZE });
  const popup = await openExtensionPage('popup.html');
  const row = popup.getByRole('article', { name: 'Simulated Manage' });
  await row.getByRole('button', { name: 'Sync now' }).click();
  await expect(row.getByTestId('sync-last-run')).toContainText('Succeeded · 2,500 companies', {
    timeout: 20_000,
  });

  // Manage changes, then fails on the second page of the next sync.
  for (const company of sim.state.data.companies) company.name = `${company.name} (renamed)`;
  sim.faults.add({ route: COMPANIES, kind: '500', afterRequests: 1 });
  await row.getByRole('button', { name: 'Sync now' }).click();

  await expect(row.getByTestId('sync-last-run')).toContainText('Failed · 1,000 companies · 1,000 renamed', {
    timeout: 20_000,
  });
  const error = row.getByRole('alert');
  await expect(error).toContainText('ConnectWise Manage');
  await expect(error.getByRole('link', { name: 'Details' })).toHaveAttribute('href', 'options.html#sync');
  // Nothing was removed: every company is still there.
  await expect(row.getByTestId('sync-unmapped')).toHaveText('2,500 unmapped of 2,500');

  const options = await openExtensionPage('options.html#sync');
  const history = options.getByRole('region', { name: 'Simulated Manage history' });
  await expect(history.getByRole('row')).toHaveCount(3); // header, the failed run, the first run
  await expect(history).toContainText('Failed');
  await expect(history).toContainText('Try again later');
});
