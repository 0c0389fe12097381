import { BackupPanel, type PreviewResult } from '@/components/connections/BackupPanel';
import type { ConnectionSettingsView } from '@/components/connections/PreferencesPanel';
import { parseBackup, previewImport } from '@/lib/connections/backup';
import type { MaskedConnection } from '@/lib/connections/schemas';
import { downloadText } from '@/lib/extension/download';
import { callBackground } from '@/lib/extension/messaging';
import { commands } from '@/lib/messaging';

/** Export and import of connection settings (never secrets). */
export function BackupAndRestore({
  connections,
  settings,
  reload,
}: {
  connections: MaskedConnection[] | null;
  settings: ConnectionSettingsView | null;
  reload: () => Promise<void>;
}) {
  const previewBackup = (text: string): PreviewResult => {
    const parsed = parseBackup(text);
    if (!parsed.ok) return parsed;
    const current = { connections: connections ?? [], preferences: settings?.preferences };
    return { ...parsed, preview: previewImport(parsed.backup, current) };
  };

  return (
    <BackupPanel
      onExport={async () => {
        const result = await callBackground(commands.exportBackup, {});
        if (!result.ok) return result.error.message;
        downloadText(
          document.body,
          JSON.stringify(result.data.backup, null, 2),
          `msp-portal-companion-backup-${new Date().toISOString().slice(0, 10)}.json`,
          'application/json',
        );
        return `Exported ${result.data.backup.connections.length} connection(s), without secrets.`;
      }}
      onPreview={previewBackup}
      onImport={async (backup) => {
        const result = await callBackground(commands.importBackup, { backup });
        await reload();
        return result.ok
          ? `Imported: ${result.data.added} added, ${result.data.replaced} replaced, ${result.data.skipped} skipped. Enter the secrets of added connections${result.data.secretsDropped ? ` and of the ${result.data.secretsDropped} whose address changed` : ''}.`
          : result.error.message;
      }}
    />
  );
}
