import { expect, test } from '../fixtures';
import { fillManage, openNewManageForm } from './forms';
import { CONTOSO, mountManageStub, NA_CLOUD } from './manage-stub';
import { storedData } from './worker';

test('adds a ConnectWise Manage connection through the form, tests it and saves it', async ({
  openExtensionPage,
  vendorServer,
  serviceWorker,
}) => {
  mountManageStub(vendorServer, CONTOSO, NA_CLOUD);
  const page = await openNewManageForm(openExtensionPage);
  await fillManage(page);

  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByTestId('test-result')).toContainText(
    'Connected to Contoso MSP on ConnectWise Manage v2025.1.12345 (cloud).',
  );
  // Labelled facts and a next step, not the result's raw keys.
  await expect(page.getByTestId('test-result')).toContainText('Hosting:cloud');
  await expect(page.getByTestId('test-result')).toContainText('Next step: Sync the companies');
  await expect(page.getByTestId('test-result')).not.toContainText('isCloud');

  await page.getByRole('button', { name: 'Save' }).click();
  const row = page.getByRole('listitem', { name: 'Production' });
  await expect(row).toContainText('na.myconnectwise.net · company contoso');
  await expect(row).toContainText(`Private Key: ••••${CONTOSO.privateKey.slice(-4)}`);
  await page.screenshot({ path: 'test-results/connections-list.png', fullPage: true });

  // The saved connection tests from the background with the stored secret.
  await row.getByRole('button', { name: 'Test connection' }).click();
  await expect(row.getByTestId('test-result')).toContainText('Connected to Contoso MSP');

  // Editing shows the secret masked, never its value.
  await row.getByRole('button', { name: 'Edit' }).click();
  await expect(page.getByLabel('Private Key')).toHaveValue('');
  await expect(page.getByText(`Saved (••••${CONTOSO.privateKey.slice(-4)})`)).toBeVisible();
  expect(await page.content()).not.toContain(CONTOSO.privateKey);

  const stored = await storedData(serviceWorker);
  expect(stored).toContain('contoso'); // the settings are there…
  expect(stored).toContain('mpc-vault/secrets'); // …and so is the encrypted record,
  expect(stored).not.toContain(CONTOSO.privateKey); // but never the secret in plain text,
  expect(stored).not.toContain(Buffer.from(CONTOSO.privateKey).toString('base64')); // nor merely encoded.
  expect(stored).toContain('CryptoKey(extractable=false)');
});

test('bad input shows inline errors and keeps Save disabled until fixed', async ({ openExtensionPage }) => {
  const page = await openNewManageForm(openExtensionPage);
  const save = page.getByRole('button', { name: 'Save' });
  await expect(save).toBeDisabled();

  await fillManage(page, { companyId: 'contoso ', clientId: 'not-a-guid' });
  const companyField = page.locator('[data-field="manage-companyId"]');
  await expect(companyField).toContainText('The Company ID starts or ends with a space or line break');
  await expect(page.getByLabel('Company ID')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('[data-field="manage-clientId"]')).toContainText('usually is a GUID');
  await expect(save).toBeDisabled();
  await expect(page.getByTestId('save-blocked')).toContainText('Company ID');

  await page.getByRole('radio', { name: 'On-premise server' }).check();
  await page.getByLabel('On-premise server address').fill('http://manage.example-msp.test');
  await expect(page.locator('[data-field="manage-onPremUrl"]')).toContainText('https://');

  await page.getByLabel('On-premise server address').fill('https://manage.example-msp.test');
  await page.getByLabel('Company ID').fill('contoso');
  await expect(companyField.locator('.mpc-field__message')).toHaveCount(0);
  // A client ID that is not a GUID is a warning: it does not block Save.
  await expect(save).toBeEnabled();
  await page.getByLabel('Private Key').fill('');
  await expect(page.locator('[data-field="secret-privateKey"]')).toContainText('The Private Key is empty.');
  await expect(save).toBeDisabled();
});

test('Test connection shows what failed and what to do next', async ({ openExtensionPage, vendorServer }) => {
  mountManageStub(vendorServer, CONTOSO, NA_CLOUD);
  const page = await openNewManageForm(openExtensionPage);
  const result = page.getByTestId('test-result');

  await fillManage(page, { privateKey: 'not-the-right-private-key' });
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(result).toContainText(
    'ConnectWise Manage did not accept the API key pair for company "contoso".',
  );
  await expect(result).toContainText('Next step: Check the public and private key');
  await expect(result).not.toContainText('not-the-right-private-key');

  await page.getByLabel('Company ID').fill('fabrikam');
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(result).toContainText('na.myconnectwise.net does not know the company ID "fabrikam".');

  await page.getByLabel('Company ID').fill('contoso');
  await page.getByLabel('Private Key').fill(CONTOSO.privateKey);
  await page.getByLabel('Client ID').fill('1f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b');
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(result).toContainText('ConnectWise Manage did not accept the client ID.');
});
