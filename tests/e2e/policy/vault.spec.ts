import type { Page } from '@playwright/test';
import { storedData } from '../connections/worker';
import { expect, test } from './fixture';
import { autoLockSchedule, idleThenFireAlarm } from './vault-clock';

const PASSPHRASE = 'correct horse battery staple';

async function setPassphrase(page: Page) {
  const vault = page.getByTestId('vault-panel');
  await vault.getByText('Protect the vault with a passphrase').click();
  await vault.getByLabel('New passphrase', { exact: true }).fill(PASSPHRASE);
  await vault.getByLabel('New passphrase again').fill(PASSPHRASE);
  await vault.getByRole('button', { name: 'Set passphrase' }).click();
  await expect(vault).toContainText('Unlocked');
}

async function addWatchGuard(page: Page, name: string) {
  await page.getByRole('button', { name: 'Add WatchGuard Cloud' }).click();
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Account ID').fill('WGC-1-0123456789abcdef');
  await page.getByLabel('Access ID (read-write)').fill('rw-0f1e2d3c4b5a');
  await page.getByLabel('Access Password').fill('access-password-1');
  await page.getByLabel('API Key').fill('wg-api-key-9f8e7d6c5b4a');
  await page.getByRole('button', { name: 'Save' }).click();
}

test.describe('requirePassphrase', () => {
  test.use({ policy: { requirePassphrase: true } });

  test('no credential is saved before a passphrase is set, and the passphrase stays', async ({
    openExtensionPage,
    serviceWorker,
  }) => {
    const page = await openExtensionPage('options.html#connections');
    const vault = page.getByTestId('vault-panel');
    await expect(vault.getByRole('alert')).toContainText('Your organization requires a vault passphrase');

    await addWatchGuard(page, 'WatchGuard NA');
    await expect(page.getByText(/Your organization requires a vault passphrase: set one/)).toBeVisible();
    const before = await storedData(serviceWorker);
    expect(before).not.toContain('access-password-1');
    expect(before).not.toContain('WatchGuard NA');
    expect(JSON.parse(before)['mpc-vault/secrets'] ?? []).toEqual([]);

    // The form replaces the list; the vault panel is back after Cancel.
    await page.getByRole('button', { name: 'Cancel' }).click();
    await setPassphrase(page);
    await expect(vault).toContainText('The passphrase cannot be removed.');
    await expect(vault.getByText(/Remove the passphrase/)).toHaveCount(0);
    await addWatchGuard(page, 'WatchGuard NA');
    await expect(page.getByRole('listitem', { name: 'WatchGuard NA' })).toBeVisible();
    expect(JSON.parse(await storedData(serviceWorker))['mpc-vault/secrets']).toHaveLength(2);
  });
});

test.describe('autoLockMinutes', () => {
  test.use({ policy: { requirePassphrase: true, autoLockMinutes: 5 } });

  test('the vault locks after the policy’s idle minutes, not before, and the field is locked', async ({
    openExtensionPage,
    serviceWorker,
  }) => {
    const page = await openExtensionPage('options.html#connections');
    await setPassphrase(page);
    const vault = page.getByTestId('vault-panel');
    await expect(vault).toContainText('it locks after 5 idle minutes');
    await expect(vault.getByLabel(/Lock after this many idle minutes/)).toBeDisabled();
    await expect(vault.getByLabel(/Lock after this many idle minutes/)).toHaveValue('5');

    const armed = await autoLockSchedule(serviceWorker);
    expect(armed.lastActivityAt).not.toBeNull();
    expect(armed.alarmAt).toBe((armed.lastActivityAt ?? 0) + 5 * 60_000);

    // Four idle minutes: the alarm re-arms for the fifth, the vault stays open.
    await idleThenFireAlarm(serviceWorker, 4);
    await expect
      .poll(async () => {
        const { alarmAt, lastActivityAt } = await autoLockSchedule(serviceWorker);
        return alarmAt && lastActivityAt ? alarmAt - lastActivityAt : null;
      })
      .toBe(5 * 60_000);
    await page.reload();
    await expect(vault).toContainText('Unlocked');

    // One more idle minute: five in all, so the alarm locks it.
    await idleThenFireAlarm(serviceWorker, 1);
    await expect.poll(async () => (await autoLockSchedule(serviceWorker)).lastActivityAt).toBeNull();
    await page.reload();
    await expect(vault).toContainText('The vault is locked');
    await expect(vault.getByLabel('Passphrase')).toBeVisible();
  });
});
