import type { EntityChange, SyncRun } from '@/lib/db/records';
import { describeCounts, describeHeldRemovals, formatWhen, STATUS_LABELS } from './format';

export interface SyncHistoryProps {
  runs: readonly Omit<SyncRun, 'resume'>[];
  /** What the newest finished run changed. */
  changes: readonly EntityChange[];
  now: Date;
}

const CHANGE_LABELS: Record<EntityChange['change'], string> = {
  added: 'Added',
  renamed: 'Renamed',
  moved: 'Moved',
  removed: 'Removed',
  restored: 'Back',
};

/** A connection's recent runs: result, counts, the error with its next step, and data warnings. */
export function SyncHistory({ runs, changes, now }: SyncHistoryProps) {
  if (!runs.length) return <p class="mpc-muted">No sync yet.</p>;
  return (
    <div class="mpc-sync-history">
      <table>
        <thead>
          <tr>
            <th scope="col">Started</th>
            <th scope="col">Trigger</th>
            <th scope="col">Result</th>
            <th scope="col">Records</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => (
            <tr key={run.id} data-run={run.id}>
              <td title={run.startedAt}>{formatWhen(run.startedAt, now)}</td>
              <td>{run.trigger === 'scheduled' ? 'Scheduled' : 'Sync now'}</td>
              <td>
                <span class={`mpc-sync-status mpc-sync-status--${run.status}`}>
                  {STATUS_LABELS[run.status]}
                </span>
                {run.error && (
                  <p class={run.status === 'failed' ? 'mpc-sync-error' : 'mpc-muted'}>
                    {run.error.message}
                    {run.error.nextStep && <span class="mpc-sync-next"> {run.error.nextStep}</span>}
                  </p>
                )}
                {run.heldRemovals && (
                  <p class="mpc-sync-error">
                    {describeHeldRemovals(run.heldRemovals, run.kinds)}: removal held for confirmation.
                  </p>
                )}
                {run.issueCount > 0 && (
                  <details>
                    <summary>
                      {run.issueCount === 1 ? '1 warning' : `${run.issueCount} warnings`} about the vendor's
                      data
                    </summary>
                    <ul>
                      {run.issues.map((issue) => (
                        <li key={`${issue.kind}:${issue.vendorId}`}>{issue.message}</li>
                      ))}
                      {run.issueCount > run.issues.length && (
                        <li>… and {run.issueCount - run.issues.length} more.</li>
                      )}
                    </ul>
                  </details>
                )}
              </td>
              <td>{describeCounts(run.counts, run.kinds)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {changes.length > 0 && (
        <details>
          <summary>
            What the last sync changed ({changes.length}
            {changes.length >= 200 ? '+' : ''})
          </summary>
          <ul>
            {changes.map((change) => (
              <li key={change.id ?? `${change.key}:${change.change}`}>
                {CHANGE_LABELS[change.change]}: {change.previousName ? `${change.previousName} → ` : ''}
                {change.name || `(no name, id ${change.vendorId})`}
                {change.change === 'moved' &&
                  ` (from ${change.previousParentVendorId ?? 'none'} to ${change.parentVendorId ?? 'none'})`}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
