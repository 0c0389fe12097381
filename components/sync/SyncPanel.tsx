import type { Result } from '@/lib/messaging';
import type { ConnectionSyncStatusView } from '@/lib/sync/commands';
import { ConnectionSyncRow } from './ConnectionSyncRow';

export interface SyncPanelProps {
  /** null while loading. */
  status: Result<{ connections: ConnectionSyncStatusView[] }> | null;
  now: Date;
  /** A failed action (e.g. "Sync now" refused), shown above the list. */
  notice?: string | null;
  onSyncNow: (connectionId: string | 'all') => void;
  onCancel: (connectionId: string) => void;
  /** Applies the removals the removal guard held on a connection's last run. */
  onConfirmRemovals: (connectionId: string, runId: string) => void;
  /** Where a connection's run history is; omitted where the history is on the same page. */
  detailsHref?: (connectionId: string) => string;
  /** Where connections are added; omitted on the settings page itself. */
  settingsHref?: string;
}

/** The popup's account sync: every connection, with "Sync now" per connection and for all. */
export function SyncPanel({
  status,
  now,
  notice,
  onSyncNow,
  onCancel,
  onConfirmRemovals,
  detailsHref,
  settingsHref,
}: SyncPanelProps) {
  const connections = status?.ok ? status.data.connections : [];
  const allBusy = connections.length > 0 && connections.every((c) => c.running || c.activeRun);
  return (
    <section class="mpc-sync" aria-labelledby="mpc-sync-title">
      <div class="mpc-sync__head">
        <h2 id="mpc-sync-title">Account sync</h2>
        {connections.length > 1 && (
          <button type="button" onClick={() => onSyncNow('all')} disabled={allBusy}>
            Sync all
          </button>
        )}
      </div>
      {notice && (
        <p class="mpc-sync-error" role="alert">
          {notice}
        </p>
      )}
      {!status && <p class="mpc-muted">Loading…</p>}
      {status && !status.ok && (
        <p class="mpc-sync-error" role="alert">
          Sync status unavailable: {status.error.message}
        </p>
      )}
      {status?.ok && connections.length === 0 && (
        <p class="mpc-muted">
          No connections yet.{' '}
          {settingsHref ? (
            <a href={settingsHref} target="_blank" rel="noopener">
              Add one in the settings.
            </a>
          ) : (
            'Add one in the settings.'
          )}
        </p>
      )}
      {connections.map((connection) => (
        <ConnectionSyncRow
          key={connection.connection.id}
          status={connection}
          now={now}
          onSyncNow={() => onSyncNow(connection.connection.id)}
          onCancel={() => onCancel(connection.connection.id)}
          onConfirmRemovals={(runId) => onConfirmRemovals(connection.connection.id, runId)}
          {...(detailsHref ? { detailsHref: detailsHref(connection.connection.id) } : {})}
        />
      ))}
    </section>
  );
}
