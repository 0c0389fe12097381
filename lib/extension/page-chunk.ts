import { browser } from 'wxt/browser';
import { matchesAny } from '../hosts';

/**
 * Runs in: a content script. WXT bundles each content script into one classic script, so code a
 * page needs only sometimes (the role checker, the WatchGuard form lint and Managed Access panel)
 * is an unlisted script of its own: the content script imports it as a module from the extension
 * (a web-accessible resource on its portal hosts only, see wxt.config.ts) when the page shows
 * what it works on. The module runs in the content script's isolated world and hands its entry
 * point over through a registry on that world's global object, which the page cannot see.
 */
export interface PageChunk<T> {
  /** Called by the chunk when it has loaded. */
  publish(value: T): void;
  /** Loads the chunk once per page; a failed load may be tried again. */
  load(pageUrl: string, importModule?: (url: string) => Promise<unknown>): Promise<T>;
  /** The chunk's address for a page. */
  url(pageUrl: string): string;
}

/**
 * `file` is the built script (`<entrypoint>.js`). The manifest may list it for some hosts at its
 * plain address (`plainOn`) and elsewhere at Chromium's per-session `use_dynamic_url` address (so
 * other sites cannot probe for the extension), which is what getURL returns. Importing from the
 * per-session address measured ~45 ms slower on the role-checker bench, so the chunks on the
 * first-verdict path use the plain one on the cloud hosts. Firefox has a single address.
 */
export function definePageChunk<T>(file: string, plainOn: readonly string[] = []): PageChunk<T> {
  const registry = Symbol.for(`msp-portal-companion/${file.replace(/\.js$/, '')}`);
  const scope = globalThis as { [registry]?: T };
  let loading: Promise<T> | null = null;
  const url = (pageUrl: string) => {
    const runtime = browser.runtime as unknown as { id: string; getURL(path: string): string };
    const address = runtime.getURL(`/${file}`);
    if (!matchesAny(pageUrl, plainOn)) return address;
    return address.replace(/^chrome-extension:\/\/[^/]+\//, `chrome-extension://${runtime.id}/`);
  };
  return {
    publish(value) {
      scope[registry] = value;
    },
    url,
    load(pageUrl, importModule = (address) => import(/* @vite-ignore */ address)) {
      loading ??= importModule(url(pageUrl)).then(() => {
        const chunk = scope[registry];
        if (!chunk) throw new Error(`The extension script ${file} loaded but did not register itself.`);
        return chunk;
      });
      loading.catch(() => {
        loading = null;
      });
      return loading;
    },
  };
}
