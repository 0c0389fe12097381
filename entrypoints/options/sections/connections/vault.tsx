import type { ConnectionSettingsView } from '@/components/connections/PreferencesPanel';
import { VaultPanel, type VaultStatusView } from '@/components/connections/VaultPanel';
import { callBackground } from '@/lib/extension/messaging';
import { commands, type Result } from '@/lib/messaging';
import { problemOf } from './host-access-prompts';

/** The vault panel: lock, unlock, passphrase and auto-lock, each followed by a reload. */
export function VaultSettings({
  vault,
  settings,
  reload,
}: {
  vault: VaultStatusView;
  settings: ConnectionSettingsView;
  reload: () => Promise<void>;
}) {
  async function vaultAction(run: () => Promise<Result<VaultStatusView>>): Promise<string | null> {
    const result = await run();
    await reload();
    return problemOf(result);
  }

  return (
    <VaultPanel
      status={vault}
      managed={{
        requirePassphrase: settings.managed.requirePassphrase,
        autoLockMinutes: settings.managed.autoLockMinutes,
      }}
      onUnlock={(passphrase) => vaultAction(() => callBackground(commands.unlockVault, { passphrase }))}
      onLock={() => vaultAction(() => callBackground(commands.lockVault, {}))}
      onSetPassphrase={(next, current) =>
        vaultAction(() =>
          callBackground(commands.setVaultPassphrase, current === undefined ? { next } : { next, current }),
        )
      }
      onRemovePassphrase={(current) =>
        vaultAction(() => callBackground(commands.removeVaultPassphrase, { current }))
      }
      onAutoLockMinutes={async (autoLockMinutes) => {
        const result = await callBackground(commands.savePreferences, {
          ...settings.preferences,
          autoLockMinutes,
        });
        await reload();
        return problemOf(result);
      }}
    />
  );
}
