import { browser } from 'wxt/browser';

/**
 * The role checker's one storage item: per-site preferences, keyed by ConnectWise host, in
 * `storage.local` (the content script reads it itself; nothing in it is secret). Plain
 * `storage.local` rather than WXT's storage wrapper, which would add ~3 KB (gzip) to the content
 * script on every ConnectWise page. The content script starts reading it the moment a role
 * screen appears, while the checker script is still loading; preferences.ts validates it.
 */
export const ROLE_CHECKER_SITES_KEY = 'roleChecker.sites';

async function readAll(): Promise<Record<string, unknown>> {
  const stored = (await browser.storage.local.get(ROLE_CHECKER_SITES_KEY))[ROLE_CHECKER_SITES_KEY];
  return typeof stored === 'object' && stored !== null && !Array.isArray(stored)
    ? (stored as Record<string, unknown>)
    : {};
}

/** What is stored for one site, unvalidated. */
export async function readStoredSitePreferences(site: string): Promise<unknown> {
  return (await readAll())[site];
}

/** Replaces one site's entry, keeping the others. */
export async function writeStoredSitePreferences(site: string, value: unknown): Promise<void> {
  const all = await readAll();
  await browser.storage.local.set({ [ROLE_CHECKER_SITES_KEY]: { ...all, [site]: value } });
}
