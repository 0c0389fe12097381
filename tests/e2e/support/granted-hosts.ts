import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Worker } from '@playwright/test';
import { extensionWorker, launchWithExtension } from './launch';

export interface GrantedProfile {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  close: () => Promise<void>;
}

/**
 * Chromium with the extension and a profile in which the user had already granted some optional
 * host permissions. Playwright cannot click the browser's permission prompt, so the grant is
 * recorded the way Chromium itself stores it (the extension's `granted_permissions` and
 * `active_permissions` in the profile's Preferences), between a first launch that installs the
 * extension and a second one that reads it. `permissions.request` for those hosts then resolves
 * true without a prompt, exactly as after a real "Allow".
 */
export async function launchWithGrantedHosts(
  vendorPort: number,
  patterns: string[],
): Promise<GrantedProfile> {
  const profileDir = mkdtempSync(path.join(tmpdir(), 'mpc-granted-'));
  const first = await launchWithExtension({ profileDir, vendorPort });
  const extensionId = new URL((await extensionWorker(first)).url()).host;
  await first.close();

  const preferencesFile = path.join(profileDir, 'Default', 'Preferences');
  const preferences = JSON.parse(readFileSync(preferencesFile, 'utf8'));
  const settings = preferences.extensions.settings[extensionId];
  for (const key of ['granted_permissions', 'active_permissions']) {
    settings[key].explicit_host = [...new Set([...(settings[key].explicit_host ?? []), ...patterns])];
  }
  writeFileSync(preferencesFile, JSON.stringify(preferences));

  const context = await launchWithExtension({ profileDir, vendorPort });
  const serviceWorker = await extensionWorker(context);
  return {
    context,
    serviceWorker,
    extensionId,
    close: async () => {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
