import { useEffect, useState } from 'preact/hooks';
import { BackgroundStatus, type BackgroundStatusProps } from '@/components/BackgroundStatus';
import { callBackground } from '@/lib/extension/messaging';
import { commands } from '@/lib/messaging';

export function StatusSection() {
  const [status, setStatus] = useState<BackgroundStatusProps['status']>(null);
  useEffect(() => {
    callBackground(commands.getExtensionStatus, {}).then(setStatus);
  }, []);
  return <BackgroundStatus status={status} />;
}
