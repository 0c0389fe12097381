import { browser } from 'wxt/browser';
import { matchesAny } from '../hosts';

/**
 * Runs in: a content script, and the scripts it imports. WXT bundles each content script into
 * one classic script, so code a page needs only sometimes (the role checker, the WatchGuard form
 * lint and Managed Access panel) is an unlisted script of its own: the content script imports it
 * as a module from the extension (a web-accessible resource on its portal hosts only, see
 * wxt.config.ts) when the page shows what it works on. The module runs in the content script's
 * isolated world and hands its entry point over through a registry on that world's global
 * object, which the page cannot see. Publishing and loading are separate functions, so the
 * loaded scripts carry no import() of their own.
 */
export interface PageChunk<T> {
  /** The built script (`<entrypoint>.js`). */
  file: string;
  /** Hosts where the manifest offers it at its plain address (see pageChunkUrl). */
  plainOn: readonly string[];
  /** Only for the type: what the chunk publishes. */
  readonly published?: T;
}

export function definePageChunk<T>(file: string, plainOn: readonly string[] = []): PageChunk<T> {
  return { file, plainOn };
}

const registryKey = (chunk: PageChunk<unknown>) =>
  Symbol.for(`msp-portal-companion/${chunk.file.replace(/\.js$/, '')}`);
const registry = globalThis as unknown as Record<symbol, unknown>;

/** Called by the chunk when it has loaded. */
export function publishPageChunk<T>(chunk: PageChunk<T>, value: T): void {
  registry[registryKey(chunk)] = value;
}

/**
 * The chunk's address for a page. The manifest may list it for some hosts at its plain address
 * and elsewhere at Chromium's per-session `use_dynamic_url` address (so other sites cannot probe
 * for the extension), which is what getURL returns. Importing from the per-session address
 * measured ~45 ms slower on the role-checker bench, so the chunks on the first-verdict path use
 * the plain one on the cloud hosts. Firefox has a single address; it is left as it is.
 */
export function pageChunkUrl(chunk: PageChunk<unknown>, pageUrl: string): string {
  const runtime = browser.runtime as unknown as { id: string; getURL(path: string): string };
  const address = runtime.getURL(`/${chunk.file}`);
  if (!matchesAny(pageUrl, chunk.plainOn)) return address;
  return address.replace(/^chrome-extension:\/\/[^/]+\//, `chrome-extension://${runtime.id}/`);
}

const loading = new Map<string, Promise<unknown>>();

/** Loads the chunk once per page; a failed load may be tried again. */
export function loadPageChunk<T>(
  chunk: PageChunk<T>,
  pageUrl: string,
  importModule: (url: string) => Promise<unknown> = (url) => import(/* @vite-ignore */ url),
): Promise<T> {
  let loaded = loading.get(chunk.file);
  if (!loaded) {
    loaded = importModule(pageChunkUrl(chunk, pageUrl)).then(() => {
      const value = registry[registryKey(chunk)];
      if (!value) throw new Error(`The extension script ${chunk.file} loaded but did not register itself.`);
      return value;
    });
    loaded.catch(() => loading.delete(chunk.file));
    loading.set(chunk.file, loaded);
  }
  return loaded as Promise<T>;
}
