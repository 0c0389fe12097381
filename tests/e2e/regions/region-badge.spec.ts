import { expect, test } from '../fixtures';
import { allowClipboard, copyAndRead } from './support';

test('ConnectWise Manage EU: region badge with the API server URL and the REST base of the codebase', async ({
  context,
}) => {
  const EU = 'https://eu.myconnectwise.net';
  await allowClipboard(context, [EU]);
  const page = await context.newPage();
  await page.goto(`${EU}/v2024_1/home.html`);
  const badge = page.getByTestId('region-badge');
  await expect(badge).toContainText('ConnectWise Manage (PSA)');
  await expect(badge).toContainText('Region: Europe');
  expect(await copyAndRead(badge.getByRole('button', { name: 'Copy API server URL' }), page)).toBe(
    'https://api-eu.myconnectwise.net',
  );
  expect(await copyAndRead(badge.getByRole('button', { name: 'Copy REST base (v2024_1)' }), page)).toBe(
    'https://api-eu.myconnectwise.net/v2024_1/apis/3.0',
  );
});

test('ConnectWise Manage NA: North America', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('https://na.myconnectwise.net/v4_6_release/home.html');
  await expect(page.getByTestId('region-badge')).toContainText('Region: North America');
  await expect(page.getByTestId('region-badge')).toContainText('https://api-na.myconnectwise.net');
});

test('ConnectWise RMM portal: region badge with the region’s API server URL', async ({ context }) => {
  const RMM = 'https://control.itsupport247.net';
  await allowClipboard(context, [RMM]);
  const page = await context.newPage();
  await page.goto(`${RMM}/`);
  const badge = page.getByTestId('region-badge');
  await expect(badge).toContainText('ConnectWise RMM');
  await expect(badge).toContainText('Region: North America');
  expect(await copyAndRead(badge.getByRole('button', { name: 'Copy API server URL' }), page)).toBe(
    'https://openapi.service.itsupport247.net',
  );
});
