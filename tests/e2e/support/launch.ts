import path from 'node:path';
import { type BrowserContext, chromium } from '@playwright/test';
import { CHROMIUM_MISSING_MESSAGE, findChromium } from './chromium';

export const repoRoot = path.resolve(import.meta.dirname, '../../..');
export const extensionDir = path.join(repoRoot, '.output/chrome-mv3');

export interface LaunchOptions {
  profileDir: string;
  /** Port of the local vendor server every hostname resolves to. */
  vendorPort: number;
  headless?: boolean;
  /** The unpacked extension to load; the build in `.output/chrome-mv3` unless given. */
  extension?: string;
}

/**
 * Debian's Chromium with the built extension, every hostname resolved to the local vendor server
 * and no traffic to Google's services (this machine has no network; they would only fail).
 */
export async function launchWithExtension({
  profileDir,
  vendorPort,
  headless = true,
  extension = extensionDir,
}: LaunchOptions) {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(CHROMIUM_MISSING_MESSAGE);
  return chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless,
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      `--host-resolver-rules=MAP * 127.0.0.1:${vendorPort}`,
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
}

/** The extension's service worker; it may start before Playwright attaches, so look, then wait. */
export async function extensionWorker(context: BrowserContext) {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
}
