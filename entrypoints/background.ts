import { browser } from 'wxt/browser';
import { createBackgroundRouter } from '@/lib/background/router';

export default defineBackground(() => {
  const extensionUrl = new URL(browser.runtime.getURL('/'));
  const route = createBackgroundRouter({
    version: browser.runtime.getManifest().version,
    extensionId: browser.runtime.id,
    extensionOrigin: `${extensionUrl.protocol}//${extensionUrl.host}`,
    startedAt: new Date(),
    log: (message) => console.info(`[mpc] ${message}`),
  });
  // The polyfill lets a listener answer with a promise in every browser.
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
});
