import type { LastChange } from '@/lib/mapping/schemas';
import { percent, plural } from './format';

export interface ChangeBarProps {
  bulkEligible: number;
  bulkThreshold: number;
  lastChange: LastChange | null;
  busy: boolean;
  onBulkAccept: () => void;
  onUndo: () => void;
}

/** "Accept all" for confident suggestions in view, and Undo of the newest change. */
export function ChangeBar({
  bulkEligible,
  bulkThreshold,
  lastChange,
  busy,
  onBulkAccept,
  onUndo,
}: ChangeBarProps) {
  return (
    <div class="mpc-changes">
      <button type="button" disabled={busy || bulkEligible === 0} onClick={onBulkAccept}>
        Accept {plural(bulkEligible, 'suggestion')} scoring {percent(bulkThreshold)} or more
      </button>
      <button
        type="button"
        disabled={busy || !lastChange}
        onClick={onUndo}
        title={lastChange ? `${lastChange.label}, ${new Date(lastChange.at).toLocaleString()}` : undefined}
      >
        {lastChange ? `Undo: ${lastChange.label}` : 'Undo'}
      </button>
    </div>
  );
}
