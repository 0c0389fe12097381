import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, test as base, type Page, type Worker } from '@playwright/test';
import { extensionDir, extensionWorker, launchWithExtension, repoRoot } from './support/launch';
import { VendorServer } from './support/vendor-server';

interface TestFixtures {
  /** The unpacked extension Chromium loads: the build, unless a spec's fixture swaps in a copy. */
  extensionPath: string;
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  openExtensionPage: (pagePath: string) => Promise<Page>;
}
interface WorkerFixtures {
  vendorServer: VendorServer;
}

/**
 * Debian's Chromium with the built extension and a fresh profile per test. Every hostname
 * resolves to the local vendor server, so pages and API calls use the real vendor URLs.
 */
export const test = base.extend<TestFixtures, WorkerFixtures>({
  vendorServer: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature.
    async ({}, use) => {
      const server = new VendorServer(path.join(repoRoot, 'tests/fixtures/pages'));
      await server.start();
      await use(server);
      await server.stop();
    },
    { scope: 'worker' },
  ],

  // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature.
  extensionPath: async ({}, use) => {
    await use(extensionDir);
  },

  context: async ({ vendorServer, extensionPath }, use) => {
    const profileDir = mkdtempSync(path.join(tmpdir(), 'mpc-profile-'));
    const context = await launchWithExtension({
      profileDir,
      vendorPort: vendorServer.port,
      extension: extensionPath,
    });
    await use(context);
    await context.close();
    vendorServer.reset();
    rmSync(profileDir, { recursive: true, force: true });
  },

  serviceWorker: async ({ context }, use) => {
    await use(await extensionWorker(context));
  },

  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },

  openExtensionPage: async ({ context, extensionId }, use) => {
    await use(async (pagePath) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${pagePath}`);
      return page;
    });
  },
});

export { expect } from '@playwright/test';
