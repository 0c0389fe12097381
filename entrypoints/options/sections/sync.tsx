import { useEffect, useState } from 'preact/hooks';
import type { z } from 'zod';
import { ScheduleSettings } from '@/components/sync/ScheduleSettings';
import { SyncHistory } from '@/components/sync/SyncHistory';
import { SyncPanel } from '@/components/sync/SyncPanel';
import { useNow, useSyncStatus } from '@/hooks/use-sync-status';
import { callBackground } from '@/lib/extension/messaging';
import { commands, type Result } from '@/lib/messaging';
import type { SyncSchedule } from '@/lib/sync/schedule';

type History = z.output<typeof commands.getSyncHistory.response>;

/** Options → Sync: every connection's status and history (the popup's "Details"), and the schedule. */
export function SyncSection() {
  const sync = useSyncStatus();
  const now = useNow();
  const [schedule, setSchedule] = useState<Result<SyncSchedule> | null>(null);
  const [histories, setHistories] = useState<Record<string, Result<History>>>({});
  const connections = sync.status?.ok ? sync.status.data.connections : [];
  const finishedRuns = connections.map((c) => c.lastRun?.id ?? '').join();

  useEffect(() => {
    void callBackground(commands.getSyncSchedule, {}).then(setSchedule);
  }, []);
  // Histories follow the connections' last runs: reloaded whenever one of them ends.
  useEffect(() => {
    for (const { connection } of connections) {
      void callBackground(commands.getSyncHistory, { connectionId: connection.id }).then((history) =>
        setHistories((current) => ({ ...current, [connection.id]: history })),
      );
    }
  }, [finishedRuns]);

  const saveSchedule = async (next: SyncSchedule) => {
    setSchedule({ ok: true, data: next });
    setSchedule(await callBackground(commands.setSyncSchedule, next));
  };

  return (
    <div class="mpc-sync-section">
      <SyncPanel
        status={sync.status}
        now={now}
        notice={sync.notice}
        onSyncNow={(id) => void sync.syncNow(id)}
        onCancel={(id) => void sync.cancel(id)}
        onConfirmRemovals={(id, runId) => void sync.confirmRemovals(id, runId)}
      />
      {schedule && !schedule.ok && (
        <p class="mpc-sync-error" role="alert">
          The schedule could not be saved or read: {schedule.error.message}
        </p>
      )}
      {schedule?.ok && (
        <ScheduleSettings
          schedule={schedule.data}
          connections={connections.map((c) => c.connection)}
          onChange={(next) => void saveSchedule(next)}
        />
      )}
      {connections.map(({ connection }) => {
        const history = histories[connection.id];
        return (
          <section
            key={connection.id}
            id={`sync-history-${connection.id}`}
            aria-label={`${connection.name} history`}
          >
            <h3>{connection.name}: recent syncs</h3>
            {!history && <p class="mpc-muted">Loading…</p>}
            {history && !history.ok && <p class="mpc-sync-error">{history.error.message}</p>}
            {history?.ok && <SyncHistory runs={history.data.runs} changes={history.data.changes} now={now} />}
          </section>
        );
      })}
    </div>
  );
}
