import { ACTION_LABELS } from '@/lib/permissions/levels';
import type { LevelChange } from '@/lib/role-checker/page/apply';

export interface AppliedChangesProps {
  changes: readonly LevelChange[];
  onUndo: () => void;
}

/** What "Apply required levels" changed in the page (not saved yet), with Undo. */
export function AppliedChanges({ changes, onUndo }: AppliedChangesProps) {
  if (changes.length === 0) return null;
  return (
    <details class="mpc-rc__details" open>
      <summary>Changed on the page, not saved ({changes.length})</summary>
      <ul class="mpc-rc__list" aria-label="Changed drop-downs">
        {changes.map((change) => (
          <li key={`${change.module}/${change.function}/${change.action}`}>
            {change.module} › {change.function} › {ACTION_LABELS[change.action]}: {change.from} → {change.to}
          </li>
        ))}
      </ul>
      <button type="button" class="mpc-panel__button" onClick={onUndo}>
        Undo changes
      </button>
    </details>
  );
}
