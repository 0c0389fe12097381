import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createBackgroundRouter } from '@/lib/background/router';
import { startSyncBackground } from '@/lib/sync/background';
import { emptyConnectionDirectory } from '@/lib/sync/connections';

export default defineBackground(() => {
  const log = (message: string) => console.info(`[mpc] ${message}`);
  const sync = startSyncBackground({
    // TODO(lead): the saved connections of wip/connections (list + resolveConnection).
    directory: emptyConnectionDirectory,
    alarms: browser.alarms,
    // MV3 has `action`; the Firefox (MV2) build has `browserAction`.
    badge: browser.action ?? browser.browserAction,
    storage: browser.storage.local,
    // Reaches open extension pages only; with none open the promise rejects, which is fine.
    broadcast: (event) => void browser.runtime.sendMessage(event).catch(() => undefined),
    log,
  });
  // Registered synchronously: MV3 wakes the worker for an alarm only if the listener exists at start.
  browser.alarms.onAlarm.addListener((alarm) => sync.onAlarm(alarm));

  const route = createBackgroundRouter({
    version: browser.runtime.getManifest().version,
    extensionId: browser.runtime.id,
    // The worker runs at the extension's own origin.
    extensionOrigin: self.location.origin,
    startedAt: new Date(),
    log,
    localStorage: browser.storage.local,
    sync: () => sync.ready,
  });
  // The polyfill lets a listener answer with a promise in every browser.
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
});
