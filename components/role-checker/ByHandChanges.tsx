import { type HandChange, handChangeText } from '@/lib/role-checker/page/apply';

export interface ByHandChangesProps {
  changes: readonly HandChange[];
}

/**
 * Failing levels shown by controls the page draws with its own widgets: we read and badge them,
 * but only the admin can set them, so Apply leaves them out and this names each one.
 */
export function ByHandChanges({ changes }: ByHandChangesProps) {
  if (changes.length === 0) return null;
  return (
    <details class="mpc-rc__details" open>
      <summary>Change by hand ({changes.length}): Apply cannot set these controls</summary>
      <ul class="mpc-rc__list" aria-label="Change by hand">
        {changes.map((change) => (
          <li key={`${change.module}/${change.function}/${change.action}`}>{handChangeText(change)}</li>
        ))}
      </ul>
    </details>
  );
}
