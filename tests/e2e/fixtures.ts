import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, test as base, chromium, type Page, type Worker } from '@playwright/test';
import { CHROMIUM_MISSING_MESSAGE, findChromium } from './support/chromium';
import { VendorServer } from './support/vendor-server';

const root = path.resolve(import.meta.dirname, '../..');
export const extensionDir = path.join(root, '.output/chrome-mv3');
const pagesDir = path.join(root, 'tests/fixtures/pages');

interface TestFixtures {
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
      const server = new VendorServer(pagesDir);
      await server.start();
      await use(server);
      await server.stop();
    },
    { scope: 'worker' },
  ],

  context: async ({ vendorServer }, use) => {
    const executablePath = findChromium();
    if (!executablePath) throw new Error(CHROMIUM_MISSING_MESSAGE);
    const profile = mkdtempSync(path.join(tmpdir(), 'mpc-profile-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      ignoreHTTPSErrors: true,
      args: [
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        `--host-resolver-rules=MAP * 127.0.0.1:${vendorServer.port}`,
        '--ignore-certificate-errors',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    await use(context);
    await context.close();
    vendorServer.reset();
    rmSync(profile, { recursive: true, force: true });
  },

  serviceWorker: async ({ context }, use) => {
    // The worker may start before Playwright attaches: look it up, then wait generously.
    const worker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    await use(worker);
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
