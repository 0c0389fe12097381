import type { ConnectionSyncStatusView } from '@/lib/sync/commands';
import { VENDOR_LABELS } from '@/lib/vendor-ids';
import {
  describeCounts,
  describeHeldRemovals,
  describeInterval,
  describeProgress,
  formatNumber,
  formatWhen,
  STATUS_LABELS,
} from './format';

export interface ConnectionSyncRowProps {
  status: ConnectionSyncStatusView;
  now: Date;
  onSyncNow: () => void;
  onCancel: () => void;
  onConfirmRemovals: (runId: string) => void;
  /** Where the run history is (the options page); no link when the history is on the same page. */
  detailsHref?: string;
}

/** One connection in the popup: its last sync, live progress, unmapped count and last error. */
export function ConnectionSyncRow({
  status,
  now,
  onSyncNow,
  onCancel,
  onConfirmRemovals,
  detailsHref,
}: ConnectionSyncRowProps) {
  const { connection, activeRun, lastRun, entities } = status;
  const live = status.running || activeRun !== null;
  return (
    <article class="mpc-sync-row" data-connection={connection.id} aria-label={connection.name}>
      <header class="mpc-sync-row__head">
        <strong>{connection.name}</strong>
        <span class="mpc-muted">{VENDOR_LABELS[connection.vendor]}</span>
      </header>

      {live && activeRun ? (
        <div class="mpc-sync-row__progress" role="status" data-testid="sync-progress">
          <span>
            {status.running ? describeProgress(activeRun) : 'Interrupted; it continues in a moment…'}
          </span>
          <progress aria-label={`Syncing ${connection.name}`} />
        </div>
      ) : null}

      {lastRun ? (
        <p class="mpc-sync-row__last" data-testid="sync-last-run">
          Last sync {formatWhen(lastRun.finishedAt ?? lastRun.startedAt, now)}:{' '}
          <span class={`mpc-sync-status mpc-sync-status--${lastRun.status}`}>
            {STATUS_LABELS[lastRun.status]}
          </span>{' '}
          · {describeCounts(lastRun.counts, lastRun.kinds)}
        </p>
      ) : (
        !live && <p class="mpc-sync-row__last mpc-muted">Never synced.</p>
      )}

      {lastRun?.heldRemovals && !live ? (
        <div class="mpc-sync-held" role="alert" data-testid="sync-held-removals">
          <p>
            {describeHeldRemovals(lastRun.heldRemovals, lastRun.kinds)}: nothing was removed yet, in case the
            list was cut short.
          </p>
          <button type="button" onClick={() => onConfirmRemovals(lastRun.id)}>
            Confirm removal
          </button>{' '}
          <button type="button" onClick={onSyncNow}>
            Sync again
          </button>
        </div>
      ) : null}

      {lastRun?.error && lastRun.status !== 'succeeded' ? (
        <p
          class={lastRun.status === 'cancelled' ? 'mpc-muted' : 'mpc-sync-error'}
          role={lastRun.status === 'cancelled' ? undefined : 'alert'}
          data-testid={lastRun.status === 'incomplete' ? 'sync-incomplete' : undefined}
        >
          {lastRun.error.message}
          {lastRun.status === 'incomplete' && lastRun.error.nextStep ? ` ${lastRun.error.nextStep}` : ''}{' '}
          <DetailsLink href={detailsHref} />
        </p>
      ) : lastRun?.issueCount ? (
        <p class="mpc-muted">
          {lastRun.issueCount === 1 ? '1 warning' : `${formatNumber(lastRun.issueCount)} warnings`} about the
          vendor's data. <DetailsLink href={detailsHref} />
        </p>
      ) : null}

      <p class="mpc-sync-row__meta">
        <span data-testid="sync-unmapped">
          {formatNumber(entities.unmapped)} unmapped of {formatNumber(entities.active)}
        </span>{' '}
        · <span class="mpc-muted">{describeInterval(status.intervalMinutes)}</span>
      </p>

      <div class="mpc-sync-row__actions">
        {live ? (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        ) : (
          <button type="button" onClick={onSyncNow}>
            Sync now
          </button>
        )}
      </div>
    </article>
  );
}

function DetailsLink({ href }: { href: string | undefined }) {
  if (!href) return null;
  return (
    <a href={href} target="_blank" rel="noopener">
      Details
    </a>
  );
}
