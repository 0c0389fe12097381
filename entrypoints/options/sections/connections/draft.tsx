import { callBackground } from '@/lib/extension/messaging';
import { commands } from '@/lib/messaging';
import type { StoredConnectionDraft } from '@/lib/regions/schemas';

/** The connection started on WatchGuard Cloud › Managed Access, waiting to be finished. */
export function PendingDraft({
  draft,
  onFinish,
  onDiscarded,
}: {
  draft: StoredConnectionDraft;
  onFinish: () => void;
  onDiscarded: () => void;
}) {
  return (
    <div class="mpc-notice" data-testid="connection-draft">
      <p>
        A WatchGuard Cloud connection started on Managed Access ({draft.region.toUpperCase()}) is waiting to
        be finished.
      </p>
      <button type="button" class="mpc-button--primary" onClick={onFinish}>
        Finish it
      </button>
      <button
        type="button"
        onClick={async () => {
          await callBackground(commands.clearConnectionDraft, {});
          onDiscarded();
        }}
      >
        Discard
      </button>
    </div>
  );
}
