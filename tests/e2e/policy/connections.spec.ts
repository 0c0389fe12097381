import type { Page } from '@playwright/test';
import { storedData } from '../connections/worker';
import { expect, test } from './fixture';
import { PINNED_WATCHGUARD } from './pinned';

async function statusPolicy(openExtensionPage: (path: string) => Promise<Page>) {
  const page = await openExtensionPage('options.html#status');
  const report = page.getByTestId('policy-report');
  await expect(report.getByTestId('policy-in-effect')).toBeVisible();
  return { page, report };
}

test.describe('defaultRegions', () => {
  test.use({ policy: { defaultRegions: { watchguard: 'emea', 'cw-rmm': 'asia' } } });

  test('new forms start in the policy’s regions, which the technician cannot change', async ({
    openExtensionPage,
  }) => {
    const page = await openExtensionPage('options.html#connections');
    await expect(page.locator('#default-region-watchguard')).toHaveValue('emea');
    await expect(page.locator('#default-region-watchguard')).toBeDisabled();
    await expect(page.locator('#default-region-cw-rmm')).toHaveValue('asia');
    await expect(page.locator('#default-region-cw-rmm')).toBeDisabled();
    // Not in the policy: still the technician's own.
    await expect(page.locator('#default-region-cw-manage')).toBeEnabled();

    await page.getByRole('button', { name: 'Add WatchGuard Cloud' }).click();
    await expect(page.getByLabel('Region')).toHaveValue('emea');
    await expect(page.getByLabel('Authentication API URL')).toHaveValue(PINNED_WATCHGUARD.settings.authUrl);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Add ConnectWise RMM' }).click();
    await expect(page.getByLabel('Region')).toHaveValue('asia');

    const { report } = await statusPolicy(openExtensionPage);
    await expect(report).toContainText('New WatchGuard Cloud connections start in region emea.');
    await expect(report.getByTestId('policy-problems')).toHaveCount(0);
  });
});

test.describe('pinnedConnections', () => {
  test.use({ policy: { pinnedConnections: [PINNED_WATCHGUARD] } });

  test('a pinned connection is the organization’s: the technician adds only its secrets', async ({
    openExtensionPage,
    serviceWorker,
  }) => {
    const page = await openExtensionPage('options.html#connections');
    const row = page.getByRole('listitem', { name: 'HQ WatchGuard' });
    await expect(row).toContainText('Set by your organization');
    await expect(row).toContainText('Access Password: not saved');
    for (const action of ['Rename', 'Remove', 'Copy as JSON', 'Edit']) {
      await expect(row.getByRole('button', { name: action, exact: true })).toHaveCount(0);
    }

    await row.getByRole('button', { name: 'Enter secrets' }).click();
    const form = page.getByRole('form', { name: 'WatchGuard Cloud connection' });
    await expect(form).toContainText('Your organization sets this connection’s settings.');
    for (const label of [
      'Name',
      'Region',
      'Authentication API URL',
      'Account ID',
      'Access ID (read-write)',
    ]) {
      await expect(form.getByLabel(label, { exact: true })).toBeDisabled();
    }
    await expect(form.getByLabel('Account ID')).toHaveValue(PINNED_WATCHGUARD.settings.accountId);
    await form.getByLabel('Access Password').fill('access-password-1');
    await form.getByLabel('API Key').fill('wg-api-key-9f8e7d6c5b4a');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(row).toContainText('Access Password: ••••');

    // Even a page that sends other settings cannot change them: the background keeps the policy's.
    const message = {
      command: 'saveConnection',
      payload: {
        ...PINNED_WATCHGUARD,
        name: 'Mine now',
        settings: { ...PINNED_WATCHGUARD.settings, accountId: 'WGC-9-ffff' },
      },
    };
    const saved = await page.evaluate(`chrome.runtime.sendMessage(${JSON.stringify(message)})`);
    expect(saved).toMatchObject({
      ok: true,
      data: {
        connection: {
          name: 'HQ WatchGuard',
          managed: true,
          settings: { accountId: PINNED_WATCHGUARD.settings.accountId },
        },
      },
    });
    expect(await storedData(serviceWorker)).not.toContain('WGC-9-ffff');

    const { report } = await statusPolicy(openExtensionPage);
    await expect(report).toContainText('Pinned connection “HQ WatchGuard”: you only enter its secrets.');
  });
});

test.describe('pinnedConnections with a secret', () => {
  test.use({
    policy: {
      pinnedConnections: [
        { ...PINNED_WATCHGUARD, settings: { ...PINNED_WATCHGUARD.settings, password: 'policy-secret-42' } },
      ],
    },
  });

  test('is refused whole and reported without the secret', async ({ openExtensionPage, serviceWorker }) => {
    const connections = await openExtensionPage('options.html#connections');
    await expect(connections.getByRole('button', { name: 'Add WatchGuard Cloud' })).toBeVisible();
    await expect(connections.getByRole('listitem', { name: 'HQ WatchGuard' })).toHaveCount(0);

    const { page, report } = await statusPolicy(openExtensionPage);
    await expect(report.getByTestId('policy-in-effect')).toHaveText(
      'No setting is set by your organization.',
    );
    await expect(report.getByTestId('policy-problems')).toContainText(
      'pinnedConnections was ignored, so no connection is pinned: [0]: policies cannot carry secrets (password).',
    );
    expect(await page.content()).not.toContain('policy-secret-42');
    expect(await connections.content()).not.toContain('policy-secret-42');
    expect(await storedData(serviceWorker)).not.toContain('policy-secret-42');
  });
});
