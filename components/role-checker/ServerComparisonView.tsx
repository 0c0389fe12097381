import { ACTION_LABELS } from '@/lib/permissions/levels';
import type { ServerComparison } from '@/lib/role-checker/page/server-comparison';

export interface ServerComparisonViewProps {
  server: ServerComparison;
  /** Some modules are collapsed: only the expanded ones were compared. */
  partial: boolean;
  onRefresh: () => void;
}

/**
 * The page against what ConnectWise holds for the role, read through the site's saved
 * connection: its unsaved changes, or why they cannot be told. Says nothing it does not know.
 */
export function ServerComparisonView({ server, partial, onRefresh }: ServerComparisonViewProps) {
  if (server.state === 'idle') return null;
  const through = server.connectionName ? ` (read through “${server.connectionName}”)` : '';
  return (
    <div class="mpc-rc__server">
      <Line server={server} partial={partial} through={through} />
      {server.state !== 'loading' && server.state !== 'none' && (
        <button type="button" class="mpc-panel__button" onClick={onRefresh}>
          Re-read from server
        </button>
      )}
    </div>
  );
}

function Line({ server, partial, through }: { server: ServerComparison; partial: boolean; through: string }) {
  switch (server.state) {
    case 'loading':
      return (
        <p class="mpc-rc__muted" role="status">
          Comparing with what ConnectWise holds…
        </p>
      );
    case 'none':
      return (
        <p class="mpc-rc__muted">
          Save a ConnectWise Manage connection for this site to compare the role with what ConnectWise holds.
        </p>
      );
    case 'not-found':
      return (
        <p class="mpc-rc__muted" role="status">
          ConnectWise holds no role of this name yet{through}: save it there to compare.
        </p>
      );
    case 'waiting':
      return (
        <p class="mpc-rc__muted" role="status">
          Waiting: the role name changed often, so ConnectWise is asked again in a moment.
        </p>
      );
    case 'failed':
      return (
        <p class="mpc-rc__note" role="alert">
          Could not compare with the server: {server.message}
        </p>
      );
    default:
      return <Changes server={server} partial={partial} through={through} />;
  }
}

function Changes({
  server,
  partial,
  through,
}: {
  server: ServerComparison;
  partial: boolean;
  through: string;
}) {
  const count = server.changes.length;
  if (count === 0) {
    return (
      <p class="mpc-rc__server-line" role="status">
        {partial ? 'The expanded modules match' : 'Matches'} what ConnectWise holds{through}.
      </p>
    );
  }
  return (
    <details class="mpc-rc__details">
      <summary>
        {count} unsaved change{count === 1 ? '' : 's'} compared with the server{through}
      </summary>
      <ul class="mpc-rc__list" aria-label="Unsaved changes">
        {server.changes.map((change) => (
          <li key={`${change.module}/${change.function}/${change.action}`}>
            {change.module} › {change.function} › {ACTION_LABELS[change.action]}: saved {change.saved}, page{' '}
            {change.shown}
          </li>
        ))}
      </ul>
    </details>
  );
}
