import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createBackgroundRouter } from '@/lib/background/router';

export default defineBackground(() => {
  const route = createBackgroundRouter({
    version: browser.runtime.getManifest().version,
    extensionId: browser.runtime.id,
    // The worker runs at the extension's own origin.
    extensionOrigin: self.location.origin,
    startedAt: new Date(),
    log: (message) => console.info(`[mpc] ${message}`),
    localStorage: browser.storage.local,
  });
  // The polyfill lets a listener answer with a promise in every browser.
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
});
