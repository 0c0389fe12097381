import { useEffect, useState } from 'preact/hooks';
import { BackgroundStatus, type BackgroundStatusProps } from '@/components/BackgroundStatus';
import { PolicyReport } from '@/components/connections/PolicyReport';
import type { ConnectionSettingsView } from '@/components/connections/PreferencesPanel';
import { callBackground } from '@/lib/extension/messaging';
import { commands } from '@/lib/messaging';

export function StatusSection() {
  const [status, setStatus] = useState<BackgroundStatusProps['status']>(null);
  const [settings, setSettings] = useState<ConnectionSettingsView | null>(null);
  const [policyError, setPolicyError] = useState<string>();
  useEffect(() => {
    callBackground(commands.getExtensionStatus, {}).then(setStatus);
    callBackground(commands.getConnectionSettings, {}).then((result) =>
      result.ok ? setSettings(result.data) : setPolicyError(result.error.message),
    );
  }, []);
  return (
    <>
      <BackgroundStatus status={status} />
      <PolicyReport settings={settings} error={policyError} />
    </>
  );
}
