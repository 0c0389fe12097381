import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { commands, createRouter, defineCommand } from '@/lib/messaging';
import { vaultHarness } from './vault-harness';

/** Issue #16, item 5: only what a person does in the extension's pages keeps the vault open. */

const PASSPHRASE = 'correct horse battery staple';

describe('auto-lock and background activity', () => {
  it('locks after the idle time although scheduled syncs kept reading secrets', async () => {
    const { vault, advanceMinutes } = vaultHarness({ autoLockMinutes: 15 });
    await vault.setPassphrase(PASSPHRASE);
    await vault.put('c1:privateKey', 'a-private-key-value');
    for (let minute = 0; minute < 14; minute += 2) {
      advanceMinutes(2);
      expect(await vault.get('c1:privateKey')).toBe('a-private-key-value'); // a sync or page read
    }
    advanceMinutes(2);
    await vault.checkAutoLock();
    expect((await vault.status()).locked).toBe(true);
  });

  it('counts a person’s command as use: the lock moves back from there', async () => {
    const { vault, alarms, clock, advanceMinutes } = vaultHarness({ autoLockMinutes: 15 });
    await vault.setPassphrase(PASSPHRASE);
    advanceMinutes(10);
    await vault.recordUse();
    const usedAt = clock.now;
    advanceMinutes(6);
    await vault.checkAutoLock();
    expect((await vault.status()).locked).toBe(false);
    expect(alarms.scheduledAt).toBe(usedAt + 15 * 60_000);
  });

  it('does not reopen a vault whose idle time has passed', async () => {
    const { vault, advanceMinutes } = vaultHarness({ autoLockMinutes: 5 });
    await vault.setPassphrase(PASSPHRASE);
    advanceMinutes(5);
    await vault.recordUse();
    expect((await vault.status()).locked).toBe(true);
  });
});

describe('the router reports a person’s commands only', () => {
  const registry = {
    act: defineCommand({
      name: 'act',
      request: z.object({}),
      response: z.object({}),
      allowedFrom: ['extension-page', 'content-script'],
      portals: ['cwManage'],
    }),
    refresh: defineCommand({
      name: 'refresh',
      request: z.object({}),
      response: z.object({}),
      allowedFrom: ['extension-page'],
      passive: true,
    }),
  };
  const policy = {
    extensionId: 'ext',
    extensionOrigin: 'chrome-extension://ext',
    contentScriptMatches: () => ({ cwManage: ['https://*.myconnectwise.net/*'], watchguard: [], cwRmm: [] }),
  };
  const options = { id: 'ext', url: 'chrome-extension://ext/options.html' };
  const portal = { id: 'ext', url: 'https://na.myconnectwise.net/v4_6_release/x', tab: { id: 1 } };

  it('calls onPersonActivity for an extension page’s command, not for a page’s or a passive one', async () => {
    const onPersonActivity = vi.fn(async () => {});
    const route = createRouter(registry, { act: () => ({}), refresh: () => ({}) }, policy, undefined, {
      onPersonActivity,
    });
    await route({ command: 'act', payload: {} }, portal);
    await route({ command: 'refresh', payload: {} }, options);
    expect(onPersonActivity).not.toHaveBeenCalled();
    await route({ command: 'act', payload: {} }, options);
    expect(onPersonActivity).toHaveBeenCalledOnce();
  });

  it('treats what a page reads to show itself as passive, and actions as a person’s use', () => {
    const onOpen = [
      commands.listConnections,
      commands.getVaultStatus,
      commands.getConnectionSettings,
      commands.getConnectionDraft,
      commands.getSyncStatus,
      commands.getSyncHistory,
    ];
    for (const command of onOpen) expect(command.passive, command.name).toBe(true);
    const actions = [
      commands.saveConnection,
      commands.testSavedConnection,
      commands.syncNow,
      commands.unlockVault,
    ];
    for (const command of actions) expect(command.passive, command.name).toBeUndefined();
  });
});
