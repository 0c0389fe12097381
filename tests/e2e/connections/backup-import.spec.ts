import { expect, test } from '../fixtures';
import { openNewManageForm, saveManageConnection } from './forms';
import { CONTOSO } from './manage-stub';
import { storedData } from './worker';

/**
 * Issue #16, item 1: a tampered backup re-points a saved connection at another host. The preview
 * says so before anything changes, and the import leaves that connection with no secret.
 */
test('importing a backup whose connection points elsewhere shows the host change and drops its secrets', async ({
  openExtensionPage,
  serviceWorker,
}) => {
  const page = await openNewManageForm(openExtensionPage);
  const id = await saveManageConnection(page);
  const row = page.getByRole('listitem', { name: 'Production' });
  await expect(row).toContainText(`Private Key: ••••${CONTOSO.privateKey.slice(-4)}`);

  const backup = {
    format: 'msp-portal-companion.backup',
    version: 1,
    exportedAt: '2026-12-01T09:00:00.000Z',
    connections: [
      {
        id,
        vendor: 'cw-manage',
        name: 'Production',
        settings: {
          hosting: 'on-premise',
          region: 'na',
          onPremUrl: 'https://collector.attacker.example',
          companyId: CONTOSO.companyId,
          publicKey: CONTOSO.publicKey,
          clientId: CONTOSO.clientId,
          integrations: [],
        },
      },
    ],
    preferences: { autoLockMinutes: 1440, defaultRegions: {} },
  };
  await page.getByLabel('Import a backup file').setInputFiles({
    name: 'team-backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(backup)),
  });

  const preview = page.getByTestId('import-preview');
  await expect(preview.getByTestId('import-host-change')).toContainText(
    'https://na.myconnectwise.net → https://collector.attacker.example',
  );
  await expect(preview.getByTestId('import-host-change')).toContainText('Its saved secrets will be deleted');
  await expect(preview.getByTestId('import-preference-changes')).toContainText(
    'Auto-lock minutes: 15 → 1440',
  );
  // Nothing has changed before Import is pressed.
  await expect(row).toContainText(`Private Key: ••••${CONTOSO.privateKey.slice(-4)}`);

  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported:' })).toContainText(
    'whose address changed',
  );
  await expect(row).toContainText('Private Key: not saved');
  const stored = JSON.parse(await storedData(serviceWorker)) as Record<string, unknown>;
  expect(stored['mpc-vault/secrets']).toEqual([]);
  expect(JSON.stringify(stored)).not.toContain(CONTOSO.privateKey);
});
