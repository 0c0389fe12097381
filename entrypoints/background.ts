import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { FLEET_AUDIT_ALARM, fleetBadgeReason } from '@/lib/api-members/background/schedule';
import { createFleetAuditService } from '@/lib/api-members/background/service';
import { createBackgroundRouter } from '@/lib/background/router';
import { createConnectionsFeature } from '@/lib/connections/background/feature';
import { openCompanionDb } from '@/lib/db/open';
import { CATALOGUE_VERSION, manageProfiles } from '@/lib/permissions';
import { forgetPicks } from '@/lib/readiness/remembered-picks';
import { deliverManageCatalogue } from '@/lib/role-checker/background/catalogue-delivery';
import { AUTO_LOCK_ALARM } from '@/lib/secrets';
import { connectionDirectoryOf } from '@/lib/sync/background/connections';
import { startSyncBackground } from '@/lib/sync/background/feature';

export default defineBackground(() => {
  const log = (message: string) => console.info(`[mpc] ${message}`);
  const connections = createConnectionsFeature({
    localStorage: browser.storage.local,
    sessionStorage: browser.storage.session,
    managedStorage: browser.storage.managed,
    alarms: browser.alarms,
    permissions: browser.permissions,
    scripting: browser.scripting,
    // `sync` is assigned below, before any command can remove a connection.
    onRemoved: async (id) => {
      try {
        await fleetAudit.forget(id);
        await forgetPicks(id);
        await (await sync.ready).forgetConnection(id);
      } catch (error) {
        log(
          `synced data of a removed connection not cleared: ${error instanceof Error ? error.name : typeof error}`,
        );
        throw error;
      }
    },
    // A new connection gets its scheduled sync at once, not at the next worker start.
    onSaved: async () => {
      try {
        await (await sync.ready).reschedule();
      } catch (error) {
        log(`sync schedule not updated: ${error instanceof Error ? error.name : typeof error}`);
      }
    },
  });
  // The role checker's pages read the Manage catalogue from storage.local: written at every start
  // (install, update, browser start, a wake) when missing or of another version.
  deliverManageCatalogue(browser.storage.local, manageProfiles, CATALOGUE_VERSION).catch((error: unknown) => {
    log(`role-checker catalogue not written: ${error instanceof Error ? error.name : typeof error}`);
  });
  // Content-script trust for on-premise hosts is rebuilt on every worker start; messages wait for it.
  const ready = connections.start().catch((error: unknown) => {
    log(`connections start failed: ${error instanceof Error ? error.name : typeof error}`);
  });
  const sync = startSyncBackground({
    directory: connectionDirectoryOf(connections),
    alarms: browser.alarms,
    // MV3 has `action`; the Firefox (MV2) build has `browserAction`.
    badge: browser.action ?? browser.browserAction,
    storage: browser.storage.local,
    // Reaches open extension pages only; with none open the promise rejects, which is fine.
    broadcast: (event) => void browser.runtime.sendMessage(event).catch(() => undefined),
    log,
    alsoRaisedBadge: fleetBadgeReason(browser.storage.local),
  });
  // Options › API members: its runs, the daily re-audit and its share of the toolbar "!".
  const fleetAudit = createFleetAuditService({
    connections,
    openDb: openCompanionDb,
    storage: browser.storage.local,
    alarms: browser.alarms,
    refreshBadge: async () => (await sync.ready).badge.restore(),
    log,
  });
  void ready.then(() => fleetAudit.start()).catch(() => log('API-member audit schedule not restored'));

  const route = createBackgroundRouter({
    version: browser.runtime.getManifest().version,
    extensionId: browser.runtime.id,
    // The worker runs at the extension's own origin.
    extensionOrigin: self.location.origin,
    startedAt: new Date(),
    log,
    localStorage: browser.storage.local,
    sessionStorage: browser.storage.session,
    connections,
    sync: () => sync.ready,
    // Usable at once: its reads wait for the database the sync is opening.
    mappingSource: sync.mappingSource,
    fleetAudit,
  });
  // The polyfill lets a listener answer with a promise in every browser.
  browser.runtime.onMessage.addListener(async (message, sender) => {
    await ready;
    return route(message, sender);
  });

  // Registered synchronously: MV3 wakes the worker for an alarm only if the listener exists at start.
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === AUTO_LOCK_ALARM) void connections.vault.checkAutoLock();
    else if (alarm.name === FLEET_AUDIT_ALARM) void ready.then(() => fleetAudit.onAlarm(alarm.name));
    else void sync.onAlarm(alarm);
  });
  // The user can grant or revoke a host in the browser's own settings too.
  const resync = () => void connections.service.syncHostAccess();
  browser.permissions.onAdded.addListener(resync);
  browser.permissions.onRemoved.addListener(resync);
});
