import { useEffect } from 'preact/hooks';
import { SyncPanel } from '@/components/sync/SyncPanel';
import { useNow, useSyncStatus } from '@/hooks/use-sync-status';
import { callBackground } from '@/lib/extension/messaging';
import { commands } from '@/lib/messaging';

/** Opening the popup counts as seeing a failed scheduled sync: the toolbar badge goes. */
export function SyncPanelContainer() {
  const sync = useSyncStatus();
  const now = useNow();
  useEffect(() => {
    void callBackground(commands.acknowledgeSyncFailures, {});
  }, []);
  return (
    <SyncPanel
      status={sync.status}
      now={now}
      notice={sync.notice}
      onSyncNow={(id) => void sync.syncNow(id)}
      onCancel={(id) => void sync.cancel(id)}
      onConfirmRemovals={(id, runId) => void sync.confirmRemovals(id, runId)}
      detailsHref={() => 'options.html#sync'}
      settingsHref="options.html"
    />
  );
}
