import type { Browser } from 'webextension-polyfill';
import { expect, test } from '../fixtures';
import { checkerPanel, expectCounts, openRolePage, pickIntegrations } from './support';

// The checker reads the Manage catalogue from storage.local, where the background writes it at
// start (lib/role-checker/catalogue-item.ts). Missing or stale data is asked for again, once.
const INDEX = 'roleChecker.catalogue';

// Runs in the service worker, where Chrome's promise-based `chrome` exists.
declare const chrome: Browser;

for (const [what, damage] of [
  ['missing', (index: string) => chrome.storage.local.remove(index)],
  [
    'of another catalogue version',
    async (index: string) => {
      const stored = (await chrome.storage.local.get(index))[index] as Record<string, unknown>;
      await chrome.storage.local.set({ [index]: { ...stored, version: 'older' } });
    },
  ],
] as const) {
  test(`a stored catalogue ${what} is asked for again, and the role is checked`, async ({
    context,
    serviceWorker,
  }) => {
    // The background writes it at start; wait for that, then take it away.
    await expect
      .poll(() =>
        serviceWorker.evaluate(
          async (index) => Boolean((await chrome.storage.local.get(index))[index]),
          INDEX,
        ),
      )
      .toBe(true);
    await serviceWorker.evaluate(damage, INDEX);

    const page = await openRolePage(context, 'role-missing.html');
    await expect(checkerPanel(page).getByText('Pick the integrations this role is for.')).toBeVisible();
    await pickIntegrations(page, 'WatchGuard Cloud');
    await expectCounts(page, { missing: 5, excess: 0, ok: 43 });
    const version = await serviceWorker.evaluate(
      async (index) => ((await chrome.storage.local.get(index))[index] as { version: string }).version,
      INDEX,
    );
    expect(version).not.toBe('older');
  });
}
