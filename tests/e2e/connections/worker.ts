/**
 * Looks inside the extension from its service worker, as only the extension itself can: what it
 * stores, which content scripts it registered, which hosts it may reach.
 */
import type { Worker } from '@playwright/test';
import type { Browser } from 'webextension-polyfill';

// The functions below run in the service worker, where Chrome's promise-based `chrome` exists.
declare const chrome: Browser;

/** storage.local, storage.session and every IndexedDB store, as one JSON text. */
export function storedData(serviceWorker: Worker): Promise<string> {
  return serviceWorker.evaluate(async () => {
    const dump: Record<string, unknown> = {
      local: await chrome.storage.local.get(null),
      session: await chrome.storage.session.get(null),
    };
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(info.name as string);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        dump[`${info.name}/${store}`] = await new Promise((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      }
      db.close();
    }
    // CryptoKeys do not serialise; say what they are so the dump stays complete.
    return JSON.stringify(dump, (_key, value) =>
      value instanceof CryptoKey ? `CryptoKey(extractable=${value.extractable})` : value,
    );
  });
}

export function registeredScripts(serviceWorker: Worker): Promise<{ id: string; matches?: string[] }[]> {
  return serviceWorker.evaluate(async () =>
    (await chrome.scripting.getRegisteredContentScripts()).map(({ id, matches }) => ({ id, matches })),
  );
}

export function hasHostPermission(serviceWorker: Worker, pattern: string): Promise<boolean> {
  return serviceWorker.evaluate((origin) => chrome.permissions.contains({ origins: [origin] }), pattern);
}
