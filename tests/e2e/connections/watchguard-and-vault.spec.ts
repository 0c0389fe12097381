import { formatParameterBlock } from '../../../lib/regions/parameter-set';
import { expect, test } from '../fixtures';
import { openNewManageForm, saveManageConnection } from './forms';
import { CONTOSO, mountManageStub, NA_CLOUD } from './manage-stub';

const EMEA = {
  region: 'emea' as const,
  authUrl: 'https://api.deu.cloud.watchguard.com/oauth/token',
  apiUrl: 'https://api.deu.cloud.watchguard.com/rest/endpoint-security/management',
  accountId: 'WGC-3-0123456789abcdef',
  accessId: 'rw-0f1e2d3c4b5a',
  apiKey: 'wg-api-key-9f8e7d6c5b4a',
};

test('a WatchGuard "Copy all" block fills the form, and the lint catches a swapped URL', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('options.html#connections');
  await page.getByRole('button', { name: 'Add WatchGuard Cloud' }).click();

  await page.getByLabel('Paste the WatchGuard “Copy all” block').fill(formatParameterBlock(EMEA));
  await page.getByRole('button', { name: 'Fill the form' }).click();
  await expect(page.getByText('Filled 6 fields. Type the Access Password yourself.')).toBeVisible();
  await expect(page.getByLabel('Region')).toHaveValue('emea');
  await expect(page.getByLabel('Authentication API URL')).toHaveValue(EMEA.authUrl);
  await expect(page.getByLabel('Account ID')).toHaveValue(EMEA.accountId);
  await expect(page.getByLabel('API Key')).toHaveValue(EMEA.apiKey);

  await page.getByLabel('Authentication API URL').fill(EMEA.apiUrl);
  await expect(page.locator('[data-field="wg-authUrl"]')).toContainText('not the Authentication API URL');
  await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();

  await page.getByLabel('Region').selectOption('na');
  await expect(page.getByLabel('Authentication API URL')).toHaveValue(
    'https://api.usa.cloud.watchguard.com/oauth/token',
  );
  await page.getByLabel('Name').fill('WatchGuard NA');
  await page.getByLabel('Access Password').fill('access-password-1');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('listitem', { name: 'WatchGuard NA' })).toContainText(
    'NA / Americas · account',
  );
});

test('the Managed Access draft prefills a new WatchGuard connection', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('options.html#connections');
  const { apiKey: _never, ...draft } = EMEA;
  // What the WatchGuard overlay's "Create connection" sends (an extension page may send it too).
  const message = { command: 'saveConnectionDraft', payload: { vendor: 'watchguard', ...draft } };
  const saved = await page.evaluate(`chrome.runtime.sendMessage(${JSON.stringify(message)})`);
  expect(saved).toMatchObject({ ok: true });
  await page.reload();

  await page.getByTestId('connection-draft').getByRole('button', { name: 'Finish it' }).click();
  await expect(page.getByText('Prefilled from WatchGuard Cloud › Managed Access.')).toBeVisible();
  await expect(page.getByLabel('Region')).toHaveValue('emea');
  await expect(page.getByLabel('Access ID (read-write)')).toHaveValue(EMEA.accessId);
  await expect(page.getByLabel('Access Password')).toHaveValue('');
});

test('a locked vault makes no vendor call until it is unlocked', async ({
  openExtensionPage,
  vendorServer,
}) => {
  const { seen } = mountManageStub(vendorServer, CONTOSO, NA_CLOUD);
  const page = await openNewManageForm(openExtensionPage);
  await saveManageConnection(page);

  const vault = page.getByTestId('vault-panel');
  await vault.getByText('Protect the vault with a passphrase').click();
  await vault.getByLabel('New passphrase', { exact: true }).fill('correct horse battery staple');
  await vault.getByLabel('New passphrase again').fill('correct horse battery staple');
  await vault.getByRole('button', { name: 'Set passphrase' }).click();
  await expect(vault).toContainText('600,000 iterations');
  await vault.getByRole('button', { name: 'Lock now' }).click();
  await expect(vault).toContainText('The vault is locked');

  const row = page.getByRole('listitem', { name: 'Production' });
  await row.getByRole('button', { name: 'Test connection' }).click();
  await expect(row.getByTestId('test-result')).toContainText('The credential vault is locked');
  await expect(row.getByTestId('test-result')).toContainText(
    'Next step: Unlock the vault with your passphrase',
  );
  expect(seen).toEqual([]);

  await vault.getByLabel('Passphrase').fill('not the passphrase');
  await vault.getByRole('button', { name: 'Unlock' }).click();
  await expect(vault).toContainText('That passphrase is not the vault passphrase. Nothing was changed.');
  await vault.getByLabel('Passphrase').fill('correct horse battery staple');
  await vault.getByRole('button', { name: 'Unlock' }).click();
  await expect(vault).toContainText('Unlocked');

  await row.getByRole('button', { name: 'Test connection' }).click();
  await expect(row.getByTestId('test-result')).toContainText('Connected to Contoso MSP');
});
