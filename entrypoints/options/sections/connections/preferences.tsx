import { type ConnectionSettingsView, PreferencesPanel } from '@/components/connections/PreferencesPanel';
import { callBackground } from '@/lib/extension/messaging';
import { commands } from '@/lib/messaging';
import { problemOf } from './host-access-prompts';

/** Default regions for new connections, saved through the background. */
export function ConnectionPreferences({
  settings,
  reload,
}: {
  settings: ConnectionSettingsView;
  reload: () => Promise<void>;
}) {
  return (
    <PreferencesPanel
      settings={settings}
      onSave={async (preferences) => {
        const result = await callBackground(commands.savePreferences, preferences);
        await reload();
        return problemOf(result);
      }}
    />
  );
}
