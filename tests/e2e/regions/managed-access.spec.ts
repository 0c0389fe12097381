import { readFileSync } from 'node:fs';
import path from 'node:path';
import { MANAGED_ACCESS } from '../../unit/regions/page/watchguard-pages';
import { expect, test } from '../fixtures';
import { allowClipboard, copyAndRead, readExtensionStorage } from './support';

const USA = 'https://usa.cloud.watchguard.com';

test('usa Managed Access: region shown, each copy button puts its value on the clipboard', async ({
  context,
}) => {
  await allowClipboard(context, [USA]);
  const page = await context.newPage();
  await page.goto(`${USA}/administration/managed-access/`);
  const panel = page.getByTestId('managed-access');
  await expect(panel.getByText('Region: NA / Americas')).toBeVisible();

  const na = MANAGED_ACCESS.na;
  const copies: [string, string][] = [
    ['Copy Authentication API URL', na.authUrl],
    ['Copy API URL', na.apiUrl],
    ['Copy Account ID', na.accountId],
    ['Copy API Key', na.apiKey],
    ['Copy Access ID (read-write)', na.readWriteAccessId],
  ];
  for (const [name, value] of copies) {
    expect(await copyAndRead(panel.getByRole('button', { name, exact: true }), page)).toBe(value);
  }
  // The read-only access ID is there, marked as the wrong one for the ConnectWise plug-ins.
  await expect(panel.getByText('Wrong one for the ConnectWise plug-ins')).toBeVisible();
  // The API key is masked in the overlay even though the copy is whole.
  await expect(panel.getByText(na.apiKey)).toHaveCount(0);

  await expect(panel.getByRole('button', { name: 'Copy all parameters' })).toHaveText('Copy all');
  const block = await copyAndRead(panel.getByRole('button', { name: 'Copy all parameters' }), page);
  expect(block.split('\n')).toEqual([
    'WatchGuard Cloud API parameters — NA / Americas',
    `Authentication API URL: ${na.authUrl}`,
    `API URL: ${na.apiUrl}`,
    `Account ID: ${na.accountId}`,
    `Access ID (read-write): ${na.readWriteAccessId}`,
    `API Key: ${na.apiKey}`,
    'Access Password: (not copied — type the read-write password yourself)',
  ]);
});

test('usa Managed Access: remembers the read-only ID and hands a draft without password to the background', async ({
  context,
  serviceWorker,
}) => {
  const page = await context.newPage();
  await page.goto(`${USA}/administration/managed-access/`);
  const panel = page.getByTestId('managed-access');
  await expect(panel.getByText('The read-only access ID is remembered')).toBeVisible();

  await panel.getByRole('button', { name: 'Create connection' }).click();
  await expect(panel.getByText('Connection started.')).toBeVisible();

  const stored = await readExtensionStorage(serviceWorker, [
    'regions.pendingConnectionDraft',
    'regions.knownAccessIds',
  ]);
  // The draft carries the API key, so it stays in storage.session, which content scripts cannot read.
  expect(stored['regions.pendingConnectionDraft']).toBeUndefined();
  const session = await readExtensionStorage(serviceWorker, ['regions.pendingConnectionDraft'], 'session');
  const na = MANAGED_ACCESS.na;
  expect(session['regions.pendingConnectionDraft']).toMatchObject({
    vendor: 'watchguard',
    region: 'na',
    authUrl: na.authUrl,
    apiUrl: na.apiUrl,
    accountId: na.accountId,
    accessId: na.readWriteAccessId,
    apiKey: na.apiKey,
    sourceUrl: `${USA}/administration/managed-access/`,
  });
  expect(JSON.stringify(session['regions.pendingConnectionDraft'])).not.toMatch(/password/i);
  expect(stored['regions.knownAccessIds']).toEqual([
    expect.objectContaining({ readOnly: na.readOnlyAccessId, readWrite: na.readWriteAccessId, region: 'na' }),
  ]);
});

test('deu Managed Access: EMEA, and the API key becomes copyable once the page shows it', async ({
  context,
}) => {
  const DEU = 'https://deu.cloud.watchguard.com';
  await allowClipboard(context, [DEU]);
  const page = await context.newPage();
  await page.goto(`${DEU}/administration/managed-access/`);
  const panel = page.getByTestId('managed-access');
  await expect(panel.getByText('Region: EMEA')).toBeVisible();
  await expect(panel.getByText('Hidden on the page: press Show there to copy it.')).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Copy API Key' })).toHaveCount(0);

  const emea = MANAGED_ACCESS.emea;
  expect(await copyAndRead(panel.getByRole('button', { name: 'Copy Authentication API URL' }), page)).toBe(
    emea.authUrl,
  );
  await page.getByRole('button', { name: 'Show' }).click();
  expect(await copyAndRead(panel.getByRole('button', { name: 'Copy API Key' }), page)).toBe(emea.apiKey);
});

test('jpn Managed Access: APAC, read from a table layout', async ({ context }) => {
  const JPN = 'https://jpn.cloud.watchguard.com';
  await allowClipboard(context, [JPN]);
  const page = await context.newPage();
  await page.goto(`${JPN}/administration/managed-access/`);
  const panel = page.getByTestId('managed-access');
  await expect(panel.getByText('Region: APAC')).toBeVisible();
  expect(await copyAndRead(panel.getByRole('button', { name: 'Copy API URL', exact: true }), page)).toBe(
    MANAGED_ACCESS.apac.apiUrl,
  );
});

test('a Managed Access layout it does not know: a plain message, nothing read, region URLs still offered', async ({
  context,
}) => {
  await allowClipboard(context, [USA]);
  const page = await context.newPage();
  await page.goto(`${USA}/administration/managed-access/new-layout.html`);
  await expect(page.getByTestId('page-notice')).toContainText('This page’s layout is not recognised');
  await expect(page.getByTestId('managed-access')).toHaveCount(0);
  const badge = page.getByTestId('region-badge');
  expect(await copyAndRead(badge.getByRole('button', { name: 'Copy Authentication API URL' }), page)).toBe(
    'https://api.usa.cloud.watchguard.com/oauth/token',
  );
});

test('API access not enabled: says so instead of reading', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(`${USA}/administration/managed-access/api-disabled.html`);
  await expect(page.getByTestId('page-notice')).toContainText('API access is not enabled for this account');
});

test('in-app navigation to Managed Access switches the overlay to the parameters', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(`${USA}/`);
  await expect(page.getByTestId('region-badge')).toContainText('Region: NA / Americas');

  // What the single-page portal does: swap the main view and push the new address.
  const html = readFileSync(
    path.join('tests/fixtures/pages/usa.cloud.watchguard.com/administration/managed-access/index.html'),
    'utf8',
  );
  const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';
  await page.evaluate((content) => {
    history.pushState({}, '', '/administration/managed-access');
    const view = document.querySelector('main')!;
    view.innerHTML = content;
  }, main);
  await expect(page.getByTestId('managed-access').getByText('Region: NA / Americas')).toBeVisible();
  await expect(page.getByTestId('region-badge')).toHaveCount(0);
});
